import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runApply, runPlan } from '../../src/app/live.ts';
import type { RunReport } from '../../src/core/live/apply.ts';
import { PURGE_AFTER_MS } from '../../src/emulator/api/clusters.ts';
import { connectProject, emulatorPerTest } from '../support/live.ts';
import { exampleFiles } from '../support/project.ts';

/**
 * What a real workspace does that a naive client trips over, each rule written into the emulator
 * from a public source (see the comment beside each rule in src/emulator/api/): codeploy must
 * converge on it, apply then a plan with nothing to change.
 */
const setUp = emulatorPerTest();

/** A POST as a person would send it, answered with its status and JSON body, whatever the status. */
function poster(host: string, token: string) {
  return (path: string, body: object) =>
    fetch(`${host}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, string> }));
}

/**
 * The example without what only a workspace admin may create (cluster policies, global init scripts):
 * a non-admin deployer is given those by an admin, and deploys the rest.
 */
function nonAdminExample(): Record<string, string> {
  const files = exampleFiles();
  const compute = files['definitions/compute.yml'] as string;
  files['definitions/compute.yml'] = compute
    .slice(compute.indexOf('---\nkind: instance-pool'))
    .replace(/\n\s*policy_id: .*\n/, '\n');
  const workspace = files['definitions/workspace.yml'] as string;
  files['definitions/workspace.yml'] = workspace.slice(0, workspace.indexOf('---\nkind: global-init-script'));
  return files;
}

function pending(report: RunReport): string[] {
  return report.plans.flatMap((p) =>
    p.entries.filter((e) => e.action !== 'no-change').map((e) => `${p.region} ${e.action} ${e.key}`),
  );
}

describe('a deploying principal that is not a workspace admin', () => {
  it('keeps its own CAN_MANAGE, gives jobs and pipelines their one owner, and says the standby cluster is not pinned', async () => {
    const { emulator, hosts, env } = await setUp({ nonAdminDeployer: true });
    const events: string[] = [];
    const ctx = connectProject(nonAdminExample(), hosts, env, {
      progress: (e) => {
        if (e.type === 'object-warning') events.push(`${e.region} ${e.key}: ${e.message}`);
      },
    });
    const report = await runApply(ctx);
    expect(report.message).toBeUndefined();
    expect(report.ok).toBe(true);

    const secondary = emulator.workspace('secondary');
    const me = secondary.user;
    for (const [type, map] of [
      ['clusters', secondary.clusters],
      ['instance-pools', secondary.pools],
      ['warehouses', secondary.warehouses],
    ] as const) {
      for (const id of map.keys())
        expect(secondary.grants.get(`${type}/${id}`)).toContainEqual({
          user_name: me,
          permission_level: 'CAN_MANAGE',
        });
    }
    for (const [type, ids] of [
      ['jobs', [...secondary.jobs.keys()].map(String)],
      ['pipelines', [...secondary.pipelines.keys()]],
    ] as const) {
      for (const id of ids)
        expect(
          secondary.grants.get(`${type}/${id}`)?.filter((g) => g.permission_level === 'IS_OWNER'),
        ).toHaveLength(1);
    }

    // Only an admin may pin: the terminated standby cluster is left unpinned, and the run says so.
    expect([...secondary.clusters.values()].map((c) => c.pinned)).toEqual([false]);
    expect(events).toEqual([
      expect.stringMatching(/^secondary cluster\/shared-etl: terminated, but not pinned/),
    ]);
    expect(report.regions.find((r) => r.region === 'secondary')?.outcomes).toContainEqual(
      expect.objectContaining({ key: 'cluster/shared-etl', warnings: [expect.stringContaining('30 days')] }),
    );

    // And it converges: nothing left to change, and it can still read every grant it set.
    expect(pending(await runPlan(ctx))).toEqual([]);
  });
});

describe('clusters', () => {
  it('a standby cluster purged 30 days after termination is created again, not a failed preflight', async () => {
    const { emulator, hosts, env } = await setUp({ nonAdminDeployer: true });
    const ctx = connectProject(nonAdminExample(), hosts, env);
    expect((await runApply(ctx)).ok).toBe(true);
    for (const ws of emulator.workspaces.values()) ws.clockOffsetMs += PURGE_AFTER_MS + 60_000;

    const plan = await runPlan(ctx);
    expect(plan.ok).toBe(true);
    // Created again, and the job that runs on it follows to the new id.
    expect(pending(plan)).toEqual([
      'secondary create cluster/shared-etl',
      'secondary update job/weekly-report',
    ]);
    const again = await runApply(ctx);
    expect(again.message).toBeUndefined();
    expect(pending(await runPlan(ctx))).toEqual([]);
  });

  it('a pinned cluster is unpinned before it is deleted for good', async () => {
    const { emulator, hosts, env } = await setUp();
    const files = exampleFiles();
    expect((await runApply(connectProject(files, hosts, env))).ok).toBe(true);
    const secondary = emulator.workspace('secondary');
    expect([...secondary.clusters.values()].map((c) => c.pinned)).toEqual([true]);

    // Drop the cluster and the job that runs on it (and the standby's patch of the cluster), and prune.
    const config = (files['codeploy.yml'] as string).replace(
      /( {6}# The standby cluster is smaller[^\n]*\n {6}- target: \{ kind: cluster, name: shared-etl \}\n(?: {8}.*\n)+)/,
      '',
    );
    files['codeploy.yml'] = `${config}\nprune: true\n`;
    files['definitions/compute.yml'] = (files['definitions/compute.yml'] as string).split(
      '\n---\nkind: cluster\n',
    )[0] as string;
    delete files['definitions/jobs/adhoc-report.yml'];
    const report = await runApply(connectProject(files, hosts, env));
    expect(report.message).toBeUndefined();
    expect(secondary.clusters.size).toBe(0);
    const unpin = emulator.requests.findIndex(
      (r) => r.workspace === 'secondary' && r.path.endsWith('/clusters/unpin'),
    );
    const purge = emulator.requests.findIndex(
      (r) => r.workspace === 'secondary' && r.path.endsWith('/clusters/permanent-delete') && r.status === 200,
    );
    expect(unpin).toBeGreaterThan(-1);
    expect(purge).toBeGreaterThan(unpin);
  });

  it('reads managed clusters with clusters/get (clusters/list has no spec), listing only UI and API clusters', async () => {
    const { emulator, hosts, env } = await setUp();
    const ctx = connectProject(exampleFiles(), hosts, env);
    await runApply(ctx);
    emulator.requests.length = 0;
    expect(pending(await runPlan(ctx))).toEqual([]);
    const lists = emulator.requests.filter((r) => r.path === '/api/2.1/clusters/list');
    expect(lists.length).toBe(2);
    for (const l of lists)
      expect(l.query).toContain('filter_by.cluster_sources=UI&filter_by.cluster_sources=API');
    expect(emulator.requests.filter((r) => r.path === '/api/2.1/clusters/get')).toHaveLength(2);
  });

  it('the emulator refuses a cluster that repeats a custom tag key of its pool', async () => {
    const { emulator, hosts } = await setUp();
    const call = poster(hosts.primary as string, emulator.workspace('primary').token);
    const pool = await call('/api/2.0/instance-pools/create', {
      instance_pool_name: 'p',
      node_type_id: 'i3.xlarge',
      custom_tags: { team: 'a' },
    });
    const refused = await call('/api/2.1/clusters/create', {
      spark_version: '15.4.x-scala2.12',
      instance_pool_id: pool.body.instance_pool_id,
      custom_tags: { team: 'b' },
    });
    expect(refused).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
    expect(refused.body.message).toMatch(/team/);
  });

  it('an instance pool edit may send back the elastic disk the server chose, and may not change it', async () => {
    const { emulator, hosts } = await setUp();
    const call = poster(hosts.primary as string, emulator.workspace('primary').token);
    const created = await call('/api/2.0/instance-pools/create', {
      instance_pool_name: 'p',
      node_type_id: 'i3.xlarge',
    });
    const edit = (extra: object) =>
      call('/api/2.0/instance-pools/edit', {
        instance_pool_id: created.body.instance_pool_id,
        instance_pool_name: 'p',
        node_type_id: 'i3.xlarge',
        ...extra,
      });
    expect((await edit({ enable_elastic_disk: true, min_idle_instances: 1 })).status).toBe(200);
    const refused = await edit({ enable_elastic_disk: false });
    expect(refused).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
    expect(refused.body.message).toContain('enable_elastic_disk');
  });
});

describe('server-filled fields', () => {
  it('fields the workspace fills in or rewrites never show as changes, and a config change still does', async () => {
    const { emulator, hosts, env } = await setUp();
    const files = exampleFiles();
    const ctx = connectProject(files, hosts, env);
    expect((await runApply(ctx)).ok).toBe(true);

    // What the workspace holds is not what was sent: zone "auto" resolved, job clusters filled in.
    const primary = emulator.workspace('primary');
    const nightly = [...primary.jobs.values()].find((j) => j.settings.name === 'nightly-etl')?.settings;
    const jobClusters = (nightly?.job_clusters ?? []) as Array<{ new_cluster: Record<string, unknown> }>;
    const jobCluster = jobClusters[0]?.new_cluster;
    expect(jobCluster).toMatchObject({
      enable_elastic_disk: false,
      aws_attributes: { zone_id: primary.defaultZone },
    });
    expect(jobCluster?.driver_node_type_id).toBe(jobCluster?.node_type_id);
    const pool = [...primary.pools.values()][0];
    expect(pool?.spec.aws_attributes).toMatchObject({ zone_id: 'auto' });
    expect(pending(await runPlan(ctx))).toEqual([]);

    // A new catalog for the pipeline is an update in place: its tables are not dropped.
    files['definitions/pipelines.yml'] = (files['definitions/pipelines.yml'] as string).replace(
      'target: events',
      'target: events\n  catalog: Lakehouse',
    );
    const pipelineIds = [...primary.pipelines.keys()];
    const changed = await runApply(connectProject(files, hosts, env));
    expect(changed.message).toBeUndefined();
    expect(pending(changed)).toEqual(['primary update pipeline/events', 'secondary update pipeline/events']);
    expect([...primary.pipelines.keys()]).toEqual(pipelineIds);
    expect([...primary.pipelines.values()].map((p) => p.spec.catalog)).toEqual(['lakehouse']);
    expect(pending(await runPlan(connectProject(files, hosts, env)))).toEqual([]);
  });
});

describe('warehouses and clusters that take time', () => {
  it('a standby warehouse is stopped once it is up, and reads STOPPED', async () => {
    const { emulator, hosts, env } = await setUp({ transitionMs: 150 });
    const report = await runApply(connectProject(exampleFiles(), hosts, env));
    expect(report.message).toBeUndefined();
    const secondary = emulator.workspace('secondary');
    await new Promise((r) => setTimeout(r, 200));
    expect([...secondary.warehouses.values()].map((w) => secondary.settle(w.status).state)).toEqual([
      'STOPPED',
    ]);
    expect([...secondary.clusters.values()].map((c) => secondary.settle(c.status).state)).toEqual([
      'TERMINATED',
    ]);
  });
});

describe('pipelines deleted asynchronously', () => {
  it('a recreate waits for the delete to end before it creates the pipeline again under its name', async () => {
    const { emulator, hosts, env } = await setUp({ transitionMs: 120 });
    const files = exampleFiles();
    expect((await runApply(connectProject(files, hosts, env))).ok).toBe(true);
    files['definitions/pipelines.yml'] = (files['definitions/pipelines.yml'] as string)
      .replace('name: events\nspec:', 'name: events\nallow_recreate: true\nspec:')
      .replace('pipelines/events\n', 'pipelines/events-v2\n');
    const report = await runApply(connectProject(files, hosts, env));
    expect(report.message).toBeUndefined();
    const primary = emulator.workspace('primary');
    expect([...primary.pipelines.values()].map((p) => [p.state, p.spec.storage])).toEqual([
      ['RUNNING', 's3://acme-lake-use1/pipelines/events-v2'],
    ]);
  });
});

describe('what the server filled in, and what a person changed', () => {
  it('a schedule added by hand to a standby job whose update failed stays visible as drift', async () => {
    const { emulator, hosts, env } = await setUp();
    const files = exampleFiles();
    expect((await runApply(connectProject(files, hosts, env))).ok).toBe(true);

    const secondary = emulator.workspace('secondary');
    const job = [...secondary.jobs.values()].find((j) => j.settings.name === 'nightly-etl');
    if (!job) throw new Error('nightly-etl was not created');
    job.settings.schedule = {
      quartz_cron_expression: '0 0 * * * ?',
      timezone_id: 'UTC',
      pause_status: 'UNPAUSED',
    };
    // The repair of that job is refused, so the apply writes other things but not the job.
    emulator.faults = [
      {
        method: 'POST',
        path: '/jobs/reset',
        workspace: 'secondary',
        times: 99,
        kind: 'status',
        status: 400,
        errorCode: 'INVALID_PARAMETER_VALUE',
      },
    ];
    files['definitions/warehouses.yml'] = (files['definitions/warehouses.yml'] as string).replace(
      'auto_stop_mins: 30',
      'auto_stop_mins: 45',
    );
    const failed = await runApply(connectProject(files, hosts, env));
    expect(failed.ok).toBe(false);
    expect(failed.reason).toBe('apply-failed');

    emulator.faults = [];
    const plan = await runPlan(connectProject(files, hosts, env));
    const entry = plan.plans
      .find((p) => p.region === 'secondary')
      ?.entries.find((e) => e.key === 'job/nightly-etl');
    expect(entry?.changes).toContainEqual(
      expect.objectContaining({ path: 'spec.schedule', reason: 'drift' }),
    );
  });

  it('a read-back that fails after the writes is a failure, not "converged"', async () => {
    const { emulator, hosts, env } = await setUp();
    const ctx = connectProject(exampleFiles(), hosts, env);
    // The first listing of jobs is the preflight's (under the lock only the state record is read
    // again); the second, the read-back's, is refused.
    emulator.faults = [
      {
        method: 'GET',
        path: '/api/2.2/jobs/list',
        workspace: 'primary',
        skip: 1,
        times: 99,
        kind: 'status',
        status: 403,
        errorCode: 'PERMISSION_DENIED',
      },
    ];
    const report = await runApply(ctx);
    expect(report.ok).toBe(false);
    expect(report.reason).toBe('apply-failed');
    expect(report.message).toMatch(
      /primary: 27 done \(27 create\), 0 failed, 0 not done\n\s+could not read the workspace back after the apply/,
    );
    // A 403 is not temporary: the message does not send the user to run it again.
    expect(report.message).toContain('Running it again will not cure this by itself');
  });
});

describe('a workspace whose state record is lost', () => {
  it('finds objects without tags by their unique name, says so, and converges without a clash', async () => {
    const { emulator, hosts, env } = await setUp();
    const ctx = connectProject(exampleFiles(), hosts, env);
    expect((await runApply(ctx)).ok).toBe(true);
    const secondary = emulator.workspace('secondary');
    expect(secondary.objects.delete('/Shared/.codeploy/acme-lakehouse/state.json')).toBe(true);

    const plan = await runPlan(ctx);
    expect(plan.message).toBeUndefined();
    expect(plan.problems).toEqual([]);
    const notes = plan.plans.find((p) => p.region === 'secondary')?.notes ?? [];
    for (const key of [
      'cluster-policy/etl-policy',
      'global-init-script/ca-bundle',
      'secret-scope/etl-secrets',
      'notebook/ingest',
    ])
      expect(notes).toContainEqual(expect.stringContaining(`${key} was found by its unique name`));

    const report = await runApply(ctx);
    expect(report.message).toBeUndefined();
    expect(secondary.policies.size).toBe(1);
    expect(secondary.initScripts.size).toBe(1);
    expect(pending(await runPlan(ctx))).toEqual([]);
  });
});

describe('notebooks and files', () => {
  const EXTRA = `kind: notebook
name: explore
source: ../notebooks/explore.ipynb
spec: { path: /Shared/etl/explore, format: JUPYTER, language: PYTHON }
---
kind: notebook
name: archive
source: ../notebooks/archive.py
spec: { path: /Shared/etl/archive, format: DBC }
---
kind: file
name: helper
source: ../notebooks/helper.py
spec: { path: /Shared/etl/helper.py }
`;
  function withNotebooks(): Record<string, string> {
    const files = exampleFiles();
    files['definitions/notebooks.yml'] = EXTRA;
    files['notebooks/explore.ipynb'] = '{"cells": [], "nbformat": 4}\n';
    files['notebooks/archive.py'] = 'print("archived")';
    // A plain file that happens to start like a notebook source: imported as RAW, it stays a file.
    files['notebooks/helper.py'] = '# Databricks notebook source\nHELPER = 1\n';
    return files;
  }

  it('converge whatever their import format, though the workspace exports other bytes than it was given', async () => {
    const { emulator, hosts, env } = await setUp();
    const files = withNotebooks();
    const report = await runApply(connectProject(files, hosts, env));
    expect(report.message).toBeUndefined();
    const primary = emulator.workspace('primary');
    expect(primary.objects.get('/Shared/etl/helper.py')?.object_type).toBe('FILE');
    expect(primary.objects.get('/Shared/etl/explore')?.object_type).toBe('NOTEBOOK');
    expect(pending(await runPlan(connectProject(files, hosts, env)))).toEqual([]);

    // A DBC archive cannot be imported over itself: it is deleted and imported again.
    files['notebooks/archive.py'] = 'print("archived again")';
    const changed = await runApply(connectProject(files, hosts, env));
    expect(changed.message).toBeUndefined();
    const imports = emulator.requests.filter(
      (r) =>
        r.path === '/api/2.0/workspace/import' &&
        (r.body as { path?: string })?.path === '/Shared/etl/archive',
    );
    // Created once and replaced once, in each region, never with overwrite.
    expect(imports).toHaveLength(4);
    expect(
      imports.every((r) => (r.body as { overwrite?: boolean }).overwrite === false && r.status === 200),
    ).toBe(true);
    const deletes = emulator.requests.filter(
      (r) =>
        r.path === '/api/2.0/workspace/delete' &&
        (r.body as { path?: string })?.path === '/Shared/etl/archive',
    );
    expect(deletes).toHaveLength(2);
    expect(pending(await runPlan(connectProject(files, hosts, env)))).toEqual([]);
  });

  it('a notebook edited by hand is drift', async () => {
    const { emulator, hosts, env } = await setUp();
    const files = withNotebooks();
    expect((await runApply(connectProject(files, hosts, env))).ok).toBe(true);
    const nb = emulator.workspace('secondary').objects.get('/Shared/etl/ingest');
    if (!nb) throw new Error('no notebook');
    nb.content = Buffer.from('# Databricks notebook source\nprint("edited by hand")\n').toString('base64');
    nb.modified_at += 1000;
    const plan = await runPlan(connectProject(files, hosts, env));
    expect(pending(plan)).toEqual(['secondary update notebook/ingest']);
    const entry = plan.plans[1]?.entries.find((e) => e.key === 'notebook/ingest');
    expect(entry?.changes).toEqual([expect.objectContaining({ path: 'content_sha256', reason: 'drift' })]);
  });
});

describe('a secret whose value is missing', () => {
  it('is reported once, naming every region and the variable, and nothing is written', async () => {
    const { emulator, hosts, env } = await setUp();
    const { WAREHOUSE_API_TOKEN: _unset, ...withoutSecret } = env;
    const report = await runApply(connectProject(exampleFiles(), hosts, withoutSecret));
    expect(report.ok).toBe(false);
    const line =
      'primary, secondary: secret-scope/etl-secrets: secret "warehouse-api-token" has no value: environment variable WAREHOUSE_API_TOKEN is not set';
    expect(report.message?.split('\n').filter((l) => l.includes('has no value'))).toEqual([`  ${line}`]);
    expect(emulator.writes()).toEqual([]);
  });
});

describe('the emulator answers as the REST API does', () => {
  it('refuses a body that is not a JSON object, and serves the Jobs API under 2.1 and 2.2', async () => {
    const { emulator, hosts } = await setUp();
    const token = emulator.workspace('primary').token;
    const post = (path: string, body: string) =>
      fetch(`${hosts.primary}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, string> }));
    for (const body of ['{"name": "x",', '["a list"]']) {
      const refused = await post('/api/2.2/jobs/create', body);
      expect(refused).toMatchObject({ status: 400, body: { error_code: 'MALFORMED_REQUEST' } });
    }
    expect(emulator.workspace('primary').jobs.size).toBe(0);
    const created = await post('/api/2.1/jobs/create', JSON.stringify({ name: 'j', tasks: [] }));
    expect(created.status).toBe(200);
    const listed = await fetch(`${hosts.primary}/api/2.2/jobs/list`, {
      headers: { authorization: `Bearer ${token}` },
    }).then((r) => r.json() as Promise<{ jobs: unknown[] }>);
    expect(listed.jobs).toHaveLength(1);
  });
});

describe('job runs', () => {
  it('an apply does not stop a run in progress, and a standby job skips every new run', async () => {
    const { emulator, hosts, env } = await setUp();
    const files = exampleFiles();
    expect((await runApply(connectProject(files, hosts, env))).ok).toBe(true);
    const call = async (region: 'primary' | 'secondary', method: string, path: string, body?: object) => {
      const r = await fetch(`${hosts[region]}${path}`, {
        method,
        headers: { authorization: `Bearer ${emulator.workspace(region).token}` },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return (await r.json()) as Record<string, unknown>;
    };
    const jobId = (region: 'primary' | 'secondary') =>
      [...emulator.workspace(region).jobs.values()].find((j) => j.settings.name === 'nightly-etl')?.job_id;
    const state = async (region: 'primary' | 'secondary', runId: unknown) =>
      ((await call(region, 'GET', `/api/2.1/jobs/runs/get?run_id=${runId}`)).state as Record<string, string>)
        .life_cycle_state;

    const active = await call('primary', 'POST', '/api/2.1/jobs/run-now', { job_id: jobId('primary') });
    files['definitions/jobs/nightly-etl.yml'] = (files['definitions/jobs/nightly-etl.yml'] as string).replace(
      'timeout_seconds: 14400',
      'timeout_seconds: 10800',
    );
    expect((await runApply(connectProject(files, hosts, env))).ok).toBe(true);
    // The edit affects only new runs: the one in progress goes on.
    expect(await state('primary', active.run_id)).toBe('RUNNING');

    const standby = await call('secondary', 'POST', '/api/2.1/jobs/run-now', { job_id: jobId('secondary') });
    expect(await state('secondary', standby.run_id)).toBe('SKIPPED');
  });
});

describe('the state record kept in each workspace', () => {
  it('holds no sensitive value, and the deploy still converges', async () => {
    const { emulator, hosts, env } = await setUp();
    const files = exampleFiles();
    files['definitions/compute.yml'] = (files['definitions/compute.yml'] as string)
      .replace(
        '    LAKE_ROOT: s3://acme-lake-use1/',
        '    LAKE_ROOT: s3://acme-lake-use1/\n    VENDOR_KEY: canary-sensitive-5521',
      )
      .replace(
        '    spark.databricks.delta.preview.enabled: "true"',
        '    spark.databricks.delta.preview.enabled: "true"\n    spark.hadoop.fs.azure.account.key: canary-credential-9913',
      )
      .replace(
        'description: All-purpose cluster for interactive ETL work and the ad-hoc report job.',
        'description: All-purpose cluster for interactive ETL work and the ad-hoc report job.\nsensitive: [/spark_env_vars/VENDOR_KEY]',
      );
    const report = await runApply(connectProject(files, hosts, env));
    expect(report.message).toBeUndefined();
    for (const region of ['primary', 'secondary']) {
      const state = emulator.workspace(region).objects.get('/Shared/.codeploy/acme-lakehouse/state.json');
      const text = Buffer.from(state?.content ?? '', 'base64').toString('utf8');
      expect(text).toContain('cluster/shared-etl');
      expect(text).not.toContain('canary-sensitive-5521');
      expect(text).not.toContain('canary-credential-9913');
    }
    // The values did reach the cluster, and a plan has nothing left to change.
    expect(JSON.stringify([...emulator.workspace('primary').clusters.values()][0]?.spec)).toContain(
      'canary-sensitive-5521',
    );
    expect(pending(await runPlan(connectProject(files, hosts, env)))).toEqual([]);
  });

  it('lives where state_folder says: a folder outside /Shared, which not every user inherits', async () => {
    const { emulator, hosts, env } = await setUp();
    const files = exampleFiles();
    files['codeploy.yml'] = `${files['codeploy.yml']}\nstate_folder: /codeploy/acme-lakehouse\n`;
    expect((await runApply(connectProject(files, hosts, env))).ok).toBe(true);
    const paths = [...emulator.workspace('primary').objects.keys()];
    expect(paths).toContain('/codeploy/acme-lakehouse/state.json');
    expect(paths.filter((p) => p.startsWith('/Shared/.codeploy'))).toEqual([]);
    expect(pending(await runPlan(connectProject(files, hosts, env)))).toEqual([]);
  });

  it('keeps secret digests that a reader of the record cannot check a guess against without the key', async () => {
    const { emulator, hosts, env } = await setUp();
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
    const record = JSON.parse(
      Buffer.from(
        emulator.workspace('primary').objects.get('/Shared/.codeploy/acme-lakehouse/state.json')?.content ??
          '',
        'base64',
      ).toString('utf8'),
    );
    const digest = record.objects['secret-scope/etl-secrets'].secret_digests['warehouse-api-token'];
    // The right guess, with the salt the record holds: it does not give the stored digest.
    const guess = `sha256:${createHash('sha256').update(`${record.secret_salt}\0${env.WAREHOUSE_API_TOKEN}`).digest('hex')}`;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(digest).not.toBe(guess);
    expect(JSON.stringify(record)).not.toContain(env.CODEPLOY_DIGEST_KEY);

    // Without a key the plan says the digests are only salted.
    const { CODEPLOY_DIGEST_KEY: _, ...unkeyed } = env;
    const plan = await runPlan(connectProject(exampleFiles(), hosts, unkeyed));
    expect(plan.plans[0]?.notes).toContainEqual(expect.stringContaining('set CODEPLOY_DIGEST_KEY'));
  });
});

describe('a grant to someone the workspace does not know', () => {
  it('the emulator refuses it as the permissions API does, and nothing of the list is applied', async () => {
    const { emulator, hosts } = await setUp();
    const ws = emulator.workspace('primary');
    const headers = { authorization: `Bearer ${ws.token}`, 'content-type': 'application/json' };
    const created = await fetch(`${hosts.primary}/api/2.2/jobs/create`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'j', tasks: [{ task_key: 'a', notebook_task: { notebook_path: '/x' } }] }),
    });
    const { job_id } = (await created.json()) as { job_id: number };
    const put = await fetch(`${hosts.primary}/api/2.0/permissions/jobs/${job_id}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({
        access_control_list: [
          { user_name: ws.user, permission_level: 'IS_OWNER' },
          { group_name: 'no-such-group', permission_level: 'CAN_VIEW' },
        ],
      }),
    });
    expect(put.status).toBe(400);
    expect(await put.json()).toMatchObject({
      error_code: 'INVALID_PARAMETER_VALUE',
      message: 'Principal: GroupName(no-such-group) does not exist',
    });
    // SCIM finds the groups a workspace has, by the filter codeploy sends.
    const groups = await fetch(
      `${hosts.primary}/api/2.0/preview/scim/v2/Groups?filter=${encodeURIComponent('displayName eq "analysts" or displayName eq "no-such-group"')}`,
      { headers },
    );
    const body = (await groups.json()) as { Resources: Array<{ displayName: string }>; totalResults: number };
    expect(body.Resources.map((g) => g.displayName)).toEqual(['analysts']);
  });

  it('is found in the preflight of the region that lacks the group: nothing is written anywhere, and the message names the group and its grants', async () => {
    const { emulator, hosts, env } = await setUp();
    // The standby workspace was made by hand, and nobody added the analysts group there.
    emulator.workspace('secondary').directory.groups.delete('analysts');
    const plan = await runPlan(connectProject(exampleFiles(), hosts, env));
    expect(plan.ok).toBe(false);
    expect(plan.message).toMatch(
      /secondary: group "analysts" does not exist in this workspace, and .*cluster\/shared-etl, .* name it/,
    );
    expect(plan.message).not.toMatch(/primary: group "analysts"/);
    const report = await runApply(connectProject(exampleFiles(), hosts, env));
    expect(report.ok).toBe(false);
    expect(report.message).toContain('nothing was written anywhere');
    expect(emulator.writes()).toEqual([]);
    // An admin adds the group: the next run deploys both regions.
    emulator.workspace('secondary').directory.groups.add('analysts');
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
  });
});
