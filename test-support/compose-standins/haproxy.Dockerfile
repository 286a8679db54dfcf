# A stand-in for the official `haproxy` image, built from Debian's haproxy package (2.6, the version the
# fleet tests run), to run deploy/compose.yaml where image registries cannot be reached
# (deploy/compose.container.test.ts). Like the official image it reads /usr/local/etc/haproxy/haproxy.cfg,
# runs in the foreground as the unprivileged haproxy user and stops gracefully on SIGUSR1.
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
RUN apt-get update -qq \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends haproxy \
  && rm -rf /var/lib/apt/lists/* \
  && mkdir -p /usr/local/etc/haproxy
USER haproxy
STOPSIGNAL SIGUSR1
CMD ["haproxy", "-W", "-db", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]
