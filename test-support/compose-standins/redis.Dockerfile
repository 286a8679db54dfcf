# A stand-in for the official `redis` image, built from Debian's redis-server package, to run
# deploy/compose.yaml where image registries cannot be reached (deploy/compose.container.test.ts). It does
# what the compose file relies on the official image for: a command of `redis-server` and its options,
# /data as the working directory and volume, protected mode off (the official build turns it off, so that
# other containers may connect), redis-cli for the health check, an unprivileged user.
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
RUN apt-get update -qq \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server \
  && rm -rf /var/lib/apt/lists/* \
  && mkdir -p /data && chown redis:redis /data \
  && printf '%s\n' '#!/bin/sh' \
    'if [ "$1" = redis-server ]; then shift; set -- redis-server --protected-mode no --bind 0.0.0.0 "$@"; fi' \
    'exec "$@"' >/usr/local/bin/docker-entrypoint.sh \
  && chmod +x /usr/local/bin/docker-entrypoint.sh
WORKDIR /data
USER redis
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["redis-server"]
