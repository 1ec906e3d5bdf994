import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runApply, runPlan } from '../../src/app/live.ts';
import type { Emulator } from '../../src/emulator/server.ts';
import { withOverride } from '../support/connect.ts';
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
    const step = async <T>(name: string, reachable: readonly string[], fn: () => Promise<T>): Promise<T> => {
      const started = Date.now();
      const result = await fn();
      durations.push(`${name}: ${Date.now() - started} ms`);
      for (const [job, regions] of runnersOf(emulator, reachable))
        if (!RUN_EVERYWHERE.has(job))
          expect(regions, `${name}: ${job} can run in ${regions.join(' and ')}`).toHaveLength(1);
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
      runPlan(connectProject(files, down, env, { allowUnreachable: true })),
    );
    expect(verify.warnings?.join('\n')).toMatch(/primary is pending fence/);

    // The primary answers again: the first run fences it, then nothing runs twice anywhere.
    const fence = await step('primary back: fenced first', both, () =>
      runApply(connectProject(files, hosts, env)),
    );
    expect(fence.message).toBeUndefined();
    expect((await runPlan(connectProject(files, hosts, env))).warnings?.join('\n') ?? '').not.toMatch(
      /pending fence/,
    );

    const agreed = await step('the config pull request', both, () =>
      runApply(connectProject(failedOver, hosts, env)),
    );
    expect(agreed.warnings ?? []).toEqual([]);

    const failback = await step('failback', both, () => runApply(connectProject(files, hosts, env)));
    expect(failback.ok).toBe(true);
    expect(runnersOf(emulator, both).get('nightly-etl')).toEqual(['primary']);
    console.log(`failover drill:\n  ${durations.join('\n  ')}`);
  }, 60_000);
});
