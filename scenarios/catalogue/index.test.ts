import { describe, expect, it } from 'vitest';
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

  it('cites where each behaviour is documented and names each capability once', () => {
    for (const scenario of CATALOGUE) {
      expect(scenario.reference, scenario.id).not.toBe('');
      expect(new Set(scenario.needs).size, scenario.id).toBe(scenario.needs.length);
    }
  });
});
