# wechat-oauth-mock as a container (docs/decisions/0007-the-mock-as-a-container.md).
#
# The base is a build argument. Users build on the public Node image; this project's CI, which cannot
# pull, passes a stand-in made from the machine's own Debian and Node (.ci/setup.d/10-docker.sh).
ARG NODE_IMAGE=node:24-bookworm-slim

# Build: esbuild bundles the CLI with its production dependencies into a few files under dist/bin.
FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
# The sources: the whole context, which .dockerignore keeps to what a build can use (no folder list here;
# esbuild takes from it what bin/wechat-oauth-mock.ts imports).
COPY . ./
RUN node scripts/bundle-cli.mjs

# Run: the bundle and Node, nothing else (no node_modules, no shell tools needed).
FROM ${NODE_IMAGE}
# Named again here to be readable in this stage; the label tells `npm run bench:container` the base.
ARG NODE_IMAGE
LABEL org.opencontainers.image.title="wechat-oauth-mock" \
      org.opencontainers.image.base.name="${NODE_IMAGE}" \
      org.opencontainers.image.description="A high-fidelity mock of WeChat's OAuth2 login" \
      org.opencontainers.image.licenses="MIT"
# Inside a container the mock listens on every interface. Beyond loopback its control plane demands a
# bearer token: set WECHAT_MOCK_CONTROL_TOKEN (or read the generated one from the log), or set
# WECHAT_MOCK_CONTROL_OPEN=true on a network only your tests reach. Mount a config file (e.g. at
# /config/wechat-mock.yaml) and point WECHAT_MOCK_CONFIG at it.
# WECHAT_MOCK_CONTAINER makes the banner say how to reach the mock from the host.
ENV NODE_ENV=production \
    WECHAT_MOCK_HOST=0.0.0.0 \
    WECHAT_MOCK_PORT=3099 \
    WECHAT_MOCK_CONTAINER=true
WORKDIR /app
COPY --from=build /src/dist/bin/ /app/
USER node
EXPOSE 3099
# No curl in the image: Node asks /__mock/health on WECHAT_MOCK_PORT itself. (No --start-period: the
# mock answers within a second, and dockerfilelint 1.8 misreads hyphenated HEALTHCHECK options.)
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["node", "/app/healthcheck.mjs"]
# Node is PID 1 and handles SIGTERM itself: `docker stop` closes the server at once.
ENTRYPOINT ["node", "/app/wechat-oauth-mock.mjs"]
