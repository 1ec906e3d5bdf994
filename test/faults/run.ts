/**
 * The fault and fuzz suite (`npm run test:faults`; `FAULTS_SIZE=small` in CI): every way a deploy's
 * worst day can go, against the emulator, each trial checked for what a user would notice. Prints
 * one row per scenario, and exits non-zero when any trial failed, duplicated or lost an object,
 * crashed, or leaked a secret.
 */
import { spawn } from 'node:child_process';
import { type LiveContext, runApply, runPlan } from '../../src/app/live.ts';
import type { RunReport } from '../../src/core/live/apply.ts';
import { hasChanges } from '../../src/core/plan/plan.ts';
import type { Emulator } from '../../src/emulator/server.ts';
import type { FaultRule } from '../../src/emulator/types.ts';
import { duplicateCount, inventory } from '../support/census.ts';
import { distApplyArgs } from '../support/cli.ts';
import { connectProject, plantExpiredLock, startEmulator } from '../support/connect.ts';
import { killSwitch } from '../support/kill.ts';
import { exampleFiles, ROOT } from '../support/project.ts';
import { canaryLeaks } from './canaries.ts';
import { fuzzInputs } from './fuzz.ts';
import { newRow, type Row } from './row.ts';

const SIZE = process.env.FAULTS_SIZE === 'small' ? 'small' : 'full';

async function withEmulator<T>(
  fn: (set: Awaited<ReturnType<typeof startEmulator>>) => Promise<T>,
): Promise<T> {
  const set = await startEmulator();
  try {
    return await fn(set);
  } finally {
    await set.emulator.stop();
  }
}

/** What a clean deploy of the example leaves in a workspace. */
let clean: string[] = [];

/** After a trial: re-runs until converged (at most 3), then counts what a user would notice. */
async function settle(
  out: Row,
  em: Emulator,
  hosts: Record<string, string>,
  env: Record<string, string>,
  before?: (ctx: LiveContext) => Promise<void>,
): Promise<void> {
  let reruns = 0;
  let ok = false;
  while (!ok && reruns < 3) {
    reruns++;
    const ctx = connectProject(exampleFiles(), hosts, env);
    await before?.(ctx);
    ok = (await runApply(ctx)).ok;
  }
  out.reruns = Math.max(out.reruns, reruns);
  const after = await runPlan(connectProject(exampleFiles(), hosts, env));
  if (!ok || reruns > 1 || after.plans.some((p) => hasChanges(p.summary))) out.failures++;
  out.duplicates += duplicateCount(em);
  for (const region of ['primary', 'secondary']) {
    const have = inventory(em, region);
    out.lost += clean.filter((o) => !have.includes(o)).length;
  }
}

async function breakLocks(ctx: LiveContext): Promise<void> {
  for (const ws of ctx.workspaces.values()) await ws.breakLock('fault suite', new Date().toISOString());
}

/** A run killed (`kill -9`: no handler runs) right after any one of its writes. */
async function killInProcess(): Promise<Row> {
  const out = newRow('kill -9 after write N (in process)');
  const total = await withEmulator(async ({ emulator, hosts, env }) => {
    const probe = connectProject(exampleFiles(), hosts, env);
    const counter = killSwitch();
    for (const r of probe.regions) r.workspace = counter.wrap(r.workspace);
    await runApply(probe);
    clean = inventory(emulator, 'secondary');
    return counter.count();
  });
  const points =
    SIZE === 'full'
      ? Array.from({ length: total - 1 }, (_, i) => i + 1)
      : Array.from({ length: 20 }, (_, i) => 1 + Math.floor((i * (total - 2)) / 19));
  for (const point of points) {
    out.trials++;
    await withEmulator(async ({ emulator, hosts, env }) => {
      const doomed = connectProject(exampleFiles(), hosts, env);
      const kill = killSwitch(point);
      for (const r of doomed.regions) r.workspace = kill.wrap(r.workspace);
      await runApply(doomed).catch(() => undefined);
      await settle(out, emulator, hosts, env, breakLocks);
    });
  }
  return out;
}

/** The real thing: the CLI in a child process, SIGKILLed once the emulator has seen N writes. */
async function killChildProcess(): Promise<Row> {
  const out = newRow('SIGKILL of the CLI process');
  const points = SIZE === 'full' ? [3, 8, 15, 25, 40, 60, 80, 100] : [5, 30, 70];
  for (const point of points) {
    out.trials++;
    await withEmulator(async ({ emulator, hosts, env }) => {
      const child = spawn(process.execPath, distApplyArgs(hosts), {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', ...env },
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      for (let i = 0; i < 2000 && emulator.writes().length < point && child.exitCode === null; i++)
        await new Promise((r) => setTimeout(r, 5));
      child.kill('SIGKILL');
      await exited;
      await settle(out, emulator, hosts, env, breakLocks);
    });
  }
  return out;
}

function wrote(report: RunReport): boolean {
  return report.regions.some((r) => r.outcomes.some((o) => o.written));
}

/** Two applies started together, with and without a dead run's expired lock in the way. */
async function twoAtOnce(): Promise<Row> {
  const out = newRow('two applies at once (half with an expired lock)');
  const trials = SIZE === 'full' ? 60 : 8;
  for (let t = 0; t < trials; t++) {
    out.trials++;
    await withEmulator(async ({ emulator, hosts, env }) => {
      if (t % 2 === 1) await plantExpiredLock(connectProject(exampleFiles(), hosts, env));
      const [a, b] = await Promise.all(
        ['run A', 'run B'].map((holder) => runApply(connectProject(exampleFiles(), hosts, env, { holder }))),
      );
      const losers = [a, b].filter((r) => r && !r.ok);
      // Never both writing; whoever lost was told who holds the lock.
      if (a && b && wrote(a) && wrote(b)) out.failures++;
      else if (losers.some((r) => r?.reason !== 'locked')) out.failures++;
      out.duplicates += duplicateCount(emulator);
      for (const region of ['primary', 'secondary'])
        out.lost += clean.filter((o) => !inventory(emulator, region).includes(o)).length;
    });
  }
  return out;
}

/** Every fault the emulator injects, on every kind's create, and on state and permission writes. */
async function emulatorFaults(): Promise<Row> {
  const out = newRow('emulator faults (5xx, 429, dropped, before/after acting)');
  const paths = [
    '/jobs/create',
    '/clusters/create',
    '/instance-pools/create',
    '/policies/clusters/create',
    '/api/2.0/pipelines',
    '/api/2.0/sql/warehouses',
    '/workspace/import',
    '/workspace/mkdirs',
    '/secrets/scopes/create',
    '/secrets/put',
    '/global-init-scripts',
    '/api/2.0/permissions/',
  ];
  const kinds: Array<Omit<FaultRule, 'path' | 'times'>> = [
    { kind: 'status', status: 503 },
    { kind: 'status', status: 503, after: true },
    { kind: 'drop' },
    { kind: 'drop', after: true },
    { kind: 'status', status: 429, retryAfterSeconds: 0 },
    { kind: 'status', status: 500, errorCode: 'INTERNAL_ERROR', after: true },
  ];
  const combos = paths.flatMap((path) => kinds.map((k) => ({ ...k, path })));
  const chosen = SIZE === 'full' ? combos : combos.filter((_, i) => i % 6 === Math.floor(i / 6) % 6);
  for (const fault of chosen) {
    out.trials++;
    await withEmulator(async ({ emulator, hosts, env }) => {
      emulator.faults = [
        { method: fault.path.includes('/permissions/') ? 'PUT' : 'POST', times: 12, ...fault },
      ];
      // An apply ends with a report, whatever the workspace does: a throw is a crash.
      await runApply(connectProject(exampleFiles(), hosts, env)).catch((err) => {
        out.crashes++;
        console.error(
          `${JSON.stringify(fault)}: the apply threw: ${err instanceof Error ? err.stack : String(err)}`,
        );
      });
      emulator.faults = [];
      await settle(out, emulator, hosts, env);
    });
  }
  return out;
}

async function main(): Promise<void> {
  const started = Date.now();
  const rows: Row[] = [];
  rows.push(await killInProcess());
  rows.push(await killChildProcess());
  rows.push(await twoAtOnce());
  rows.push(await emulatorFaults());
  rows.push(fuzzInputs(SIZE === 'full' ? 3000 : 300));
  rows.push(await canaryLeaks());
  print(rows);
  console.log(`\n${SIZE} size, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const bad = rows.some((r) => r.failures + r.duplicates + r.lost + r.crashes + r.leaks > 0);
  if (bad) {
    console.error('✗ the fault suite found problems (see the table)');
    process.exitCode = 1;
  } else console.log('✓ every trial converged, with no duplicate, loss, crash or leak');
}

function print(rows: Row[]): void {
  const head = [
    'scenario',
    'trials',
    'failures',
    'duplicates',
    'objects lost',
    're-runs',
    'crashes',
    'leaks',
  ];
  const cells = rows.map((r) => [
    r.scenario,
    ...[r.trials, r.failures, r.duplicates, r.lost, r.reruns, r.crashes, r.leaks].map(String),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) =>
    c.map((x, i) => (i === 0 ? x.padEnd(widths[i] ?? 0) : x.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

await main().catch((err) => {
  console.error(`✗ the fault suite itself failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
