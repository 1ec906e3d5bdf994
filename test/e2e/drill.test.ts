import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runApply, runPlan, runVerify } from '../../src/app/live.ts';
import { KINDS } from '../../src/core/kinds/index.ts';
import type { Emulator } from '../../src/emulator/server.ts';
import { byHand, withOverride } from '../support/connect.ts';
import { connectProject, emulatorPerTest } from '../support/live.ts';
import { exampleFiles } from '../support/project.ts';

/**
 * The failover drill: the day of the outage, step by step, on the emulator. After every step, no job
 * that is not `passive: run` can run in two reachable regions at once, and each step's duration is
 * printed.
 */
const setUp = emulatorPerTest();

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Regions where a job may start: a concurrency above 0 (a schedule or a click starts it). */
function runnersOf(em: Emulator, regions: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const region of regions)
    for (const job of em.workspace(region).jobs.values()) {
      const name = String(job.settings.name);
      if (Number(job.settings.max_concurrent_runs ?? 1) > 0)
        out.set(name, [...(out.get(name) ?? []), region]);
    }
  return out;
}

/** Every passive invariant's name (concurrency 0, clusters terminated, …), from the kinds' files. */
const INVARIANTS = new Set(
  Object.values(KINDS).flatMap((k) => (k.passiveInvariants ?? []).map((i) => i.name)),
);

/** Jobs of the example that run in every region by design (`passive: run`). */
const RUN_EVERYWHERE = new Set(['freshness-probe']);

describe('the failover drill', () => {
  it('deploy, outage, emergency failover, routine release, verify, fence, config PR, failback', async () => {
    const { emulator, hosts, env } = await setUp();
    const down = { ...hosts, primary: `http://127.0.0.1:${await closedPort()}` };
    const files = exampleFiles();
    const failedOver = {
      ...files,
      'codeploy.yml': (files['codeploy.yml'] ?? '').replace('active: primary', 'active: secondary'),
    };
    const durations: string[] = [];
    const step = async <T>(
      name: string,
      reachable: readonly string[],
      fn: () => Promise<T>,
      config = files,
    ): Promise<T> => {
      const started = Date.now();
      const result = await fn();
      durations.push(`${name}: ${Date.now() - started} ms`);
      for (const [job, regions] of runnersOf(emulator, reachable))
        if (!RUN_EVERYWHERE.has(job))
          expect(regions, `${name}: ${job} can run in ${regions.join(' and ')}`).toHaveLength(1);
      // And every passive invariant holds in every region that answers, as verify checks them.
      const seen = reachable.length === 2 ? hosts : down;
      const readiness = await runVerify(connectProject(config, seen, env));
      const broken = readiness.regions
        .filter((r) => reachable.includes(r.region))
        .flatMap((r) =>
          r.checks.filter((c) => INVARIANTS.has(c.name) && !c.ok).map((c) => `${r.region}: ${c.name}`),
        );
      expect(broken, `${name}: passive invariants broken`).toEqual([]);
      return result;
    };
    const both = ['primary', 'secondary'];

    await step('deploy', both, async () => {
      expect((await runApply(connectProject(files, hosts, env))).ok).toBe(true);
    });
    const failover = await step('emergency failover, primary down', ['secondary'], () =>
      runApply(withOverride(connectProject(files, down, env, { allowUnreachable: true }), 'secondary')),
    );
    expect(failover.reason).toBe('partial');
    expect(failover.message).toMatch(/not every region was reached: primary/);

    const routine = await step('routine release from the unchanged config', ['secondary'], () =>
      runApply(connectProject(files, down, env, { allowUnreachable: true, release: 'v1.1.0' })),
    );
    expect(routine.warnings?.join('\n')).toMatch(/The failover stands/);
    expect(routine.warnings?.join('\n')).toMatch(/primary is pending fence/);

    const verify = await step('scheduled verify, primary still down', ['secondary'], () =>
      runVerify(connectProject(files, down, env)),
    );
    expect(verify.report.warnings?.join('\n')).toMatch(/primary is pending fence/);
    expect(verify.ready).toBe(false);
    expect(verify.reasons).toContainEqual(expect.stringMatching(/^primary: reachable: it did not answer/));

    // During the outage someone makes a job by hand in the secondary.
    await byHand(
      hosts.secondary ?? '',
      env.DATABRICKS_TOKEN_SECONDARY ?? '',
      'POST',
      '/api/2.2/jobs/create',
      {
        name: 'outage-hotfix',
        tasks: [{ task_key: 'fix', notebook_task: { notebook_path: '/Shared/etl/ingest' } }],
      },
    );

    // The primary answers again: the first run fences it, then nothing runs twice anywhere.
    const fence = await step('primary back: fenced first', both, () =>
      runApply(connectProject(files, hosts, env)),
    );
    expect(fence.message).toBeUndefined();
    expect((await runPlan(connectProject(files, hosts, env))).warnings?.join('\n') ?? '').not.toMatch(
      /pending fence/,
    );

    const agreed = await step(
      'the config pull request',
      both,
      () => runApply(connectProject(failedOver, hosts, env)),
      failedOver,
    );
    expect(agreed.warnings ?? []).toEqual([]);

    // The failback's plan names what the secondary holds that codeploy does not manage.
    const failbackPlan = await runPlan(connectProject(files, hosts, env));
    const notes = failbackPlan.plans.find((p) => p.region === 'secondary')?.notes ?? [];
    expect(notes.join('\n')).toMatch(
      /secondary stands down, and holds 1 object\(s\) codeploy does not manage: job "outage-hotfix"/,
    );

    const failback = await step('failback', both, () => runApply(connectProject(files, hosts, env)));
    expect(failback.ok).toBe(true);
    expect(runnersOf(emulator, both).get('nightly-etl')).toEqual(['primary']);
    console.log(`failover drill:\n  ${durations.join('\n  ')}`);
  }, 60_000);
});
