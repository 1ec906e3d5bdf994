import { describe, expect, it } from 'vitest';
import { type LiveContext, runApply, runPlan } from '../../src/app/live.ts';
import { hasChanges } from '../../src/core/plan/plan.ts';
import { duplicateCount, inventory } from '../support/census.ts';
import { killSwitch } from '../support/kill.ts';
import { connectProject, emulatorPerTest } from '../support/live.ts';
import { exampleFiles } from '../support/project.ts';

/** A deploy killed at any point (kill -9: no handler runs) converges in one re-run. */
const setUp = emulatorPerTest();

function killedAfter(ctx: LiveContext, ...when: Parameters<typeof killSwitch>) {
  const kill = killSwitch(...when);
  for (const r of ctx.regions) r.workspace = kill.wrap(r.workspace);
  return kill;
}

async function breakLocks(ctx: LiveContext) {
  for (const ws of ctx.workspaces.values()) await ws.breakLock('vitest', new Date().toISOString());
}

describe('a deploy killed after any write', () => {
  it('converges in one re-run once its lock is broken: no duplicate, no clash, nothing left to change', async () => {
    // How many writes a whole apply makes, to spread the kill points over it.
    const counting = await setUp();
    const probe = connectProject(exampleFiles(), counting.hosts, counting.env, { concurrency: 1 });
    const counter = killedAfter(probe, Number.POSITIVE_INFINITY);
    expect((await runApply(probe)).ok).toBe(true);
    const total = counter.count();
    const clean = inventory(counting.emulator, 'secondary');
    expect(total).toBeGreaterThan(40);

    for (const point of [2, 3, Math.floor(total / 3), Math.floor(total / 2), total - 3]) {
      const { emulator, hosts, env } = await setUp();
      const doomed = connectProject(exampleFiles(), hosts, env, { concurrency: 1 });
      const kill = killedAfter(doomed, point);
      const dead = await runApply(doomed);
      expect(kill.killed(), `kill point ${point}`).toBe(true);
      expect(dead.ok).toBe(false);

      const rerun = connectProject(exampleFiles(), hosts, env);
      await breakLocks(rerun);
      const again = await runApply(rerun);
      expect(again.message, `re-run after a kill at write ${point}`).toBeUndefined();
      expect(duplicateCount(emulator)).toBe(0);
      expect(inventory(emulator, 'secondary')).toEqual(clean);
      const after = await runPlan(connectProject(exampleFiles(), hosts, env));
      expect(after.plans.filter((p) => hasChanges(p.summary)).map((p) => p.region)).toEqual([]);
      await emulator.stop();
    }
  }, 120_000);
});

/** Calls a workspace's REST API as a person would, with its token. */
async function byHand(host: string, token: string, path: string, body: Record<string, unknown>) {
  const r = await fetch(`${host}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(r.status).toBe(200);
}

describe('an object codeploy created, deleted and created again by hand', () => {
  it('is not codeploy’s: the plan says so, an apply refuses, and adopt takes it back', async () => {
    const { emulator, hosts, env } = await setUp();
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
    const token = emulator.workspace('secondary').token;
    const path = '/Shared/etl/ingest';
    await byHand(hosts.secondary as string, token, '/api/2.0/workspace/delete', { path });
    await byHand(hosts.secondary as string, token, '/api/2.0/workspace/import', {
      path,
      format: 'SOURCE',
      language: 'PYTHON',
      content: Buffer.from('print("mine now")').toString('base64'),
    });

    const plan = await runPlan(connectProject(exampleFiles(), hosts, env));
    const problem = plan.problems.find((p) => p.key === 'notebook/ingest');
    expect(problem?.region).toBe('secondary');
    expect(problem?.message).toMatch(/was deleted and created again by someone else/);
    const refused = await runApply(connectProject(exampleFiles(), hosts, env));
    expect(refused.reason).toBe('conflict');
    expect(refused.regions.every((r) => r.outcomes.length === 0)).toBe(true);

    const adopted = await runApply(connectProject(exampleFiles(), hosts, env, { adopt: true }));
    expect(adopted.message).toBeUndefined();
    const after = await runPlan(connectProject(exampleFiles(), hosts, env));
    expect(after.problems).toEqual([]);
    expect(after.plans.every((p) => !hasChanges(p.summary))).toBe(true);
  });
});

describe('an object an interrupted apply created and that is no longer defined', () => {
  it('is recorded by the next run, and pruned once prune is on', async () => {
    const { emulator, hosts, env } = await setUp();
    const doomed = connectProject(exampleFiles(), hosts, env, { concurrency: 1 });
    const kill = killedAfter(
      doomed,
      Number.POSITIVE_INFINITY,
      (call, args) => call === 'create' && (args[0] as { kind?: string }).kind === 'cluster-policy',
    );
    await runApply(doomed);
    expect(kill.killed()).toBe(true);
    const policies = () => inventory(emulator, 'primary').filter((o) => o.startsWith('policy '));
    expect(policies()).toEqual(['policy etl-policy']);

    // The policy's definition (and the cluster's use of it) is removed meanwhile.
    const files = exampleFiles();
    const compute = files['definitions/compute.yml'] ?? '';
    files['definitions/compute.yml'] = compute
      .slice(compute.indexOf('---\n') + 4)
      .replace(/^ {2}policy_id: .*\n/m, '');
    const rerun = connectProject(files, hosts, env, { prune: false });
    await breakLocks(rerun);
    const kept = await runApply(rerun);
    expect(kept.message).toBeUndefined();
    expect(kept.plans[0]?.notes?.join('\n')).toMatch(/cluster-policy\/etl-policy .*interrupted/);
    expect(policies()).toEqual(['policy etl-policy']);

    const pruned = await runApply(connectProject(files, hosts, env, { prune: true }));
    expect(pruned.message).toBeUndefined();
    expect(policies()).toEqual([]);
  });
});
