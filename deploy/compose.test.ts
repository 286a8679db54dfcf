import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HAPROXY_CONFIG } from '../test-support/balancer.js';

// What deploy/compose.yaml says, read without running it: that it is the topology the fleet tests run with
// processes (test-support/fleet.ts). deploy/compose.container.test.ts runs the file itself.
const COMPOSE = fileURLToPath(new URL('./compose.yaml', import.meta.url));

interface Service {
  image?: string;
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}
const { services } = parse(await readFile(COMPOSE, 'utf8')) as { services: Record<string, Service> };
const replicas = ['mock-1', 'mock-2', 'mock-3'];

/** The image a service runs when its variable is not set: `${VARIABLE:-default}` → default. */
function defaultImage(service: Service | undefined): string | undefined {
  return service?.image?.replace(/^\$\{\w+:-(.+)\}$/, '$1');
}

describe('the deployment recipe (deploy/compose.yaml)', () => {
  it('runs three replicas of the mock, haproxy and Redis, from their official images', () => {
    expect(Object.keys(services).sort()).toEqual(['haproxy', ...replicas, 'redis'].sort());
    expect(defaultImage(services.haproxy)).toMatch(/^haproxy:/);
    expect(defaultImage(services.redis)).toMatch(/^redis:/);
    for (const name of replicas) expect(defaultImage(services[name])).toBe('wechat-oauth-mock');
  });

  it('mounts the haproxy config the fleet tests run, and points it at each replica', async () => {
    const mount = services.haproxy?.volumes?.find((volume) =>
      volume.endsWith(':/usr/local/etc/haproxy/haproxy.cfg:ro'),
    );
    expect(resolve(dirname(COMPOSE), mount?.split(':')[0] ?? '')).toBe(HAPROXY_CONFIG);
    const config = await readFile(HAPROXY_CONFIG, 'utf8');
    const env = services.haproxy?.environment ?? {};
    // Every variable the config reads is set, and the replicas it names are the services.
    for (const variable of config.matchAll(/"\$\{(\w+)\}"/g)) expect(env).toHaveProperty(variable[1] as string);
    expect(replicas.map((_, i) => env[`WECHAT_MOCK_${i + 1}`])).toEqual(replicas.map((name) => `${name}:3099`));
  });

  it('has every replica share the Redis service as its store and demand one control token from the environment', () => {
    for (const name of replicas) {
      const env = services[name]?.environment ?? {};
      expect(env.WECHAT_MOCK_STORE).toBe('redis://redis:6379/0');
      expect(env.WECHAT_MOCK_CONTROL_TOKEN).toMatch(/^\$\{WECHAT_MOCK_CONTROL_TOKEN:\?/);
      expect(services[name]?.depends_on?.redis?.condition).toBe('service_healthy');
    }
  });

  it('health-checks the replicas through /__mock/health and Redis with a ping, and starts haproxy after them', () => {
    for (const name of replicas)
      expect(services[name]?.healthcheck?.test).toEqual(['CMD', 'node', '/app/healthcheck.mjs']);
    expect(services.redis?.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
    for (const name of replicas) expect(services.haproxy?.depends_on?.[name]?.condition).toBe('service_healthy');
  });
});
