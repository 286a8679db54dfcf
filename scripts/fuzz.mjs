#!/usr/bin/env node
// `npm run fuzz -- --minutes N [--seed S]`: the fuzz suite of mock-server/fuzz/ for N minutes (split between
// a mock whose control plane demands a token and an open one) instead of CI's fixed number of requests.
// Seeded: the seed is printed first, and the same seed replays the same requests. Loopback only.
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { minutes: { type: 'string' }, seed: { type: 'string' } }, strict: true });
const minutes = Number(values.minutes ?? 1);
if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60) {
  process.stderr.write(
    `fuzz: --minutes must be a number of minutes above 0 (at most a day), got "${values.minutes}"\n`,
  );
  process.exit(2);
}
const seed = values.seed ?? String(randomInt(2 ** 31));
if (!/^-?\d+$/.test(seed)) {
  process.stderr.write(`fuzz: --seed must be a whole number, got "${seed}"\n`);
  process.exit(2);
}
process.stdout.write(
  `fuzz: seed ${seed}, ${minutes} min (again: npm run fuzz -- --minutes ${minutes} --seed ${seed})\n`,
);

const child = spawn('npx', ['--no-install', 'vitest', 'run', 'mock-server/fuzz/'], {
  stdio: 'inherit',
  env: { ...process.env, WECHAT_MOCK_FUZZ_MINUTES: String(minutes), WECHAT_MOCK_FUZZ_SEED: seed },
});
child.on('exit', (code) => process.exit(code ?? 1));
