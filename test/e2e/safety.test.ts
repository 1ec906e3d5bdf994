import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runApply, runPlan } from '../../src/app/live.ts';
import type { Emulator } from '../../src/emulator/server.ts';
import { connectProject, startEmulator } from '../support/live.ts';
import { exampleFiles } from '../support/project.ts';

let emulator: Emulator;
let hosts: Record<string, string>;
let env: Record<string, string>;

beforeEach(async () => {
  ({ emulator, hosts, env } = await startEmulator());
});
afterEach(async () => {
  await emulator.stop();
});

/** Objects codeploy should have made exactly once in a workspace, by kind. */
function census(name: 'primary' | 'secondary') {
  const ws = emulator.workspace(name);
  const names = (
    xs: Iterable<{ spec?: Record<string, unknown>; settings?: Record<string, unknown> }>,
    field: string,
  ) => [...xs].map((x) => String((x.settings ?? x.spec)?.[field])).sort();
  return {
    jobs: names(ws.jobs.values(), 'name'),
    clusters: names(ws.clusters.values(), 'cluster_name'),
    pools: names(ws.pools.values(), 'instance_pool_name'),
    pipelines: names(ws.pipelines.values(), 'name'),
    warehouses: names(ws.warehouses.values(), 'name'),
    initScripts: [...ws.initScripts.values()].map((s) => s.name),
  };
}

const CLEAN = {
  jobs: ['events-catchup', 'freshness-probe', 'nightly-etl', 'weekly-report'],
  clusters: ['shared-etl'],
  pools: ['etl-pool'],
  pipelines: ['events'],
  warehouses: ['bi'],
  initScripts: ['install-ca-bundle'],
};

describe('faults: an apply succeeds or stops with a per-object report, and a re-run converges without duplicates', () => {
  it('survives a 429 storm on creates (rate limits with Retry-After)', async () => {
    emulator.rateLimits = [
      { method: 'POST', path: '/jobs/create', perSecond: 1 },
      { method: 'PUT', path: '/permissions/', perSecond: 4 },
    ];
    const report = await runApply(connectProject(exampleFiles(), hosts, env));
    expect(report.message).toBeUndefined();
    expect(emulator.requests.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    expect(census('primary')).toEqual(CLEAN);
    expect(census('secondary')).toEqual(CLEAN);
  });

  it('never duplicates an object whose create failed after the server acted', async () => {
    // Each create answers 500 or drops the connection, after the object was made.
    emulator.faults = [
      { method: 'POST', path: '/api/2.2/jobs/create', times: 3, kind: 'status', status: 500, after: true },
      { method: 'POST', path: '/api/2.1/clusters/create', times: 2, kind: 'drop', after: true },
      { method: 'POST', path: '/api/2.0/pipelines', times: 2, kind: 'status', status: 503, after: true },
      { method: 'POST', path: '/api/2.0/instance-pools/create', times: 2, kind: 'drop', after: true },
      { method: 'POST', path: '/api/2.0/sql/warehouses', times: 2, kind: 'status', status: 502, after: true },
      {
        method: 'POST',
        path: '/api/2.0/global-init-scripts',
        times: 1,
        kind: 'status',
        status: 500,
        after: true,
      },
    ];
    const first = await runApply(connectProject(exampleFiles(), hosts, env));
    const second = await runApply(connectProject(exampleFiles(), hosts, env));
    expect(second.ok).toBe(true);
    expect(census('primary')).toEqual(CLEAN);
    expect(census('secondary')).toEqual(CLEAN);
    expect(first.ok || first.reason === 'apply-failed', `${first.reason}: ${first.message}`).toBe(true);
  });

  it('retries 5xx and dropped connections on idempotent calls, and reports what it could not do', async () => {
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
    const files = exampleFiles();
    files['definitions/jobs/nightly-etl.yml'] =
      files['definitions/jobs/nightly-etl.yml']?.replace('timeout_seconds: 14400', 'timeout_seconds: 7200') ??
      '';
    files['definitions/warehouses.yml'] =
      files['definitions/warehouses.yml']?.replace('auto_stop_mins: 20', 'auto_stop_mins: 25') ?? '';
    // Transient: three 503s and a dropped connection on resets; the warehouse edit fails for good.
    emulator.faults = [
      { method: 'POST', path: '/jobs/reset', times: 3, kind: 'status', status: 503 },
      { method: 'POST', path: '/jobs/reset', times: 1, kind: 'drop' },
      {
        method: 'POST',
        path: '/edit',
        workspace: 'secondary',
        times: 100,
        kind: 'status',
        status: 400,
        errorCode: 'INVALID_PARAMETER_VALUE',
      },
    ];
    const report = await runApply(connectProject(files, hosts, env));
    expect(report.ok).toBe(false);
    expect(report.reason).toBe('apply-failed');
    expect(report.message).toMatch(
      /update sql-warehouse\/bi: failed \(POST \/api\/2\.0\/sql\/warehouses\/\w+\/edit: 400 INVALID_PARAMETER_VALUE: Injected fault\)/,
    );
    // What was done in each region is said, and a 400 is not something a re-run cures.
    expect(report.message).toContain('primary: 2 done (2 update), 0 failed, 0 not done');
    expect(report.message).toContain('secondary: 1 done (1 update), 1 failed, 0 not done');
    expect(report.message).toContain('Running it again will not cure this by itself');
    expect(report.message).not.toContain('Run it again');
    const secondary = report.regions.find((r) => r.region === 'secondary');
    expect(
      secondary?.outcomes.filter((o) => o.action !== 'no-change').map((o) => `${o.key}:${o.status}`),
    ).toEqual(['sql-warehouse/bi:failed', 'job/nightly-etl:done']);
    emulator.faults = [];
    const rerun = await runApply(connectProject(files, hosts, env));
    expect(rerun.ok).toBe(true);
    expect(rerun.plans[1]?.entries.filter((e) => e.action !== 'no-change').map((e) => e.key)).toEqual([
      'sql-warehouse/bi',
    ]);
    expect(census('secondary')).toEqual(CLEAN);
  });

  it('a failure a re-run can cure (the server keeps failing) says to run again', async () => {
    emulator.faults = [
      {
        method: 'POST',
        path: '/jobs/create',
        workspace: 'primary',
        times: 1000,
        kind: 'status',
        status: 503,
      },
    ];
    const report = await runApply(connectProject(exampleFiles(), hosts, env));
    expect(report.reason).toBe('apply-failed');
    expect(report.message).toMatch(/primary: \d+ done \(\d+ create\), 4 failed, \d+ not done/);
    expect(report.message).toContain('Run it again: every failure here is temporary');
    emulator.faults = [];
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
    expect(census('primary')).toEqual(CLEAN);
  });

  it('a lock that cannot be taken (the server keeps failing after acting) ends in a report, leaves no lock, and the next run converges', async () => {
    // The first write of a first apply is the lock folder's mkdirs: it keeps failing, so the lock's
    // create finds no folder to go in.
    emulator.faults = [
      {
        method: 'POST',
        path: '/workspace/mkdirs',
        workspace: 'primary',
        times: 40,
        kind: 'status',
        status: 503,
      },
    ];
    const report = await runApply(connectProject(exampleFiles(), hosts, env));
    expect(report.reason).toBe('preflight');
    expect(report.message).toMatch(
      /^primary: could not take the deploy lock .*nothing was written anywhere\. Run it again/,
    );
    emulator.faults = [];
    const lock = emulator.workspace('primary').objects.get('/Shared/.codeploy/acme-lakehouse/deploy.lock');
    expect(lock).toBeUndefined();
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
    expect(census('primary')).toEqual(CLEAN);
  });

  it('an interrupted apply (state writes failing midway) is converged by the next run', async () => {
    emulator.faults = [
      {
        method: 'POST',
        path: '/api/2.0/workspace/import',
        workspace: 'primary',
        times: 3,
        kind: 'drop',
        after: true,
      },
    ];
    await runApply(connectProject(exampleFiles(), hosts, env));
    const rerun = await runApply(connectProject(exampleFiles(), hosts, env));
    expect(rerun.ok).toBe(true);
    expect(census('primary')).toEqual(CLEAN);
  });
});

describe('stops before any write', () => {
  it('on a name clash with an object codeploy does not own, and says how to adopt it', async () => {
    // The same pool as the config's, made by hand, with a different size.
    const spec = {
      instance_pool_name: 'etl-pool',
      node_type_id: 'm5d.xlarge',
      min_idle_instances: 0,
      max_capacity: 10,
      idle_instance_autotermination_minutes: 30,
      aws_attributes: { availability: 'SPOT', zone_id: 'auto' },
      preloaded_spark_versions: ['15.4.x-scala2.12'],
    };
    emulator.workspace('secondary').pools.set('pool-x', { instance_pool_id: 'pool-x', spec });
    const report = await runApply(connectProject(exampleFiles(), hosts, env));
    expect(report.ok).toBe(false);
    expect(report.reason).toBe('conflict');
    expect(report.message).toContain(
      'secondary: a instance-pool named "etl-pool" (id pool-x) already exists and codeploy does not own it. Set adopt (--adopt) to take it over',
    );
    expect(emulator.writes()).toEqual([]);

    const adopted = await runApply(connectProject(exampleFiles(), hosts, env, { adopt: true }));
    expect(adopted.ok).toBe(true);
    expect([...emulator.workspace('secondary').pools.keys()]).toEqual(['pool-x']);
    expect(emulator.workspace('secondary').pools.get('pool-x')?.spec).toMatchObject({
      max_capacity: 40,
      custom_tags: { 'codeploy-pool': 'acme-lakehouse/instance-pool/etl-pool' },
    });
  });

  it('when a region is unreachable at preflight, unless told to go on without it', async () => {
    const dead = { ...hosts, secondary: `http://127.0.0.1:${await closedPort()}` };
    const report = await runApply(connectProject(exampleFiles(), dead, env));
    expect(report.ok).toBe(false);
    expect(report.reason).toBe('preflight');
    expect(report.message).toMatch(
      /preflight failed, nothing was written anywhere:\n {2}secondary: cannot reach http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED/,
    );
    expect(emulator.writes()).toEqual([]);

    // Told to go on: the reachable region is deployed, but the run is not a success, the region that
    // did not answer is in the report, and the workspaces remember it as pending fence.
    const partial = await runApply(connectProject(exampleFiles(), dead, env, { allowUnreachable: true }));
    expect(partial.ok).toBe(false);
    expect(partial.reason).toBe('partial');
    expect(partial.message).toMatch(/not every region was reached: secondary \(cannot reach/);
    expect(partial.regions.map((r) => `${r.region}:${r.status}`).sort()).toEqual([
      'primary:applied',
      'secondary:unreachable',
    ]);
    expect(census('primary')).toEqual(CLEAN);
    const plan = await runPlan(connectProject(exampleFiles(), hosts, env));
    expect(plan.warnings).toContainEqual(expect.stringMatching(/^secondary is pending fence/));

    // Once it answers, it is dealt with before anything else is written anywhere.
    emulator.requests.length = 0;
    const fenced = await runApply(connectProject(exampleFiles(), hosts, env));
    expect(fenced.message).toBeUndefined();
    // Locks and state records aside (every region takes its lock first), the fenced region goes first.
    const writes = emulator.writes().filter((w) => !JSON.stringify(w.body ?? '').includes('/.codeploy/'));
    expect(writes[0]?.workspace).toBe('secondary');
    const lastSecondary = writes.map((w) => w.workspace).lastIndexOf('secondary');
    expect(writes.slice(0, lastSecondary + 1).every((w) => w.workspace === 'secondary')).toBe(true);
    const after = await runPlan(connectProject(exampleFiles(), hosts, env));
    expect(after.warnings ?? []).toEqual([]);
  });

  it('when two regions answer as one workspace, or a host answers as another workspace than codeploy.yml names', async () => {
    // The primary's workspace under a second name: codeploy.yml's hosts differ, the workspace does not.
    const sameWorkspace = {
      primary: hosts.primary ?? '',
      secondary: (hosts.primary ?? '').replace('127.0.0.1', 'localhost'),
    };
    const twice = await runApply(
      connectProject(exampleFiles(), sameWorkspace, {
        ...env,
        DATABRICKS_TOKEN_SECONDARY: env.DATABRICKS_TOKEN_PRIMARY,
      }),
    );
    expect(twice.reason).toBe('conflict');
    expect(twice.message).toContain(
      `secondary: it is the same workspace as region primary (id ${emulator.workspace('primary').orgId})`,
    );
    expect(emulator.writes()).toEqual([]);

    const files = exampleFiles();
    const declared = {
      ...files,
      'codeploy.yml': (files['codeploy.yml'] ?? '').replace(
        '    host: https://dbc-e5f6a7b8-usw2.cloud.databricks.com\n',
        '    host: https://dbc-e5f6a7b8-usw2.cloud.databricks.com\n    workspace_id: 4242\n',
      ),
    };
    const wrongHost = await runPlan(connectProject(declared, hosts, env));
    expect(wrongHost.reason).toBe('conflict');
    expect(wrongHost.message).toContain(
      `secondary: its host answers as workspace ${emulator.workspace('secondary').orgId}, but codeploy.yml names workspace_id 4242`,
    );
    expect(emulator.writes()).toEqual([]);
  });

  it('when the credentials are refused', async () => {
    const report = await runApply(
      connectProject(exampleFiles(), hosts, { ...env, DATABRICKS_TOKEN_SECONDARY: 'wrong' }),
    );
    expect(report.reason).toBe('preflight');
    expect(report.message).toContain('secondary: GET /api/2.0/preview/scim/v2/Me: 401 UNAUTHENTICATED');
    expect(report.message).not.toContain('wrong');
    expect(emulator.writes()).toEqual([]);
  });

  it('when another apply holds the deploy lock, naming the holder', async () => {
    const other = connectProject(exampleFiles(), hosts, env, { holder: 'release v1.3.0 (run 77)' });
    const ws = other.workspaces.get('secondary');
    const expires = new Date(Date.now() + 60_000).toISOString();
    expect(
      await ws?.acquireLock(
        {
          holder: 'release v1.3.0 (run 77)',
          run_id: 'run-77',
          acquired_at: new Date().toISOString(),
          expires_at: expires,
        },
        Date.now(),
      ),
    ).toMatchObject({ acquired: true });
    const before = emulator.writes().length;
    const report = await runApply(connectProject(exampleFiles(), hosts, env));
    expect(report.reason).toBe('locked');
    expect(report.message).toMatch(
      /^secondary: the deploy lock is held by release v1\.3\.0 \(run 77\) since .* \(0 min ago; its lease runs to .*\); nothing was written\. If that run is dead, wait for the lease or break the lock with codeploy unlock --region secondary$/,
    );
    expect(emulator.writes().slice(before)).toEqual([]);
    expect(census('primary').jobs).toEqual([]);
  });
});

/** A port nothing listens on: connections to it are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
