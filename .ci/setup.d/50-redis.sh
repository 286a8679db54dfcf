# Sourced by .ci/run: a real Redis for the shared-store tests (mock-server/store/*.test.ts,
# docs/decisions/0026). Debian's redis-server is installed when missing (apt-get update only then). The tests
# start servers of their own on free ports; this one, loopback only and without persistence, is for tests and
# tools that take a URL: WECHAT_MOCK_TEST_REDIS_URL. It is stopped when the run ends.
if ! command -v redis-server >/dev/null 2>&1; then
  echo "installing redis-server"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null
fi
ci_redis_port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
ci_redis_dir=$(mktemp -d)
redis-server --port "$ci_redis_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$ci_redis_dir" \
  --daemonize yes --pidfile "$ci_redis_dir/redis.pid" --logfile "$ci_redis_dir/redis.log"
ci_redis_stop() {
  [ -f "$ci_redis_dir/redis.pid" ] && kill "$(cat "$ci_redis_dir/redis.pid")" 2>/dev/null
  rm -rf "$ci_redis_dir"
}
ci_cleanup+=(ci_redis_stop)
for _ in $(seq 1 100); do
  [ "$(redis-cli -p "$ci_redis_port" ping 2>/dev/null)" = PONG ] && break
  sleep 0.1
done
export WECHAT_MOCK_TEST_REDIS_URL="redis://127.0.0.1:$ci_redis_port/0"
echo "redis: $(redis-server --version | cut -d' ' -f3) at $WECHAT_MOCK_TEST_REDIS_URL"
