import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../support/scenario.ts';

/**
 * Every folder here is a recorded scenario (see test/support/scenario.ts): its script and what
 * codeploy sent and planned, compared on every run. After a deliberate change, rewrite them with
 * `UPDATE_SCENARIOS=1 npx vitest run test/scenarios` and review the diff like code.
 */
const HERE = import.meta.dirname;
const UPDATE = process.env.UPDATE_SCENARIOS === '1';
const OUTPUTS = [
  ['plan.txt', 'planText'],
  ['plan.json', 'planJson'],
  ['requests.txt', 'requests'],
] as const;

const scenarios = readdirSync(HERE, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('recorded scenarios', () => {
  it('are there to run', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of scenarios) {
    it(name, async () => {
      const dir = join(HERE, name);
      const recording = await runScenario(readFileSync(join(dir, 'scenario.yml'), 'utf8'));
      // Every recorded apply converges: a plan right after it has nothing left to change.
      expect(recording.leftOver).toEqual([]);
      for (const [file, key] of OUTPUTS) {
        const path = join(dir, file);
        if (UPDATE || !existsSync(path)) writeFileSync(path, recording[key]);
        expect(recording[key], `${name}/${file} differs from the recording`).toBe(readFileSync(path, 'utf8'));
      }
    });
  }
});
