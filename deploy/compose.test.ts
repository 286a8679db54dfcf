import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HAPROXY_CONFIG } from '../test-support/balancer.js';

// deploy/compose.yaml cannot be run here (no image registry): the fleet tests run the same topology with
// processes (test-support/fleet.ts). This checks that the file says what they run.
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

describe('the deployment recipe (deploy/compose.yaml)', () => {
  it('runs three replicas of the mock, haproxy and Redis, from their official images', () => {
    expect(Object.keys(services).sort()).toEqual(['haproxy', ...replicas, 'redis'].sort());
    expect(services.haproxy?.image).toMatch(/^haproxy:/);
    expect(services.redis?.image).toMatch(/^redis:/);
    for (const name of replicas) expect(services[name]?.image).toBe('wechat-oauth-mock');
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
