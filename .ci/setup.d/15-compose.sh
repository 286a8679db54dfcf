# Sourced by .ci/run after 10-docker.sh: what deploy/compose.container.test.ts needs to run deploy/compose.yaml
# itself. docker compose (Debian's docker-compose when neither it nor the plugin is there), and since image
# registries cannot be reached here, stand-ins for the official redis and haproxy images built from Debian's
# packages on the engine's base image (test-support/compose-standins/), named to the test through
# WECHAT_MOCK_REDIS_IMAGE and WECHAT_MOCK_HAPROXY_IMAGE. The test brings its compose project down itself.
ci_compose_setup() {
  if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null 2>&1; then
    echo "installing docker-compose"
    {
      apt-get -o DPkg::Lock::Timeout=300 update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends \
          docker-compose
    } >/tmp/ci-compose-apt.log 2>&1 || {
      tail -20 /tmp/ci-compose-apt.log
      return 1
    }
  fi
  docker image inspect "$ci_docker_base_image" >/dev/null 2>&1 || {
    echo "no base image $ci_docker_base_image to build the compose stand-ins on"
    return 1
  }
  local name
  for name in redis haproxy; do
    docker build -q --network host --build-arg BASE_IMAGE="$ci_docker_base_image" \
      -t "local/$name-standin" -f "test-support/compose-standins/$name.Dockerfile" test-support/compose-standins \
      >/tmp/ci-compose-$name.log 2>&1 || {
      tail -20 "/tmp/ci-compose-$name.log"
      return 1
    }
  done
  export WECHAT_MOCK_REDIS_IMAGE=local/redis-standin WECHAT_MOCK_HAPROXY_IMAGE=local/haproxy-standin
}

ci_compose_started=$SECONDS
if ci_compose_setup; then
  echo "compose: $(docker-compose version --short 2>/dev/null || docker compose version --short), stand-ins built in $((SECONDS - ci_compose_started)) s"
else
  echo "compose setup failed: deploy/compose.container.test.ts will fail and say why"
fi
