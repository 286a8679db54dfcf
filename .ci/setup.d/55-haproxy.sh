# Sourced by .ci/run: Debian's haproxy, the load balancer of the fleet tests (vitest project fleet, *.fleet.test.ts):
# three mock processes on one Redis (.ci/setup.d/50-redis.sh) behind a real haproxy, round robin per request
# (docs/decisions/0027-workers-and-fleet.md). Only the binary is needed: each test starts its own haproxy on
# loopback with a config in a temporary directory, and stops it. The package's own service is never started
# (policy-rc.d, as 10-docker.sh does), so nothing is left running at the end. apt-get update runs only when
# the package is missing.
export WECHAT_MOCK_REQUIRE_HAPROXY=1 # the fleet tests fail instead of skipping when haproxy is missing
if ! command -v haproxy >/dev/null 2>&1; then
  [ -e /usr/sbin/policy-rc.d ] || printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  echo "installing haproxy"
  {
    apt-get -o DPkg::Lock::Timeout=300 update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends haproxy
  } >/tmp/ci-haproxy-apt.log 2>&1 || tail -20 /tmp/ci-haproxy-apt.log
fi
echo "haproxy: $(haproxy -v 2>/dev/null | head -1 || echo missing)"
