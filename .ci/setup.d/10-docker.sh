# Sourced by .ci/run: a Docker engine and the mock's image for the container tests
# (testcontainers/*.test.ts; docs/decisions/0007-the-mock-as-a-container.md).
#
# CI machines are Debian VMs without systemd, a registry or the internet beyond npm and Debian's mirror:
# the engine is Debian's docker.io started by hand without a bridge (containers use host networking),
# and the Dockerfile's public base is stood in for by a base image made here with debootstrap from the
# machine's own apt mirror plus the machine's node and npm. Users build on the real public base.
# On a machine where an engine already answers, that engine is used and left running.

export WECHAT_MOCK_REQUIRE_DOCKER=1 # the container tests fail instead of skipping when something is missing
export WECHAT_MOCK_IMAGE=wechat-oauth-mock:ci
export WECHAT_MOCK_CONTAINER_NETWORK=host # no bridge: ports cannot be published
export TESTCONTAINERS_RYUK_DISABLED=true  # the reaper's image cannot be pulled; the tests remove their containers
export TESTCONTAINERS_HOST_OVERRIDE=localhost # the VM has /.dockerenv, which sends testcontainers after a gateway

ci_docker_data_root=/var/lib/docker-ci
ci_docker_suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
# One base per Debian suite and Node version: kept across runs on the same machine, remade when either changes.
ci_docker_base_image="local/node-base:$ci_docker_suite-node-$(node --version)"

ci_docker_install() {
  local missing=()
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  [ ${#missing[@]} -eq 0 ] && return 0
  # Keep the package's service scripts from starting a daemon with its default bridge and NAT rules.
  [ -e /usr/sbin/policy-rc.d ] || printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  echo "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends "${missing[@]}" \
    >/tmp/ci-docker-apt.log 2>&1 || {
    apt-get -o DPkg::Lock::Timeout=300 update >>/tmp/ci-docker-apt.log 2>&1 &&
      DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends \
        "${missing[@]}" >>/tmp/ci-docker-apt.log 2>&1
  } || {
    tail -20 /tmp/ci-docker-apt.log
    return 1
  }
}

ci_docker_start_engine() {
  if docker info >/dev/null 2>&1; then
    echo "a Docker engine already answers: using it (and leaving it running)"
    ci_cleanup+=("docker ps -aq --filter ancestor=$WECHAT_MOCK_IMAGE | xargs -r docker rm -f >/dev/null")
    return 0
  fi
  dockerd --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false --bridge=none \
    --storage-driver=overlay2 --data-root "$ci_docker_data_root" >/tmp/ci-dockerd.log 2>&1 &
  ci_dockerd_pid=$!
  ci_cleanup+=(ci_docker_stop_engine)
  local tries
  for tries in $(seq 1 150); do
    docker info >/dev/null 2>&1 && return 0
    kill -0 "$ci_dockerd_pid" 2>/dev/null || break
    sleep 0.2
  done
  echo "dockerd did not answer; its log:"
  tail -20 /tmp/ci-dockerd.log
  return 1
}

ci_docker_stop_engine() {
  docker ps -aq | xargs -r docker rm -f >/dev/null 2>&1
  kill "$ci_dockerd_pid" 2>/dev/null
  local tries
  for tries in $(seq 1 100); do
    kill -0 "$ci_dockerd_pid" 2>/dev/null || break
    sleep 0.2
  done
  umount /run/docker/netns/default 2>/dev/null || true
}

# A stand-in for node:*-slim: Debian minbase, the machine's node and npm, a `node` user (uid 1000) and the
# machine's CA bundle (npm in `docker build` goes out through the same network as the machine's).
ci_docker_build_base_image() {
  if docker image inspect "$ci_docker_base_image" >/dev/null 2>&1; then
    echo "base image $ci_docker_base_image: kept from an earlier run"
    return 0
  fi
  local mirror rootfs node_prefix
  mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null)
  [ -n "$mirror" ] || mirror=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list)
  rootfs=$(mktemp -d /tmp/ci-node-base.XXXXXX)
  echo "making $ci_docker_base_image (debootstrap $ci_docker_suite)"
  debootstrap --variant=minbase "$ci_docker_suite" "$rootfs" "$mirror" >/tmp/ci-debootstrap.log 2>&1 || {
    tail -20 /tmp/ci-debootstrap.log
    rm -rf "$rootfs"
    return 1
  }
  node_prefix=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
  install -D -m 0755 "$(readlink -f "$(command -v node)")" "$rootfs/usr/local/bin/node"
  mkdir -p "$rootfs/usr/local/lib/node_modules"
  cp -a "$node_prefix/lib/node_modules/npm" "$rootfs/usr/local/lib/node_modules/npm"
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
  install -D -m 0644 /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/ca-certificates.crt"
  mkdir -p "$rootfs/usr/local/etc"
  printf 'cafile=/etc/ssl/certs/ca-certificates.crt\nupdate-notifier=false\n' >"$rootfs/usr/local/etc/npmrc"
  chroot "$rootfs" useradd --uid 1000 --user-group --create-home --shell /bin/bash node
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -c . | docker import \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' -c 'CMD ["node"]' \
    - "$ci_docker_base_image" >/dev/null
  local status=$?
  rm -rf "$rootfs"
  return $status
}

ci_docker_build_image() {
  echo "building $WECHAT_MOCK_IMAGE on $ci_docker_base_image"
  # --network host: RUN steps reach the npm registry through the host (there is no bridge).
  docker build --network host --build-arg "NODE_IMAGE=$ci_docker_base_image" -t "$WECHAT_MOCK_IMAGE" . \
    >/tmp/ci-docker-build.log 2>&1 || {
    tail -30 /tmp/ci-docker-build.log
    return 1
  }
  # Untagged layers hold the build stage's cache (npm ci): keep a day's worth.
  docker image prune -f --filter until=24h >/dev/null 2>&1 || true
}

ci_docker_started=$SECONDS
if ci_docker_install && ci_docker_start_engine && ci_docker_build_base_image && ci_docker_build_image; then
  echo "image $WECHAT_MOCK_IMAGE ready in $((SECONDS - ci_docker_started)) s"
else
  echo "Docker setup failed: the container tests will fail and say why"
fi
