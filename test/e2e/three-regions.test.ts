import { describe, expect, it } from 'vitest';
import { runApply, runPlan } from '../../src/app/live.ts';
import type { Emulator } from '../../src/emulator/server.ts';
import { withOverride } from '../support/connect.ts';
import { connectProject, emulatorPerTest } from '../support/live.ts';
import { exampleFiles } from '../support/project.ts';

/** Any number of regions: one active, the rest passive, by the same rules. */
const setUp = emulatorPerTest();
const REGIONS = ['primary', 'secondary', 'tertiary'];

/** Regions where the nightly job may start (a concurrency above 0). */
function runningIn(em: Emulator): string[] {
  return REGIONS.filter((region) =>
    [...em.workspace(region).jobs.values()].some(
      (j) => j.settings.name === 'nightly-etl' && Number(j.settings.max_concurrent_runs ?? 1) > 0,
    ),
  );
}

describe('three regions (examples/live-config/codeploy.three-regions.yml)', () => {
  it('deploy to all three with one active, then fail over to the third', async () => {
    const { emulator, hosts, env } = await setUp({ workspaces: REGIONS });
    const files = exampleFiles();
    files['codeploy.yml'] = files['codeploy.three-regions.yml'] ?? '';
    const env3 = { ...env, DATABRICKS_TOKEN_TERTIARY: emulator.workspace('tertiary').token };

    const first = await runApply(connectProject(files, hosts, env3));
    expect(first.message).toBeUndefined();
    expect(first.plans.map((p) => `${p.region}:${p.role}`)).toEqual([
      'primary:active',
      'secondary:passive',
      'tertiary:passive',
    ]);
    expect(runningIn(emulator)).toEqual(['primary']);
    // Each region's objects point at its own storage.
    const logs = [...emulator.workspace('tertiary').clusters.values()].map((c) => JSON.stringify(c.spec));
    expect(logs.join()).toContain('s3://acme-logs-euw1/clusters/');
    expect(logs.join()).not.toContain('use1');

    const failover = await runApply(withOverride(connectProject(files, hosts, env3), 'tertiary'));
    expect(failover.message).toBeUndefined();
    expect(runningIn(emulator)).toEqual(['tertiary']);
    expect(failover.steps?.[0]?.step).toBe('stand down primary');
    const after = await runPlan(connectProject(files, hosts, env3));
    expect(after.warnings?.join()).toMatch(/an emergency failover made tertiary active/);
    expect(after.plans.every((p) => p.summary.create + p.summary.update + p.summary.delete === 0)).toBe(true);
  });
});
