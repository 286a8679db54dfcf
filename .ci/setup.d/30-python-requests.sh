# Sourced by .ci/run: the impersonation proof (mock-server/impersonate/python-requests.test.ts) runs a
# Python requests script inside a network namespace of its own (ip netns), so it needs python3 with
# requests and iproute2. They are installed from the distribution when missing; apt-get update runs only then.
python_packages=()
python3 -c 'import requests' >/dev/null 2>&1 || python_packages+=(python3 python3-requests)
command -v ip >/dev/null 2>&1 || python_packages+=(iproute2)
if [ "${#python_packages[@]}" -gt 0 ]; then
  echo "installing ${python_packages[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${python_packages[@]}" >/dev/null
fi
unset python_packages
echo "python requests: $(python3 -c 'import requests; print(requests.__version__)' 2>/dev/null || echo missing)"
