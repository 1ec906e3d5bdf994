import { describe, expect, it } from 'vitest';
import { runApply } from '../../src/app/live.ts';
import type { Emulator } from '../../src/emulator/server.ts';
import type { StateRecord } from '../../src/ports/workspace.ts';
import { withOverride } from '../support/connect.ts';
import { connectProject, emulatorPerTest } from '../support/live.ts';
import { exampleFiles } from '../support/project.ts';

/** Failover is a recorded state: an emergency override stands until codeploy.yml agrees. */
const setUp = emulatorPerTest();

function rolesIn(em: Emulator, region: string): StateRecord['roles'] {
  const o = em.workspace(region).objects.get('/Shared/.codeploy/acme-lakehouse/state.json');
  return (JSON.parse(Buffer.from(o?.content ?? '', 'base64').toString('utf8')) as StateRecord).roles;
}

/** Which regions would run the nightly job: a concurrency above 0 and an unpaused schedule. */
function runningIn(em: Emulator): string[] {
  return ['primary', 'secondary'].filter((region) =>
    [...em.workspace(region).jobs.values()].some(
      (j) =>
        j.settings.name === 'nightly-etl' &&
        Number(j.settings.max_concurrent_runs ?? 1) > 0 &&
        j.settings.schedule !== undefined,
    ),
  );
}

describe('an emergency failover', () => {
  it('is remembered: a routine release from the unchanged config does not swap the roles back, and says why', async () => {
    const { emulator, hosts, env } = await setUp();
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
    expect(runningIn(emulator)).toEqual(['primary']);

    // A nightly run is in progress in the primary when the failover starts.
    const primaryJob = [...emulator.workspace('primary').jobs.values()].find(
      (j) => j.settings.name === 'nightly-etl',
    );
    const run = await fetch(`${hosts.primary}/api/2.2/jobs/run-now`, {
      method: 'POST',
      headers: { authorization: `Bearer ${env.DATABRICKS_TOKEN_PRIMARY}` },
      body: JSON.stringify({ job_id: primaryJob?.job_id }),
    }).then((r) => r.json() as Promise<{ run_id: number }>);
    emulator.requests.length = 0;
    const failover = await runApply(withOverride(connectProject(exampleFiles(), hosts, env), 'secondary'));
    expect(failover.message).toBeUndefined();
    expect(runningIn(emulator)).toEqual(['secondary']);
    // Demote, then promote: every write to the old primary comes before the first to the new one.
    const writes = emulator
      .writes()
      .filter((w) => !JSON.stringify(w.body ?? '').includes('/.codeploy/'))
      .map((w) => w.workspace);
    expect(writes.lastIndexOf('primary')).toBeLessThan(writes.indexOf('secondary'));
    expect(writes.indexOf('secondary')).toBeGreaterThan(0);
    expect(failover.steps?.map((x) => x.step)).toEqual([
      'stand down primary',
      'check primary is passive',
      'apply secondary',
    ]);
    // The run in progress was cancelled: concurrency 0 alone would have let it go on.
    expect(emulator.workspace('primary').runs.get(run.run_id)?.result_state).toBe('CANCELED');
    // The new active region's cluster and warehouse marked start_when_active were started; the old
    // primary's are down.
    const secondary = emulator.workspace('secondary');
    expect([...secondary.clusters.values()].map((c) => c.status.state)).not.toContain('TERMINATED');
    expect([...secondary.warehouses.values()].map((w) => w.status.state)).not.toContain('STOPPED');
    const primary = emulator.workspace('primary');
    expect([...primary.clusters.values()].map((c) => c.status.state)).toEqual(['TERMINATED']);
    expect([...primary.warehouses.values()].map((w) => w.status.state)).toEqual(['STOPPED']);
    expect(rolesIn(emulator, 'primary')).toMatchObject({ active: 'secondary', source: 'override' });

    // The next release tag, built from a codeploy.yml that still says active: primary.
    const routine = await runApply(connectProject(exampleFiles(), hosts, env, { release: 'v1.1.0' }));
    expect(routine.message).toBeUndefined();
    expect(runningIn(emulator)).toEqual(['secondary']);
    expect(routine.warnings).toContainEqual(
      expect.stringContaining(
        'codeploy.yml says active: primary, but an emergency failover made secondary active',
      ),
    );

    // The config pull request makes it official: no warning, recorded as the config's.
    const files = exampleFiles();
    files['codeploy.yml'] = (files['codeploy.yml'] ?? '').replace('active: primary', 'active: secondary');
    const agreed = await runApply(connectProject(files, hosts, env));
    expect(agreed.warnings ?? []).toEqual([]);
    expect(rolesIn(emulator, 'secondary')).toMatchObject({ active: 'secondary', source: 'config' });

    // A failback on purpose is an override again.
    await runApply(withOverride(connectProject(files, hosts, env), 'primary'));
    expect(runningIn(emulator)).toEqual(['primary']);
    expect(rolesIn(emulator, 'secondary')).toMatchObject({ active: 'primary', source: 'override' });
  });
});

describe('a region that cannot stand down', () => {
  it('keeps the other from being promoted: never two regions running the jobs', async () => {
    const { emulator, hosts, env } = await setUp();
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
    // The old primary's job edits keep failing: it cannot be demoted.
    emulator.faults = [
      {
        method: 'POST',
        path: '/jobs/reset',
        workspace: 'primary',
        times: 1000,
        kind: 'status',
        status: 400,
        errorCode: 'INVALID_PARAMETER_VALUE',
      },
    ];
    const failover = await runApply(withOverride(connectProject(exampleFiles(), hosts, env), 'secondary'));
    expect(failover.reason).toBe('apply-failed');
    expect(failover.message).toContain('secondary: not promoted: primary did not stand down completely');
    expect(runningIn(emulator)).toEqual(['primary']);
    // The record still says primary is active: the retry stands it down first, then promotes.
    expect(rolesIn(emulator, 'primary')?.active).toBe('primary');
    emulator.faults = [];
    const retry = await runApply(withOverride(connectProject(exampleFiles(), hosts, env), 'secondary'));
    expect(retry.ok).toBe(true);
    expect(retry.steps?.map((x) => x.step)).toEqual([
      'stand down primary',
      'check primary is passive',
      'apply secondary',
    ]);
    expect(runningIn(emulator)).toEqual(['secondary']);
  });
});
