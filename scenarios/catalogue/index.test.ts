import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_GRADES, type Scenario } from '../model/scenario.js';
import { CATALOGUE } from './index.js';

describe('the scenario catalogue', () => {
  it('gives every scenario a unique id of the form area.behaviour', () => {
    const ids = CATALOGUE.map((scenario) => scenario.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
  });

  it('keeps the scenarios of one area together', () => {
    const areas = CATALOGUE.map((scenario) => scenario.id.split('.')[0]);
    const runs = areas.filter((area, index) => area !== areas[index - 1]);
    expect(new Set(runs).size).toBe(runs.length);
  });

  it('cites where each behaviour is documented, grades its evidence and names each capability once', () => {
    for (const scenario of CATALOGUE) {
      expect(scenario.reference, scenario.id).not.toBe('');
      expect(EVIDENCE_GRADES, scenario.id).toContain(scenario.evidence);
      expect(new Set(scenario.needs).size, scenario.id).toBe(scenario.needs.length);
    }
  });

  it('keeps each scenario in a file named after its id (area-behaviour.ts), or in a table named after its behaviour (behaviour.ts), and nothing else but helpers there', async () => {
    const helpers = [
      'index.ts',
      'index.test.ts',
      'page-expect.ts',
      'wechat-expect.ts',
      'control-steps.ts',
      'scenario-table.ts',
      'server-token-table.ts',
      'session-key-table.ts',
    ];
    const files = (await readdir(path.dirname(fileURLToPath(import.meta.url)))).filter(
      (file) => !helpers.includes(file),
    );
    const found: Scenario[] = [];
    for (const file of files) {
      const name = file.replace(/\.ts$/, '');
      const module = (await import(`./${name}.js`)) as { default: Scenario | readonly Scenario[] };
      if (Array.isArray(module.default)) {
        // A table (ADR 0024): one behaviour on several endpoints, each row in its own area.
        const table = module.default as readonly Scenario[];
        expect(table.length, file).toBeGreaterThan(1);
        for (const scenario of table) expect(scenario.id.split('.')[1], file).toBe(name);
        found.push(...table);
      } else {
        const scenario = module.default as Scenario;
        expect(`${scenario.id.replace('.', '-')}.ts`).toBe(file);
        found.push(scenario);
      }
    }
    expect(found.length).toBe(CATALOGUE.length);
    expect(new Set(found)).toEqual(new Set(CATALOGUE));
  });
});
