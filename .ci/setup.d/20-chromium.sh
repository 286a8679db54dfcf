# Sourced by .ci/run: Debian's Chromium for the browser tests (mock-server/browser/), driven by
# playwright-core. Browsers are never downloaded; this installs the distribution's package when it is
# missing, with a CJK font so the pages' Chinese text renders in screenshots. apt-get update runs only
# when something has to be installed.
chromium_packages=()
command -v chromium >/dev/null 2>&1 || chromium_packages+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || chromium_packages+=(fonts-wqy-microhei)
if [ "${#chromium_packages[@]}" -gt 0 ]; then
  echo "installing ${chromium_packages[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${chromium_packages[@]}" >/dev/null
fi
unset chromium_packages
CHROMIUM_PATH="$(command -v chromium || echo /usr/bin/chromium)"
export CHROMIUM_PATH
echo "chromium: $("$CHROMIUM_PATH" --version 2>/dev/null || echo missing)"
