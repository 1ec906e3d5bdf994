import { describe, expect, it } from 'vitest';
import { runApply, runPlan } from '../../src/app/live.ts';
import type { WorkspaceState } from '../../src/emulator/state.ts';
import { withOverride } from '../support/connect.ts';
import { connectProject, emulatorPerTest } from '../support/live.ts';
import { exampleFiles } from '../support/project.ts';

/** Cluster libraries: installed in the active region, kept out of a standby until it becomes active. */
const setUp = emulatorPerTest();

const shared = (ws: WorkspaceState) =>
  [...ws.clusters.values()].find((c) => c.spec.cluster_name === 'shared-etl');

async function statuses(host: string, ws: WorkspaceState): Promise<string[]> {
  const id = shared(ws)?.cluster_id ?? '';
  const r = await fetch(`${host}/api/2.0/libraries/cluster-status?cluster_id=${id}`, {
    headers: { authorization: `Bearer ${ws.token}` },
  });
  const body = (await r.json()) as { library_statuses?: Array<{ library: object; status: string }> };
  return (body.library_statuses ?? []).map((s) => `${Object.keys(s.library)[0]} ${s.status}`).sort();
}

describe('cluster libraries', () => {
  it('are installed on the active cluster only, and a failover installs them on the standby', async () => {
    const { emulator, hosts, env } = await setUp();
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).message).toBeUndefined();
    const primary = emulator.workspace('primary');
    const secondary = emulator.workspace('secondary');
    expect(await statuses(hosts.primary as string, primary)).toEqual(['maven INSTALLED', 'pypi INSTALLED']);
    expect(await statuses(hosts.secondary as string, secondary)).toEqual([]);
    // Listed in another order: the same set, no change.
    const files = exampleFiles();
    const compute = files['definitions/compute.yml'] as string;
    const pypi = '    - pypi: { package: "great-expectations==0.18.19" }\n';
    files['definitions/compute.yml'] = compute
      .replace(pypi, '')
      .replace('  libraries:\n', `  libraries:\n${pypi}`);
    const plan = await runPlan(connectProject(files, hosts, env));
    for (const p of plan.plans) expect(p.entries.filter((e) => e.action !== 'no-change')).toEqual([]);
    // The failover: the standby's cluster gets them (pending until it starts), the old primary's go at its restart.
    const failover = await runApply(withOverride(connectProject(exampleFiles(), hosts, env), 'secondary'));
    expect(failover.message).toBeUndefined();
    expect((await statuses(hosts.secondary as string, secondary)).map((s) => s.split(' ')[0])).toEqual([
      'maven',
      'pypi',
    ]);
    expect(await statuses(hosts.primary as string, primary)).toEqual([
      'maven UNINSTALL_ON_RESTART',
      'pypi UNINSTALL_ON_RESTART',
    ]);
  });

  it('a library uninstalled by hand is drift, installed again by the next apply', async () => {
    const { emulator, hosts, env } = await setUp();
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
    const primary = emulator.workspace('primary');
    const id = shared(primary)?.cluster_id;
    await fetch(`${hosts.primary}/api/2.0/libraries/uninstall`, {
      method: 'POST',
      headers: { authorization: `Bearer ${primary.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        cluster_id: id,
        libraries: [{ pypi: { package: 'great-expectations==0.18.19' } }],
      }),
    });
    const ctx = connectProject(exampleFiles(), hosts, env);
    const plan = await runPlan(ctx);
    const entry = plan.plans[0]?.entries.find((e) => e.key === 'cluster/shared-etl');
    expect(entry?.changes.map((c) => `${c.path} ${c.reason}`)).toEqual(['spec.libraries drift']);
    expect((await runApply(ctx)).ok).toBe(true);
    expect(await statuses(hosts.primary as string, primary)).toEqual(['maven INSTALLED', 'pypi INSTALLED']);
  });
});
