import { describe, expect, it } from 'vitest';
import { runApply, runVerify } from '../../src/app/live.ts';
import { DEFAULT_PASSIVE_POLICY } from '../../src/core/model/config.ts';
import { standDownProblems } from '../../src/core/verify/passive-check.ts';
import type { Readiness } from '../../src/core/verify/readiness.ts';
import type { Emulator } from '../../src/emulator/server.ts';
import { byHand, withOverride } from '../support/connect.ts';
import { connectProject, emulatorPerTest } from '../support/live.ts';
import { exampleFiles } from '../support/project.ts';

/**
 * `verify` is a DR readiness report: it fails on each defect a failover would trip over, names the
 * check, and passes again once a deploy repaired it.
 */
const setUp = emulatorPerTest();

function jobId(em: Emulator, region: string, name: string): number {
  const found = [...em.workspace(region).jobs.entries()].find(([, j]) => j.settings.name === name);
  if (!found) throw new Error(`no job ${name} in ${region}`);
  return Number(found[0]);
}

/** The failed checks, as `region: check`. */
function failed(r: Readiness): string[] {
  return r.regions.flatMap((x) => x.checks.filter((c) => !c.ok).map((c) => `${x.region}: ${c.name}`));
}

interface Defect {
  name: string;
  /** Makes the defect in the secondary (standby) workspace, by hand. */
  seed(em: Emulator, host: string, token: string): Promise<unknown>;
  /** The checks that must fail. */
  fails: string[];
}

const DEFECTS: Defect[] = [
  {
    name: 'drift (a job edited by hand)',
    seed: (em, host, token) =>
      byHand(host, token, 'POST', '/api/2.2/jobs/update', {
        job_id: jobId(em, 'secondary', 'weekly-report'),
        new_settings: { timeout_seconds: 999 },
      }),
    fails: ['secondary: matches the release'],
  },
  {
    name: 'a missing object (a job deleted by hand)',
    seed: (em, host, token) =>
      byHand(host, token, 'POST', '/api/2.2/jobs/delete', {
        job_id: jobId(em, 'secondary', 'weekly-report'),
      }),
    fails: ['secondary: no missing objects'],
  },
  {
    name: 'an unpaused schedule in the passive region',
    seed: (em, host, token) =>
      byHand(host, token, 'POST', '/api/2.2/jobs/update', {
        job_id: jobId(em, 'secondary', 'nightly-etl'),
        new_settings: {
          schedule: { quartz_cron_expression: '0 0 2 * * ?', timezone_id: 'UTC', pause_status: 'UNPAUSED' },
        },
      }),
    fails: ['secondary: matches the release', 'secondary: no unpaused schedule'],
  },
  {
    name: 'an alert unpaused by hand in the passive region',
    seed: (em, host, token) => {
      const alert = [...em.workspace('secondary').alerts.values()][0];
      return byHand(host, token, 'PATCH', `/api/2.0/alerts/${String(alert?.id)}?update_mask=schedule`, {
        schedule: { quartz_cron_schedule: '0 0/15 * * * ?', timezone_id: 'UTC', pause_status: 'UNPAUSED' },
      });
    },
    fails: ['secondary: matches the release', 'secondary: alert schedules paused'],
  },
  {
    name: 'a dashboard schedule unpaused by hand in the passive region',
    seed: async (em, host, token) => {
      const board = [...em.workspace('secondary').dashboards.values()][0];
      const id = String(board?.dashboard_id);
      const schedule = [...(em.workspace('secondary').dashboardSchedules.get(id)?.values() ?? [])][0];
      await fetch(`${host}/api/2.0/lakeview/dashboards/${id}/schedules/${String(schedule?.schedule_id)}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ...schedule, pause_status: 'UNPAUSED' }),
      });
    },
    fails: ['secondary: matches the release', 'secondary: dashboard schedules paused'],
  },
  {
    name: "a leaked endpoint (the primary's bucket in the standby)",
    seed: (em, host, token) =>
      byHand(host, token, 'POST', '/api/2.2/jobs/update', {
        job_id: jobId(em, 'secondary', 'nightly-etl'),
        new_settings: { parameters: [{ name: 'landing_root', default: 's3://acme-landing-use1/events/' }] },
      }),
    fails: ['secondary: matches the release', 'secondary: no region leak'],
  },
  {
    name: 'an unpinned terminated cluster',
    seed: (em, host, token) =>
      byHand(host, token, 'POST', '/api/2.1/clusters/unpin', {
        cluster_id: [...em.workspace('secondary').clusters.keys()][0],
      }),
    fails: ['secondary: matches the release', 'secondary: clusters pinned'],
  },
  {
    name: 'a run permission granted by hand on a standby job',
    seed: (em, host, token) =>
      byHand(host, token, 'PATCH', `/api/2.0/permissions/jobs/${jobId(em, 'secondary', 'weekly-report')}`, {
        access_control_list: [{ group_name: 'users', permission_level: 'CAN_MANAGE_RUN' }],
      }),
    // The definition sets the job's grants, so a grant made by hand is drift as well.
    fails: ['secondary: matches the release', 'secondary: no run-granting permission'],
  },
];

describe('verify, the DR readiness report', () => {
  for (const defect of DEFECTS)
    it(`fails on ${defect.name}, naming the check, and passes after a deploy`, async () => {
      const { emulator, hosts, env } = await setUp();
      const connect = () => connectProject(exampleFiles(), hosts, env);
      expect((await runApply(connect())).ok).toBe(true);
      const before = await runVerify(connect());
      expect(failed(before)).toEqual([]);
      expect(before.ready).toBe(true);

      await defect.seed(emulator, hosts.secondary ?? '', env.DATABRICKS_TOKEN_SECONDARY ?? '');
      const seeded = await runVerify(connect());
      expect(seeded.ready).toBe(false);
      expect(failed(seeded)).toEqual(defect.fails);
      expect(seeded.reasons.length).toBeGreaterThan(0);

      const repaired = await runApply(connect());
      expect(repaired.message).toBeUndefined();
      const after = await runVerify(connect());
      expect(failed(after)).toEqual([]);
    });

  it('is not ready while a region is pending fence, and fences it first once it answers', async () => {
    const { hosts, env } = await setUp();
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
    const down = { ...hosts, primary: 'http://127.0.0.1:9' };
    const failover = await runApply(
      withOverride(connectProject(exampleFiles(), down, env, { allowUnreachable: true }), 'secondary'),
    );
    expect(failover.reason).toBe('partial');

    const whileDown = await runVerify(connectProject(exampleFiles(), down, env));
    expect(failed(whileDown)).toEqual(['primary: reachable']);
    expect(whileDown.pending_fence).toEqual(['primary']);

    // The primary answers again, but no apply has fenced it yet: it still runs the jobs.
    const back = await runVerify(connectProject(exampleFiles(), hosts, env));
    expect(back.active).toBe('secondary');
    expect(failed(back)).toContain('primary: not pending fence');
    expect(failed(back)).toContain('primary: concurrency 0');

    // The scheduled verify fences it first (the primary alone, under its lock), then checks.
    const fenced = await runVerify(connectProject(exampleFiles(), hosts, env), { fence: true });
    expect(fenced.fence?.ok).toBe(true);
    expect(fenced.fence?.steps?.map((s) => s.step)).toEqual([
      'stand down primary',
      'check primary is passive',
    ]);
    expect(failed(fenced)).toEqual([]);
    expect(fenced.pending_fence).toEqual([]);
    expect(fenced.regions.map((r) => `${r.region}:${r.role}`)).toEqual([
      'primary:passive',
      'secondary:active',
    ]);
    // The secondary's record still lists the fence (only the primary was written); it counts for nothing.
    const again = connectProject(exampleFiles(), hosts, env);
    expect((await again.workspaces.get('secondary')?.readState())?.roles?.pending_fence).toEqual(['primary']);
    expect((await runVerify(again)).ready).toBe(true);
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
  });

  it('checks a region that stands down before another is promoted: what lets work happen blocks, the rest is said', async () => {
    const { hosts, env } = await setUp();
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
    // The primary, still active in the workspace, seen with the eyes of a failover to the secondary.
    const files = exampleFiles();
    const failedOver = {
      ...files,
      'codeploy.yml': (files['codeploy.yml'] ?? '').replace('active: primary', 'active: secondary'),
    };
    const ctx = connectProject(failedOver, hosts, env);
    const primary = ctx.regions.find((r) => r.input.region === 'primary');
    if (!primary) throw new Error('no primary');
    const found = await standDownProblems(
      primary.workspace,
      primary.input,
      'acme-lakehouse',
      DEFAULT_PASSIVE_POLICY,
      { concurrency: 4 },
    );
    expect(found.blocking).toEqual(
      expect.arrayContaining([
        'concurrency 0: job "nightly-etl": max_concurrent_runs is 1',
        expect.stringMatching(/^clusters terminated: cluster "shared-etl": it is RUNNING/),
        expect.stringMatching(/^no continuous pipeline: pipeline "\S+": it is continuous/),
      ]),
    );
    expect(found.other).toEqual(
      expect.arrayContaining([
        'no unpaused schedule: job "nightly-etl": its schedule is not paused',
        expect.stringMatching(/^no run-granting permission: job "nightly-etl": it grants /),
      ]),
    );

    // Once the failover stood it down, nothing is left.
    const failover = await runApply(connectProject(failedOver, hosts, env));
    expect(failover.ok).toBe(true);
    expect(failover.steps?.map((x) => x.step)).toEqual([
      'stand down primary',
      'check primary is passive',
      'apply secondary',
    ]);
    const after = await standDownProblems(
      primary.workspace,
      primary.input,
      'acme-lakehouse',
      DEFAULT_PASSIVE_POLICY,
      { concurrency: 4 },
    );
    expect(after).toEqual({ blocking: [], other: [] });
  });
});
