import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runApply, runPlan } from '../../src/app/live.ts';
import type { Emulator } from '../../src/emulator/server.ts';
import type { WorkspaceState } from '../../src/emulator/state.ts';
import { connectProject, startEmulator } from '../support/live.ts';
import { exampleFiles, withoutPatches } from '../support/project.ts';

let emulator: Emulator;
let hosts: Record<string, string>;
let env: Record<string, string>;

beforeEach(async () => {
  ({ emulator, hosts, env } = await startEmulator());
  expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
});
afterEach(async () => {
  await emulator.stop();
});

const edit = (files: Record<string, string>, file: string, from: string, to: string) => {
  const text = files[file] ?? '';
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  files[file] = text.replace(from, to);
};
const job = (ws: WorkspaceState, name: string) => [...ws.jobs.values()].find((j) => j.settings.name === name);
const object = (ws: WorkspaceState, path: string) => ws.objects.get(path);
const b64 = (text: string) => Buffer.from(text).toString('base64');

interface KindCase {
  key: string;
  /** A change to the definitions, and how to see it in the secondary workspace. */
  change: (files: Record<string, string>) => void;
  changed: (ws: WorkspaceState) => unknown;
  /** A change made by hand in the secondary workspace, and how to see it was undone. */
  drift: (ws: WorkspaceState) => void;
  repaired: (ws: WorkspaceState) => unknown;
}

const repo = (ws: WorkspaceState) => [...ws.repos.values()].find((r) => r.path === '/Shared/git/etl-code');

const health = (ws: WorkspaceState) =>
  [...ws.dashboards.values()].find(
    (d) => d.display_name === 'Pipeline health' && d.lifecycle_state === 'ACTIVE',
  );
const lateEvents = (ws: WorkspaceState) =>
  [...ws.alerts.values()].find((a) => a.display_name === 'Events arrive late');
const ucGrants = (ws: WorkspaceState, key: string, principal: string) =>
  [...(ws.ucGrants.get(key)?.get(principal) ?? [])].sort();

const CASES: KindCase[] = [
  {
    key: 'dashboard/pipeline-health',
    change: (f) => edit(f, 'definitions/dashboards.yml', 'displayName: Overview', 'displayName: Health'),
    changed: (ws) => JSON.parse(String(health(ws)?.serialized_dashboard)).pages[0].displayName,
    // Someone unpauses the standby's refresh schedule by hand.
    drift: (ws) => {
      for (const s of ws.dashboardSchedules.get(String(health(ws)?.dashboard_id))?.values() ?? [])
        s.pause_status = 'UNPAUSED';
    },
    repaired: (ws) =>
      [...(ws.dashboardSchedules.get(String(health(ws)?.dashboard_id))?.values() ?? [])].map(
        (s) => s.pause_status,
      ),
  },
  {
    key: 'query/weekly-numbers',
    change: (f) => edit(f, 'definitions/sql.yml', 'LIMIT 12', 'LIMIT 52'),
    changed: (ws) => String([...ws.queries.values()][0]?.query_text).includes('LIMIT 52'),
    drift: (ws) => {
      const q = [...ws.queries.values()][0];
      if (q) q.query_text = 'SELECT 1';
    },
    repaired: (ws) => String([...ws.queries.values()][0]?.query_text).includes('LIMIT 12'),
  },
  {
    key: 'alert/late-events',
    change: (f) => edit(f, 'definitions/sql.yml', 'double_value: 30', 'double_value: 45'),
    changed: (ws) => lateEvents(ws)?.evaluation,
    // Someone unpauses the standby's alert by hand: it would page the on-call from both regions.
    drift: (ws) => {
      const a = lateEvents(ws);
      if (a)
        a.schedule = { quartz_cron_schedule: '0 0/15 * * * ?', timezone_id: 'UTC', pause_status: 'UNPAUSED' };
    },
    repaired: (ws) => (lateEvents(ws)?.schedule as { pause_status?: string } | undefined)?.pause_status,
  },
  {
    key: 'storage-credential/lake-access',
    change: (f) =>
      edit(
        f,
        'definitions/unity-catalog.yml',
        "reads and writes this region's buckets with",
        'reads and writes with',
      ),
    changed: (ws) => ws.ucCredentials.get('lake-access')?.comment,
    // Someone points the standby's credential at another role by hand.
    drift: (ws) => {
      const c = ws.ucCredentials.get('lake-access');
      if (c) c.aws_iam_role = { role_arn: 'arn:aws:iam::123456789012:role/someone-elses' };
    },
    repaired: (ws) =>
      (ws.ucCredentials.get('lake-access')?.aws_iam_role as { role_arn?: string } | undefined)?.role_arn,
  },
  {
    key: 'external-location/landing',
    change: (f) => edit(f, 'definitions/unity-catalog.yml', 'read_only: true', 'read_only: false'),
    changed: (ws) => ws.ucLocations.get('landing')?.read_only,
    // Someone points the standby's location at another bucket by hand.
    drift: (ws) => {
      const l = ws.ucLocations.get('landing');
      if (l) l.url = 's3://somewhere-else/';
    },
    repaired: (ws) => ws.ucLocations.get('landing')?.url,
  },
  {
    key: 'catalog/lakehouse',
    change: (f) => edit(f, 'definitions/unity-catalog.yml', 'team: data-platform', 'team: lakehouse'),
    changed: (ws) => ws.ucCatalogs.get('lakehouse_usw2')?.properties,
    // Someone grants analysts more than reading, by hand, in the standby.
    drift: (ws) => ws.ucGrants.get('catalog/lakehouse_usw2')?.get('analysts')?.add('MODIFY'),
    repaired: (ws) => ucGrants(ws, 'catalog/lakehouse_usw2', 'analysts'),
  },
  {
    key: 'schema/bronze',
    change: (f) => edit(f, 'definitions/unity-catalog.yml', 'comment: Raw data as it landed', 'comment: Raw'),
    changed: (ws) => ws.ucSchemas.get('lakehouse_usw2.bronze')?.comment,
    drift: (ws) => ws.ucGrants.get('schema/lakehouse_usw2.bronze')?.delete('analysts'),
    repaired: (ws) => ucGrants(ws, 'schema/lakehouse_usw2.bronze', 'analysts'),
  },
  {
    key: 'volume/landing',
    change: (f) =>
      edit(
        f,
        'definitions/unity-catalog.yml',
        '  - { group_name: analysts, permission_level: READ_VOLUME }\n',
        '',
      ),
    changed: (ws) => ucGrants(ws, 'volume/lakehouse_usw2.bronze.landing', 'analysts'),
    drift: (ws) => {
      const v = ws.ucVolumes.get('lakehouse_usw2.bronze.landing');
      if (v) v.comment = 'changed by hand';
    },
    repaired: (ws) => ws.ucVolumes.get('lakehouse_usw2.bronze.landing')?.comment,
  },
  {
    key: 'git-folder/etl-code',
    change: (f) => edit(f, 'definitions/workspace.yml', 'branch: release', 'branch: release-2'),
    changed: (ws) => repo(ws)?.branch,
    // Someone checks another branch out by hand in the standby.
    drift: (ws) => {
      const r = repo(ws);
      if (r) r.branch = 'experiment';
    },
    repaired: (ws) => repo(ws)?.branch,
  },
  {
    key: 'job/nightly-etl',
    change: (f) =>
      edit(f, 'definitions/jobs/nightly-etl.yml', 'timeout_seconds: 14400', 'timeout_seconds: 7200'),
    changed: (ws) => job(ws, 'nightly-etl')?.settings.timeout_seconds,
    drift: (ws) => {
      const j = job(ws, 'nightly-etl');
      if (j) j.settings.max_concurrent_runs = 4;
    },
    repaired: (ws) => job(ws, 'nightly-etl')?.settings.max_concurrent_runs,
  },
  {
    key: 'cluster/shared-etl',
    change: (f) =>
      edit(f, 'definitions/compute.yml', 'autotermination_minutes: 60', 'autotermination_minutes: 45'),
    changed: (ws) => [...ws.clusters.values()][0]?.spec.autotermination_minutes,
    drift: (ws) => {
      const c = [...ws.clusters.values()][0];
      if (c) c.spec = { ...c.spec, num_workers: 20 };
    },
    repaired: (ws) => [...ws.clusters.values()][0]?.spec.num_workers ?? 'absent',
  },
  {
    key: 'instance-pool/etl-pool',
    change: (f) => edit(f, 'definitions/compute.yml', 'max_capacity: 40', 'max_capacity: 50'),
    changed: (ws) => [...ws.pools.values()][0]?.spec.max_capacity,
    drift: (ws) => {
      const p = [...ws.pools.values()][0];
      if (p) p.spec = { ...p.spec, min_idle_instances: 3 };
    },
    repaired: (ws) => [...ws.pools.values()][0]?.spec.min_idle_instances,
  },
  {
    key: 'cluster-policy/etl-policy',
    change: (f) => edit(f, 'definitions/compute.yml', 'maxValue: 120', 'maxValue: 90'),
    changed: (ws) =>
      JSON.parse(String([...ws.policies.values()][0]?.spec.definition)).autotermination_minutes.maxValue,
    drift: (ws) => {
      const p = [...ws.policies.values()][0];
      if (p) p.spec = { ...p.spec, definition: '{}' };
    },
    repaired: (ws) => Object.keys(JSON.parse(String([...ws.policies.values()][0]?.spec.definition))).length,
  },
  {
    key: 'pipeline/events',
    change: (f) => edit(f, 'definitions/pipelines.yml', 'photon: true', 'photon: false'),
    changed: (ws) => [...ws.pipelines.values()][0]?.spec.photon,
    drift: (ws) => {
      const p = [...ws.pipelines.values()][0];
      if (p) p.spec = { ...p.spec, continuous: true };
    },
    repaired: (ws) => [...ws.pipelines.values()][0]?.spec.continuous,
  },
  {
    key: 'sql-warehouse/bi',
    change: (f) => edit(f, 'definitions/warehouses.yml', 'cluster_size: Small', 'cluster_size: Medium'),
    changed: (ws) => [...ws.warehouses.values()][0]?.spec.cluster_size,
    drift: (ws) => {
      const w = [...ws.warehouses.values()][0];
      if (w) w.status = { state: 'RUNNING' };
    },
    repaired: (ws) => ws.settle([...ws.warehouses.values()][0]?.status ?? { state: '?' }).state,
  },
  {
    key: 'notebook/transform',
    change: (f) => {
      f['notebooks/transform.py'] = `${f['notebooks/transform.py']}# v2\n`;
    },
    changed: (ws) =>
      Buffer.from(object(ws, '/Shared/etl/transform')?.content ?? '', 'base64')
        .toString()
        .endsWith('# v2\n'),
    drift: (ws) => {
      const o = object(ws, '/Shared/etl/transform');
      if (o) Object.assign(o, { content: b64('print("edited by hand")'), modified_at: Date.now() + 1 });
    },
    repaired: (ws) =>
      Buffer.from(object(ws, '/Shared/etl/transform')?.content ?? '', 'base64')
        .toString()
        .includes('by hand'),
  },
  {
    key: 'file/refresh-sql',
    change: (f) => {
      f['notebooks/refresh.sql'] = 'REFRESH MATERIALIZED VIEW gold.revenue_daily;\n';
    },
    changed: (ws) => Buffer.from(object(ws, '/Shared/etl/refresh.sql')?.content ?? '', 'base64').toString(),
    drift: (ws) => {
      ws.objects.delete('/Shared/etl/refresh.sql');
    },
    repaired: (ws) => object(ws, '/Shared/etl/refresh.sql')?.object_type,
  },
  {
    key: 'directory/etl',
    change: (f) =>
      edit(f, 'definitions/workspace.yml', 'permission_level: CAN_READ', 'permission_level: CAN_RUN'),
    changed: (ws) =>
      ws.grants.get(`directories/${object(ws, '/Shared/etl')?.object_id}`)?.map((g) => g.permission_level),
    drift: (ws) => {
      ws.grants.set(`directories/${object(ws, '/Shared/etl')?.object_id}`, []);
    },
    repaired: (ws) => ws.grants.get(`directories/${object(ws, '/Shared/etl')?.object_id}`)?.length,
  },
  {
    key: 'secret-scope/etl-secrets',
    change: (f) =>
      edit(
        f,
        'definitions/workspace.yml',
        '{ principal: data-engineers, permission: READ }',
        '{ principal: data-engineers, permission: WRITE }',
      ),
    changed: (ws) => ws.scopes.get('etl-secrets')?.acls.get('data-engineers'),
    drift: (ws) => {
      ws.scopes.get('etl-secrets')?.secrets.set('warehouse-api-token', {
        value: 'overwritten by hand',
        last_updated_timestamp: Date.now() + 5,
      });
    },
    repaired: (ws) =>
      ws.scopes.get('etl-secrets')?.secrets.get('warehouse-api-token')?.value === 'not-a-real-secret-4711',
  },
  {
    key: 'global-init-script/ca-bundle',
    change: (f) => edit(f, 'definitions/workspace.yml', 'enabled: true', 'enabled: false'),
    changed: (ws) => [...ws.initScripts.values()][0]?.enabled,
    drift: (ws) => {
      const s = [...ws.initScripts.values()][0];
      if (s) s.script = b64('#!/bin/sh\necho tampered\n');
    },
    repaired: (ws) =>
      Buffer.from([...ws.initScripts.values()][0]?.script ?? '', 'base64')
        .toString()
        .includes('tampered'),
  },
];

const EXPECTED_CHANGED: Record<string, unknown> = {
  'storage-credential/lake-access': 'What Unity Catalog reads and writes with',
  'query/weekly-numbers': true,
  'dashboard/pipeline-health': 'Health',
  'alert/late-events': {
    source: { name: 'lag_minutes' },
    comparison_operator: 'GREATER_THAN',
    threshold: { value: { double_value: 45 } },
    notification: { notify_on_ok: true },
  },
  'external-location/landing': false,
  'catalog/lakehouse': { team: 'lakehouse' },
  'schema/bronze': 'Raw',
  'volume/landing': [],
  'git-folder/etl-code': 'release-2',
  'job/nightly-etl': 7200,
  'cluster/shared-etl': 45,
  'instance-pool/etl-pool': 50,
  'cluster-policy/etl-policy': 90,
  'pipeline/events': false,
  'sql-warehouse/bi': 'Medium',
  'notebook/transform': true,
  'file/refresh-sql': 'REFRESH MATERIALIZED VIEW gold.revenue_daily;\n',
  'directory/etl': ['CAN_MANAGE', 'CAN_RUN'],
  'secret-scope/etl-secrets': 'WRITE',
  'global-init-script/ca-bundle': false,
};
const EXPECTED_REPAIRED: Record<string, unknown> = {
  'storage-credential/lake-access': 'arn:aws:iam::123456789012:role/uc-lake-access-usw2',
  'query/weekly-numbers': true,
  'dashboard/pipeline-health': ['PAUSED'],
  'alert/late-events': 'PAUSED',
  'external-location/landing': 's3://acme-landing-usw2/volumes/',
  'catalog/lakehouse': ['BROWSE', 'USE_CATALOG'],
  'schema/bronze': ['SELECT', 'USE_SCHEMA'],
  'volume/landing': 'Files as the sources deliver them',
  'git-folder/etl-code': 'release',
  'job/nightly-etl': 0,
  'cluster/shared-etl': 'absent',
  'instance-pool/etl-pool': 0,
  'cluster-policy/etl-policy': 3,
  'pipeline/events': false,
  'sql-warehouse/bi': 'STOPPED',
  'notebook/transform': false,
  'file/refresh-sql': 'FILE',
  'directory/etl': 2,
  'secret-scope/etl-secrets': true,
  'global-init-script/ca-bundle': false,
};

describe.each(CASES)('$key', (c) => {
  it('a change in the config is applied in place, in both regions, and nothing else changes', async () => {
    const files = exampleFiles();
    c.change(files);
    const ctx = connectProject(files, hosts, env);
    const plan = await runPlan(ctx);
    for (const region of plan.plans) {
      expect(
        region.entries.filter((e) => e.action !== 'no-change').map((e) => `${e.action} ${e.key}`),
      ).toEqual([`update ${c.key}`]);
      expect(region.entries.find((e) => e.key === c.key)?.changes.every((x) => x.reason === 'config')).toBe(
        true,
      );
    }
    const report = await runApply(ctx);
    expect(report.message).toBeUndefined();
    expect(c.changed(emulator.workspace('secondary'))).toEqual(EXPECTED_CHANGED[c.key]);
    emulator.requests.length = 0;
    expect((await runApply(ctx)).ok).toBe(true);
    expect(emulator.writes()).toEqual([]);
  });

  it('a change made by hand in the standby region is reported as drift and repaired', async () => {
    const ctx = connectProject(exampleFiles(), hosts, env);
    c.drift(emulator.workspace('secondary'));
    const plan = await runPlan(ctx);
    const entry = plan.plans[1]?.entries.find((e) => e.key === c.key);
    expect(entry?.action).not.toBe('no-change');
    if (entry?.action === 'update') expect(entry.changes.map((x) => x.reason)).toContain('drift');
    expect(plan.plans[0]?.entries.every((e) => e.action === 'no-change')).toBe(true);
    expect((await runApply(ctx)).ok).toBe(true);
    expect(c.repaired(emulator.workspace('secondary'))).toEqual(EXPECTED_REPAIRED[c.key]);
  });
});

describe('changes that cannot be made in place', () => {
  it('a new pipeline storage location is refused unless the definition allows the recreate, which every plan announces', async () => {
    const files = exampleFiles();
    edit(
      files,
      'definitions/pipelines.yml',
      'storage: s3://acme-lake-use1/pipelines/events',
      'storage: s3://acme-lake-use1/pipelines/events-v2',
    );
    const oldId = [...emulator.workspace('secondary').pipelines.keys()][0];
    const writes = emulator.writes().length;
    const refused = await runApply(connectProject(files, hosts, env));
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(
      /secondary: pipeline\/events can only take the change to spec.storage by being deleted and created again, and deleting a pipeline drops the tables it manages.*Set allow_recreate: true/,
    );
    expect(emulator.writes().length).toBe(writes);

    edit(
      files,
      'definitions/pipelines.yml',
      'name: events\nspec:',
      'name: events\nallow_recreate: true\nspec:',
    );
    const ctx = connectProject(files, hosts, env);
    const plan = await runPlan(ctx);
    expect(plan.plans[1]?.notes).toContainEqual(
      expect.stringMatching(
        /^pipeline\/events will be deleted and created again \(spec.storage cannot change in place\): deleting a pipeline drops/,
      ),
    );
    const report = await runApply(ctx);
    expect(report.message).toBeUndefined();
    expect(report.plans[1]?.entries.find((e) => e.key === 'pipeline/events')?.action).toBe('recreate');
    const secondary = emulator.workspace('secondary');
    const newId = [...secondary.pipelines.keys()][0];
    expect(newId).not.toBe(oldId);
    expect(secondary.pipelines.size).toBe(1);
    expect([...secondary.pipelines.values()][0]?.spec.storage).toBe(
      's3://acme-lake-usw2/pipelines/events-v2',
    );
    const tasks = job(secondary, 'events-catchup')?.settings.tasks as
      | Array<{ pipeline_task: { pipeline_id: string } }>
      | undefined;
    expect(tasks?.[0]?.pipeline_task.pipeline_id).toBe(newId);
  });
});

describe('jobs with more than 100 tasks', () => {
  it('are read page by page (the SDK would see only the first page) and do not show phantom changes', async () => {
    const files = exampleFiles();
    const tasks = Array.from(
      { length: 150 },
      (_, i) => `    - { task_key: t${i}, notebook_task: { notebook_path: /Shared/etl/transform } }`,
    ).join('\n');
    files['definitions/big.yml'] = `kind: job\nname: big\nspec:\n  tasks:\n${tasks}\n`;
    const ctx = connectProject(files, hosts, env);
    expect((await runApply(ctx)).ok).toBe(true);
    emulator.requests.length = 0;
    const plan = await runPlan(ctx);
    expect(plan.plans.map((p) => p.summary.update)).toEqual([0, 0]);
    expect(emulator.requests.filter((r) => r.path === '/api/2.2/jobs/get').length).toBe(4); // 2 pages × 2 regions
  });
});

describe('prune', () => {
  it('deletes every kind codeploy created once its definition is gone, dependents first, and nothing it does not own', async () => {
    const files = withoutPatches(exampleFiles());
    // Keep only the warehouse, so the config is not empty.
    for (const f of Object.keys(files))
      if (f.startsWith('definitions/') && f !== 'definitions/warehouses.yml') delete files[f];
    const secondary = emulator.workspace('secondary');
    secondary.jobs.set(7, {
      job_id: 7,
      created_time: 0,
      creator_user_name: 'someone',
      settings: { name: 'not ours' },
    });
    const report = await runApply(connectProject(files, hosts, env, { prune: true }));
    expect(report.message, report.message).toBeUndefined();
    const deletes = report.plans[1]?.entries.filter((e) => e.action === 'delete').map((e) => e.key) ?? [];
    expect(deletes).toHaveLength(26);
    // A volume before its schema, a schema before its catalog: UC refuses to delete what is not empty.
    expect(deletes.indexOf('volume/landing')).toBeLessThan(deletes.indexOf('schema/bronze'));
    expect(deletes.indexOf('schema/bronze')).toBeLessThan(deletes.indexOf('catalog/lakehouse'));
    // Jobs go before the cluster, pipeline and notebooks they use; notebooks before their folder.
    expect(deletes.indexOf('job/weekly-report')).toBeLessThan(deletes.indexOf('cluster/shared-etl'));
    expect(deletes.indexOf('cluster/shared-etl')).toBeLessThan(deletes.indexOf('instance-pool/etl-pool'));
    expect(deletes.indexOf('notebook/ingest')).toBeLessThan(deletes.indexOf('directory/etl'));
    for (const ws of [emulator.workspace('primary'), secondary]) {
      expect({
        pools: ws.pools.size,
        policies: ws.policies.size,
        pipelines: ws.pipelines.size,
        clusters: ws.clusters.size,
        scopes: ws.scopes.size,
        initScripts: ws.initScripts.size,
        warehouses: ws.warehouses.size,
        gitFolders: ws.repos.size,
        catalogs: ws.ucCatalogs.size,
        grantsLeft: ws.ucGrants.size,
      }).toEqual({
        pools: 0,
        policies: 0,
        pipelines: 0,
        clusters: 0,
        scopes: 0,
        initScripts: 0,
        warehouses: 1,
        gitFolders: 0,
        catalogs: 0,
        grantsLeft: 0,
      });
      expect([...ws.objects.keys()].filter((p) => p.startsWith('/Shared/etl'))).toEqual([]);
    }
    expect([...secondary.jobs.values()].map((j) => j.settings.name)).toEqual(['not ours']);
  });
});

describe('a Git folder on a tag', () => {
  it('is checked out by a PATCH after the clone, and converges although the API never reads a tag back', async () => {
    const files = exampleFiles();
    edit(files, 'definitions/workspace.yml', 'branch: release', 'tag: v2.3.0');
    const ctx = connectProject(files, hosts, env);
    const report = await runApply(ctx);
    expect(report.message).toBeUndefined();
    const r = repo(emulator.workspace('secondary'));
    expect(r?.branch).toBeUndefined();
    const plan = await runPlan(ctx);
    expect(plan.plans.flatMap((p) => p.entries.filter((e) => e.action !== 'no-change'))).toEqual([]);
  });

  it('with an unknown provider is refused before any workspace is read, naming the field', async () => {
    const files = exampleFiles();
    edit(files, 'definitions/workspace.yml', 'provider: gitHub', 'provider: sourceforge');
    emulator.requests.length = 0;
    expect(() => connectProject(files, hosts, env)).toThrow(
      /definitions\/workspace\.yml:\d+:\d+: error: spec\.provider: .*gitHub, bitbucketCloud/,
    );
    expect(emulator.requests).toEqual([]);
  });
});
