import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runApply, runPlan } from '../../src/app/live.ts';
import type { Emulator } from '../../src/emulator/server.ts';
import { connectProject, startEmulator } from '../support/live.ts';
import { exampleFiles, withoutPatches } from '../support/project.ts';

let emulator: Emulator;
let hosts: Record<string, string>;
let env: Record<string, string>;

beforeEach(async () => {
  ({ emulator, hosts, env } = await startEmulator());
});
afterEach(async () => {
  await emulator.stop();
});

describe('applying the example to both regions', () => {
  it('creates every kind in both regions, each rendered for its role, and converges in one apply', async () => {
    const report = await runApply(connectProject(exampleFiles(), hosts, env));
    expect(report.message).toBeUndefined();
    expect(report.ok).toBe(true);
    for (const r of report.regions) expect(r.outcomes.every((o) => o.status === 'done')).toBe(true);

    const primary = emulator.workspace('primary');
    const secondary = emulator.workspace('secondary');
    const counts = (ws: typeof primary) => ({
      jobs: ws.jobs.size,
      clusters: ws.clusters.size,
      pools: ws.pools.size,
      policies: ws.policies.size,
      pipelines: ws.pipelines.size,
      warehouses: ws.warehouses.size,
      scopes: ws.scopes.size,
      initScripts: ws.initScripts.size,
      notebooks: [...ws.objects.values()].filter((o) => o.object_type === 'NOTEBOOK').length,
      files: [...ws.objects.values()].filter((o) => o.object_type === 'FILE' && !o.path.includes('.codeploy'))
        .length,
    });
    const expected = {
      jobs: 4,
      clusters: 1,
      pools: 1,
      policies: 1,
      pipelines: 1,
      warehouses: 1,
      scopes: 1,
      initScripts: 1,
      notebooks: 4,
      files: 1,
    };
    expect(counts(primary)).toEqual(expected);
    expect(counts(secondary)).toEqual(expected);

    // The passive secondary: default jobs at 0 concurrency without a schedule, cluster terminated,
    // warehouse stopped, pool at 0 idle, pipeline triggered, storage remapped.
    const job = (ws: typeof primary, name: string) =>
      [...ws.jobs.values()].find((j) => j.settings.name === name)?.settings;
    expect(job(secondary, 'nightly-etl')).toMatchObject({ max_concurrent_runs: 0 });
    expect(job(secondary, 'nightly-etl')).not.toHaveProperty('schedule');
    expect(job(primary, 'nightly-etl')).toMatchObject({
      max_concurrent_runs: 1,
      schedule: { pause_status: 'UNPAUSED' },
    });
    expect([...secondary.clusters.values()].map((c) => secondary.settle(c.status).state)).toEqual([
      'TERMINATED',
    ]);
    expect([...secondary.clusters.values()].map((c) => c.pinned)).toEqual([true]);
    expect([...primary.clusters.values()].map((c) => primary.settle(c.status).state)).toEqual(['RUNNING']);
    expect([...secondary.warehouses.values()].map((w) => secondary.settle(w.status).state)).toEqual([
      'STOPPED',
    ]);
    expect([...secondary.pools.values()].map((p) => p.spec.min_idle_instances)).toEqual([0]);
    expect([...secondary.pipelines.values()].map((p) => [p.spec.continuous, p.spec.storage])).toEqual([
      [false, 's3://acme-lake-usw2/pipelines/events'],
    ]);
    expect(JSON.stringify([...secondary.jobs.values()])).not.toMatch(/use1|us-east-1/);

    // References point at each region's own ids.
    const secondaryCluster = [...secondary.clusters.keys()][0];
    const report2 = job(secondary, 'weekly-report')?.tasks as Array<{
      existing_cluster_id?: string;
      sql_task?: { warehouse_id: string };
    }>;
    expect(report2[0]?.existing_cluster_id).toBe(secondaryCluster);
    expect(report2[1]?.sql_task?.warehouse_id).toBe([...secondary.warehouses.keys()][0]);
    expect(job(primary, 'weekly-report')?.tasks).not.toEqual(report2);
    const catchup = job(secondary, 'events-catchup')?.tasks as Array<{
      pipeline_task: { pipeline_id: string };
    }>;
    expect(catchup[0]?.pipeline_task.pipeline_id).toBe([...secondary.pipelines.keys()][0]);

    // Grants: the passive job keeps only its viewers and the one owner the API requires (the
    // deployer, since the definition names none); the active one all of them.
    const grants = (ws: typeof primary, name: string) => {
      const id = [...ws.jobs.values()].find((j) => j.settings.name === name)?.job_id;
      return ws.grants
        .get(`jobs/${id}`)
        ?.map((g) => `${g.group_name ?? g.user_name ?? g.service_principal_name}:${g.permission_level}`);
    };
    expect(grants(primary, 'nightly-etl')).toEqual([
      'data-engineers:CAN_MANAGE_RUN',
      'platform-admins:CAN_MANAGE',
      'analysts:CAN_VIEW',
      `${primary.user}:IS_OWNER`,
    ]);
    expect(grants(secondary, 'nightly-etl')).toEqual(['analysts:CAN_VIEW', `${secondary.user}:IS_OWNER`]);

    // The secret went in, and is in no log.
    expect(secondary.scopes.get('etl-secrets')?.secrets.get('warehouse-api-token')?.value).toBe(
      env.WAREHOUSE_API_TOKEN,
    );
    expect(JSON.stringify(emulator.requests)).not.toContain(env.WAREHOUSE_API_TOKEN);
  });

  it('makes zero writes the second time, and a plan with nothing to do only reads', async () => {
    const ctx = connectProject(exampleFiles(), hosts, env);
    expect((await runApply(ctx)).ok).toBe(true);
    emulator.requests.length = 0;
    const again = await runApply(ctx);
    expect(again.ok).toBe(true);
    expect(emulator.writes()).toEqual([]);
    expect(again.plans.map((p) => p.summary)).toEqual([
      { create: 0, update: 0, recreate: 0, delete: 0, unchanged: 27 },
      { create: 0, update: 0, recreate: 0, delete: 0, unchanged: 27 },
    ]);
    emulator.requests.length = 0;
    await runPlan(ctx);
    expect(new Set(emulator.requests.map((r) => r.method))).toEqual(new Set(['GET']));
  });

  it('updates what changed in the config, in both regions, and nothing else', async () => {
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
    const files = exampleFiles();
    files['definitions/warehouses.yml'] =
      files['definitions/warehouses.yml']?.replace('max_num_clusters: 3', 'max_num_clusters: 5') ?? '';
    files['notebooks/ingest.py'] = `${files['notebooks/ingest.py']}# v2\n`;
    emulator.requests.length = 0;
    const report = await runApply(connectProject(files, hosts, env));
    expect(report.ok).toBe(true);
    for (const plan of report.plans) {
      expect(plan.entries.filter((e) => e.action !== 'no-change').map((e) => `${e.action} ${e.key}`)).toEqual(
        ['update notebook/ingest', 'update sql-warehouse/bi'],
      );
    }
    // The standby warehouse was restarted by its edit, and stopped again.
    const secondary = emulator.workspace('secondary');
    expect(
      [...secondary.warehouses.values()].map((w) => [
        w.spec.max_num_clusters,
        secondary.settle(w.status).state,
      ]),
    ).toEqual([[5, 'STOPPED']]);
    const warehouseId = [...secondary.warehouses.keys()][0];
    const writes = emulator.writes('secondary').map((r) => `${r.method} ${r.path}`);
    expect(writes.filter((w) => w.includes('/sql/warehouses/'))).toEqual([
      `POST /api/2.0/sql/warehouses/${warehouseId}/edit`,
      `POST /api/2.0/sql/warehouses/${warehouseId}/stop`,
    ]);
  });

  it('repairs drift made by hand, and says it was drift', async () => {
    const ctx = connectProject(exampleFiles(), hosts, env);
    expect((await runApply(ctx)).ok).toBe(true);
    const secondary = emulator.workspace('secondary');
    const nightly = [...secondary.jobs.values()].find((j) => j.settings.name === 'nightly-etl');
    if (!nightly) throw new Error('no job');
    // Someone re-enables the standby job: the exact double-run the tool exists to prevent.
    nightly.settings.max_concurrent_runs = 1;
    nightly.settings.schedule = {
      quartz_cron_expression: '0 30 2 * * ?',
      timezone_id: 'UTC',
      pause_status: 'UNPAUSED',
    };
    const plan = await runPlan(ctx);
    const entry = plan.plans[1]?.entries.find((e) => e.key === 'job/nightly-etl');
    expect(entry?.changes).toEqual([
      { path: 'spec.max_concurrent_runs', action: 'change', old: 1, new: 0, reason: 'drift' },
      {
        path: 'spec.schedule',
        action: 'remove',
        old: { quartz_cron_expression: '0 30 2 * * ?', timezone_id: 'UTC', pause_status: 'UNPAUSED' },
        reason: 'drift',
      },
    ]);
    expect(plan.plans[0]?.summary.update).toBe(0);
    expect((await runApply(ctx)).ok).toBe(true);
    expect(nightly.settings.max_concurrent_runs).toBe(0);
    expect(nightly.settings).not.toHaveProperty('schedule');
  });

  it('prunes only when asked, and only what it created', async () => {
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
    // An object codeploy does not own, with a name like one of ours.
    emulator.workspace('primary').jobs.set(42, {
      job_id: 42,
      created_time: 0,
      creator_user_name: 'someone',
      settings: { name: 'weekly-report' },
    });
    const files = exampleFiles();
    delete files['definitions/jobs/adhoc-report.yml'];
    const kept = await runApply(connectProject(files, hosts, env));
    expect(kept.ok).toBe(true);
    expect(kept.plans[0]?.notes).toEqual([
      'job/freshness-probe is no longer defined; it stays because prune is off',
      'job/weekly-report is no longer defined; it stays because prune is off',
    ]);
    expect([...emulator.workspace('primary').jobs.values()].map((j) => j.settings.name).sort()).toEqual([
      'events-catchup',
      'freshness-probe',
      'nightly-etl',
      'weekly-report',
      'weekly-report',
    ]);

    const pruned = await runApply(connectProject(files, hosts, env, { prune: true }));
    expect(pruned.ok).toBe(true);
    expect(pruned.plans[0]?.entries.filter((e) => e.action === 'delete').map((e) => e.key)).toEqual([
      'job/weekly-report',
      'job/freshness-probe',
    ]);
    // Ours are gone; the unowned job of the same name stays.
    expect(
      [...emulator.workspace('primary').jobs.values()]
        .map((j) => `${j.job_id === 42 ? 'unowned ' : ''}${j.settings.name}`)
        .sort(),
    ).toEqual(['events-catchup', 'nightly-etl', 'unowned weekly-report']);
  });

  it('refuses to prune everything when the config defines nothing', async () => {
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
    const files = withoutPatches(exampleFiles());
    for (const f of Object.keys(files)) if (f.startsWith('definitions/')) delete files[f];
    emulator.requests.length = 0;
    const report = await runApply(connectProject(files, hosts, env, { prune: true }));
    expect(report.ok).toBe(false);
    expect(report.reason).toBe('conflict');
    expect(report.message).toContain('refusing to prune every object');
    expect(emulator.writes()).toEqual([]);
  });
});
