import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runApply, runPlan } from '../../src/app/live.ts';
import { toCreateShape } from '../../src/core/kinds/create-shape.ts';
import { kindRules } from '../../src/core/kinds/index.ts';
import type { KindName } from '../../src/core/model/kinds.ts';
import { cli } from '../support/cli.ts';
import { byHand } from '../support/connect.ts';
import { connectProject, emulatorPerTest } from '../support/live.ts';
import { ROOT } from '../support/project.ts';

const setUp = emulatorPerTest();
const CORPUS = join(ROOT, 'test/fixtures/databricks-corpus');
const corpus = (file: string) => JSON.parse(readFileSync(join(CORPUS, file), 'utf8'));

/** Corpus GET payloads of each kind, with the create call that makes them. */
const CORPUS_OBJECTS: Array<[KindName, string, string]> = [
  ['instance-pool', 'pools/get-instance-pool1.json', '/api/2.0/instance-pools/create'],
  ['cluster-policy', 'policies/get-cluster-policy.json', '/api/2.0/policies/clusters/create'],
  ['global-init-script', 'init-scripts/global-init-script-get1.json', '/api/2.0/global-init-scripts'],
  ['pipeline', 'pipelines/get-dlt-pipeline.json', '/api/2.0/pipelines'],
  ['job', 'jobs/get-job-14.json', '/api/2.2/jobs/create'],
  ['job', 'jobs/get-job-17.json', '/api/2.2/jobs/create'],
];

/** A workspace made by hand, as a team has it before codeploy: the corpus's clusters and a few of every kind. */
async function seed(host: string, token: string) {
  const call = (method: 'POST' | 'PATCH' | 'PUT', path: string, body: Record<string, unknown>) =>
    byHand(host, token, method, path, body) as Promise<Record<string, string>>;
  for (const file of [
    'create-cluster-high-concurrency',
    'create-cluster-init-script',
    'create-cluster-parking-sensors',
  ])
    await call('POST', '/api/2.1/clusters/create', corpus(`clusters/${file}.request.json`));
  const { policy_id } = await call('POST', '/api/2.0/policies/clusters/create', {
    name: 'etl-policy',
    definition: JSON.stringify({ autotermination_minutes: { type: 'range', maxValue: 120 } }),
  });
  const { instance_pool_id } = await call('POST', '/api/2.0/instance-pools/create', {
    instance_pool_name: 'etl-pool',
    node_type_id: 'i3.xlarge',
    min_idle_instances: 1,
    aws_attributes: { zone_id: 'us-west-2a' },
  });
  const { cluster_id } = await call('POST', '/api/2.1/clusters/create', {
    cluster_name: 'shared-etl',
    spark_version: '15.4.x-scala2.12',
    instance_pool_id,
    policy_id,
    num_workers: 2,
    autotermination_minutes: 60,
    spark_env_vars: { LAKE: 's3://acme-lake-us-west-2/tables/' },
  });
  const { job_id } = await call('POST', '/api/2.2/jobs/create', {
    name: 'nightly-etl',
    schedule: { quartz_cron_expression: '0 0 2 * * ?', timezone_id: 'UTC' },
    tasks: [
      {
        task_key: 'ingest',
        existing_cluster_id: cluster_id,
        spark_python_task: {
          python_file: 's3://acme-code-us-west-2/ingest.py',
          parameters: ['--region', 'us-west-2'],
        },
      },
    ],
  });
  await call('PATCH', `/api/2.0/permissions/jobs/${job_id}`, {
    access_control_list: [{ group_name: 'data-engineers', permission_level: 'CAN_MANAGE_RUN' }],
  });
  const warehouse = await call('POST', '/api/2.0/sql/warehouses', {
    name: 'bi',
    cluster_size: 'Small',
    auto_stop_mins: 20,
  });
  await call('POST', '/api/2.0/workspace/mkdirs', { path: '/Shared/reports' });
  await call('POST', '/api/2.0/workspace/mkdirs', { path: '/Shared/etl/conf' });
  await call('POST', '/api/2.0/workspace/import', {
    path: '/Shared/etl/ingest',
    format: 'SOURCE',
    language: 'PYTHON',
    content: Buffer.from('# Databricks notebook source\nprint("ingest")\n').toString('base64'),
  });
  await call('POST', '/api/2.0/workspace/import', {
    path: '/Shared/etl/conf/settings.json',
    format: 'RAW',
    content: Buffer.from('{"batch": 500}\n').toString('base64'),
  });
  await call('POST', '/api/2.0/sql/queries', {
    query: {
      display_name: 'Daily counts',
      parent_path: '/Shared/reports',
      warehouse_id: warehouse.id,
      query_text: 'SELECT 1',
    },
  });
  await call('POST', '/api/2.0/alerts', {
    display_name: 'Too few rows',
    parent_path: '/Shared/reports',
    warehouse_id: warehouse.id,
    query_text: 'SELECT count(*) AS n FROM lake.bronze.t',
    evaluation: {
      source: { name: 'n' },
      comparison_operator: 'LESS_THAN',
      threshold: { value: { double_value: 1 } },
    },
    schedule: { quartz_cron_schedule: '0 0 * * * ?', timezone_id: 'UTC' },
  });
  const board = await call('POST', '/api/2.0/lakeview/dashboards', {
    display_name: 'Daily',
    parent_path: '/Shared/reports',
    warehouse_id: warehouse.id,
    serialized_dashboard: JSON.stringify({ pages: [{ name: 'p1', displayName: 'One' }] }),
  });
  await call('POST', `/api/2.0/lakeview/dashboards/${board.dashboard_id}/schedules`, {
    display_name: 'morning',
    cron_schedule: { quartz_cron_expression: '0 0 6 * * ?', timezone_id: 'UTC' },
  });
  await call('POST', '/api/2.0/secrets/scopes/create', { scope: 'etl' });
  await call('POST', '/api/2.0/secrets/put', {
    scope: 'etl',
    key: 'api-key',
    string_value: 'not-for-export',
  });
  await call('POST', '/api/2.0/repos', {
    url: 'https://github.com/acme/etl.git',
    provider: 'gitHub',
    path: '/Repos/platform/etl',
  });
  await call('POST', '/api/2.1/unity-catalog/catalogs', {
    name: 'lake',
    storage_root: 's3://acme-lake-us-west-2/uc/',
  });
  await call('PATCH', '/api/2.1/unity-catalog/permissions/catalog/lake', {
    changes: [{ principal: 'analysts', add: ['USE_CATALOG', 'BROWSE'] }],
  });
  await call('POST', '/api/2.1/unity-catalog/schemas', {
    catalog_name: 'lake',
    name: 'bronze',
    comment: 'raw',
  });
  await call('POST', '/api/2.1/unity-catalog/volumes', {
    catalog_name: 'lake',
    schema_name: 'bronze',
    name: 'landing',
    volume_type: 'EXTERNAL',
    storage_location: 's3://acme-landing-us-west-2/landing/',
  });
  // More of the corpus: GET payloads as a team's workspace holds them, created through the API.
  for (const [kind, file, path] of CORPUS_OBJECTS) {
    const { spec } = toCreateShape(kindRules(kind), corpus(file));
    // The API takes a policy's definition as a JSON string; codeploy's shape holds it as an object.
    const body = kind === 'cluster-policy' ? { ...spec, definition: JSON.stringify(spec.definition) } : spec;
    await call('POST', path, body);
  }
  return { job_id, cluster_id };
}

function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('codeploy export: onboarding from a live workspace', () => {
  it('round trip: export, validate, adopt, then a plan with no changes; the standby renders with its own ids and storage', async () => {
    const { emulator, hosts, env } = await setUp();
    const primary = emulator.workspace('primary');
    const { job_id, cluster_id } = await seed(hosts.primary as string, primary.token);
    const out = mkdtempSync(join(tmpdir(), 'codeploy-export-'));
    const before = emulator.requests.length;
    const exported = await cli(
      [
        'export',
        '--region',
        'primary',
        '--host',
        hosts.primary as string,
        '--out',
        out,
        '--standby-marker',
        'us-east-1',
        '--path',
        '/Shared/etl',
      ],
      ROOT,
      { DATABRICKS_TOKEN_PRIMARY: primary.token },
    );
    expect(exported.stderr + exported.stdout).not.toContain('not-for-export');
    expect(exported.code, exported.stderr + exported.stdout).toBe(0);
    // It only reads.
    expect(emulator.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);

    const files = filesUnder(out);
    expect(Object.keys(files).sort()).toEqual(
      expect.arrayContaining([
        'codeploy.yml',
        'clusters/shared-etl.yml',
        'clusters/presidio-cluster.yml',
        'jobs/nightly-etl.yml',
        'instance-pools/etl-pool.yml',
        'cluster-policies/etl-policy.yml',
        'sql-warehouses/bi.yml',
        'secret-scopes/etl.yml',
        'git-folders/etl.yml',
        'catalogs/lake.yml',
        'schemas/bronze.yml',
        'volumes/landing.yml',
        'queries/daily-counts.yml',
        'alerts/too-few-rows.yml',
        'dashboards/daily.yml',
        'directories/reports.yml',
        'directories/etl.yml',
        'directories/conf.yml',
        'notebooks/ingest.yml',
        'notebooks/src/Shared/etl/ingest.py',
        'files/settings-json.yml',
        'files/src/Shared/etl/conf/settings.json',
      ]),
    );
    const job = files['jobs/nightly-etl.yml'] as string;
    // Ids of exported objects became references; a region's names became variables and storage.
    expect(job).toContain('existing_cluster_id: ${clusters.shared-etl.id}');
    expect(job).not.toContain(cluster_id);
    expect(job).toContain('group_name: data-engineers');
    expect(job).toContain('- ${var.parameters}');
    expect(job).not.toMatch(/tags|codeploy:/);
    const config = files['codeploy.yml'] as string;
    expect(config).toContain('acme-lake:');
    expect(config).toContain('primary: s3://acme-lake-us-west-2/');
    expect(config).toContain('secondary: s3://acme-lake-us-east-1/');
    expect(config).toContain('DATABRICKS_TOKEN_PRIMARY');
    expect(config).toContain('DATABRICKS_TOKEN_SECONDARY');
    expect(files['secret-scopes/etl.yml']).toContain('from_env: SECRET_ETL_API_KEY');
    expect(files['notebooks/ingest.yml']).toContain('source: src/Shared/etl/ingest.py');
    expect(files['notebooks/src/Shared/etl/ingest.py']).toContain('print("ingest")');
    expect(files['dashboards/daily.yml']).toContain('parent_path: ${directories.reports.path}');
    expect(files['dashboards/daily.yml']).toContain('warehouse_id: ${sql-warehouses.bi.id}');
    expect(files['dashboards/daily.yml']).not.toContain('pageType');
    expect(files['catalogs/lake.yml']).toMatch(/group_name: analysts\n {4}permission_level: BROWSE/);
    expect(config).toContain('secondary: s3://acme-landing-us-east-1/');

    // Validate, then adopt into codeploy in both regions, then nothing is left to change.
    const project = { ...files };
    const validated = await cli(['validate', '--config', join(out, 'codeploy.yml')]);
    expect(validated.code, validated.stdout + validated.stderr).toBe(0);
    const ctx = connectProject(
      project,
      hosts,
      { ...env, SECRET_ETL_API_KEY: 'from-the-vault' },
      { adopt: true },
    );
    const applied = await runApply(ctx);
    expect(applied.ok, JSON.stringify([applied.message, applied.problems, applied.regions])).toBe(true);
    const adoptedJob = emulator.workspace('primary').jobs.get(Number(job_id));
    expect(adoptedJob).toBeDefined();
    const plan = await runPlan(ctx);
    for (const region of plan.plans)
      expect(
        region.entries.filter((e) => e.action !== 'no-change').map((e) => `${e.action} ${e.key}`),
        region.region,
      ).toEqual([]);

    // The standby's copy points at its own cluster and its own buckets.
    const secondary = emulator.workspace('secondary');
    const standbyJob = [...secondary.jobs.values()].find((j) => j.settings.name === 'nightly-etl');
    const standbyCluster = [...secondary.clusters.values()].find((c) => c.spec.cluster_name === 'shared-etl');
    const tasks = standbyJob?.settings.tasks as Array<Record<string, unknown>> | undefined;
    const task = tasks?.[0];
    expect(standbyCluster).toBeDefined();
    expect(task?.existing_cluster_id).toBe(standbyCluster?.cluster_id);
    expect(JSON.stringify(standbyJob)).not.toContain('us-west-2');
    expect(JSON.stringify(standbyJob)).toContain('s3://acme-code-us-east-1/ingest.py');
    expect(secondary.ucVolumes.get('lake.bronze.landing')?.storage_location).toBe(
      's3://acme-landing-us-east-1/landing/',
    );
    expect(secondary.ucCatalogs.get('lake')?.storage_root).toBe('s3://acme-lake-us-east-1/uc/');
  });

  it('takes the workspace from a codeploy.yml, and refuses a kind it cannot export before any request', async () => {
    const { emulator, hosts, env } = await setUp();
    const out = mkdtempSync(join(tmpdir(), 'codeploy-export-'));
    const config = ['--config', 'examples/live-config/codeploy.yml', '--host', hosts.primary as string];
    const refused = await cli(
      ['export', '--region', 'primary', '--out', out, '--kinds', 'job,widget', ...config],
      ROOT,
      env,
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--kinds: "widget" is not one of');
    expect(emulator.requests).toEqual([]);
    const unknown = await cli(['export', '--region', 'tertiary', '--out', out, ...config], ROOT, env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"tertiary" is not a region of');
    await byHand(
      hosts.primary as string,
      emulator.workspace('primary').token,
      'POST',
      '/api/2.2/jobs/create',
      {
        name: 'made-by-hand',
      },
    );
    const exported = await cli(
      ['export', '--region', 'primary', '--out', out, '--kinds', 'job', ...config],
      ROOT,
      env,
    );
    expect(exported.code, exported.stderr).toBe(0);
    expect(readdirSync(join(out, 'jobs'))).toEqual(['made-by-hand.yml']);
    expect(readFileSync(join(out, 'codeploy.yml'), 'utf8')).toContain('project: acme-lakehouse');
  });
});
