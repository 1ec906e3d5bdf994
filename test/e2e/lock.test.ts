import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runApply } from '../../src/app/live.ts';
import type { RunReport } from '../../src/core/live/apply.ts';
import type { Emulator } from '../../src/emulator/server.ts';
import type { LockInfo } from '../../src/ports/workspace.ts';
import { cli, distApplyArgs } from '../support/cli.ts';
import { plantExpiredLock } from '../support/connect.ts';
import { connectProject, emulatorPerTest, startEmulator } from '../support/live.ts';
import { EXAMPLE, exampleFiles, ROOT } from '../support/project.ts';

/** The deploy lock: one writer per region, always; a dead holder's lock lapses or is broken. */
const setUp = emulatorPerTest();

const LOCK_PATH = '/Shared/.codeploy/acme-lakehouse/deploy.lock';

function lockIn(em: Emulator, region: string): LockInfo | undefined {
  const o = em.workspace(region).objects.get(LOCK_PATH);
  return o ? (JSON.parse(Buffer.from(o.content ?? '', 'base64').toString('utf8')) as LockInfo) : undefined;
}

/** Objects of the example in a workspace: more than one of a name is a duplicate. */
function duplicates(em: Emulator): number {
  let extra = 0;
  for (const ws of em.workspaces.values()) {
    const names = [
      ...[...ws.jobs.values()].map((j) => `job ${String(j.settings.name)}`),
      ...[...ws.clusters.values()].map((c) => `cluster ${String(c.spec.cluster_name)}`),
      ...[...ws.initScripts.values()].map((s) => `script ${s.name}`),
    ];
    extra += names.length - new Set(names).size;
  }
  return extra;
}

function wrote(report: RunReport): boolean {
  return report.regions.some((r) => r.outcomes.some((o) => o.written));
}

describe('two applies started together', () => {
  for (const expiredLockPresent of [false, true]) {
    it(`never both write, in 30 trials${expiredLockPresent ? ', with an expired lock present' : ''}`, async () => {
      let bothWrote = 0;
      let dup = 0;
      for (let trial = 0; trial < 30; trial++) {
        const { emulator: em, hosts, env } = await startEmulator();
        try {
          if (expiredLockPresent) await plantExpiredLock(connectProject(exampleFiles(), hosts, env));
          const [a, b] = await Promise.all(
            ['run A', 'run B'].map((holder) =>
              runApply(connectProject(exampleFiles(), hosts, env, { holder })),
            ),
          );
          if (a && b && wrote(a) && wrote(b)) bothWrote++;
          dup += duplicates(em);
          // Whoever wrote, the loser was told who holds the lock (or found nothing left to do).
          for (const r of [a, b]) if (r && !r.ok) expect(r.reason).toBe('locked');
          expect(lockIn(em, 'primary')).toBeUndefined();
        } finally {
          await em.stop();
        }
      }
      expect({ bothWrote, dup }).toEqual({ bothWrote: 0, dup: 0 });
    }, 120_000);
  }
});

describe('the lease', () => {
  it('is renewed while a long apply runs, so a second run cannot take the lock over midway', async () => {
    const { emulator: em, hosts, env } = await setUp({ transitionMs: 500 });
    const first = connectProject(exampleFiles(), hosts, env, { holder: 'long run' });
    first.options.lockLeaseMs = 300;
    const running = runApply(first);
    await new Promise((r) => setTimeout(r, 700)); // more than two leases in
    const second = connectProject(exampleFiles(), hosts, env, { holder: 'second run' });
    second.options.lockLeaseMs = 300;
    const blocked = await runApply(second);
    expect(blocked.reason).toBe('locked');
    expect(blocked.message).toContain('held by long run');
    const done = await running;
    expect(done.message).toBeUndefined();
    expect(duplicates(em)).toBe(0);
  });

  it('a run whose lock was broken stops writing, says so, and does not remove the new holder', async () => {
    const { emulator: em, hosts, env } = await setUp({ transitionMs: 1500 });
    const victim = connectProject(exampleFiles(), hosts, env, { holder: 'victim' });
    victim.options.lockLeaseMs = 300;
    const running = runApply(victim);
    // Once the victim holds the standby's lock, someone breaks it and another run takes it.
    for (let i = 0; i < 200 && lockIn(em, 'secondary')?.holder !== 'victim'; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(lockIn(em, 'secondary')?.holder).toBe('victim');
    // Another run takes the lock (as after a takeover of a lease that lapsed): written over the victim's.
    const newcomer = { ...lockIn(em, 'secondary'), holder: 'newcomer', run_id: 'newcomer' };
    const file = em.workspace('secondary').objects.get(LOCK_PATH);
    if (file) file.content = Buffer.from(JSON.stringify(newcomer)).toString('base64');
    const report = await running;
    expect(report.ok).toBe(false);
    expect(report.message).toMatch(
      /secondary: stopped before writing: the deploy lock is now held by newcomer/,
    );
    expect(report.warnings).toContainEqual(
      expect.stringMatching(/^secondary: the deploy lock was no longer this run's/),
    );
    expect(lockIn(em, 'secondary')?.holder).toBe('newcomer');
  }, 30_000);
});

describe('releasing', () => {
  it('a lock that cannot be released is reported, not hidden', async () => {
    const { emulator: em, hosts, env } = await setUp();
    em.faults = [
      {
        method: 'POST',
        path: '/workspace/delete',
        times: 99,
        kind: 'status',
        status: 403,
        errorCode: 'PERMISSION_DENIED',
      },
    ];
    const report = await runApply(connectProject(exampleFiles(), hosts, env));
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /^primary: the deploy lock could not be released .*codeploy unlock --region primary$/,
      ),
      expect.stringMatching(/^secondary: the deploy lock could not be released/),
    ]);
  });

  it("codeploy unlock breaks a dead run's lock and records who broke it", async () => {
    const { emulator: em, hosts, env } = await setUp();
    const ws = connectProject(exampleFiles(), hosts, env).workspaces.get('primary');
    await ws?.acquireLock(
      {
        holder: 'a run that died',
        run_id: 'dead',
        acquired_at: new Date().toISOString(),
        expires_at: new Date(Date.now() + 600_000).toISOString(),
      },
      Date.now(),
    );
    const hostArgs = ['--host', `primary=${hosts.primary}`, '--host', `secondary=${hosts.secondary}`];
    const r = await cli(['unlock', '--region', 'primary', '--config', 'codeploy.yml', ...hostArgs], EXAMPLE, {
      ...env,
      USER: 'ops-oncall',
    });
    const code = r.code;
    const out = [r.stdout, r.stderr];
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(
      /primary: broke the deploy lock of a run that died .*recorded as broken by codeploy CLI \(ops-oncall/,
    );
    expect(lockIn(em, 'primary')).toBeUndefined();
    const record = em.workspace('primary').objects.get('/Shared/.codeploy/acme-lakehouse/lock-broken.json');
    expect(JSON.parse(Buffer.from(record?.content ?? '', 'base64').toString('utf8'))).toMatchObject({
      broken_by: expect.stringContaining('ops-oncall'),
      lock: { holder: 'a run that died', run_id: 'dead' },
    });
  });
});

describe('a run cancelled the way the runner cancels it', () => {
  it('stops starting writes, releases its locks, exits non-zero in time, and the next run converges', async () => {
    const { emulator: em, hosts, env } = await setUp({ transitionMs: 1500 });
    const child = spawn(process.execPath, distApplyArgs(hosts), {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    // Once the apply is under way (a lock is held), the runner cancels.
    for (let i = 0; i < 500 && !lockIn(em, 'secondary'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(lockIn(em, 'secondary')).toBeDefined();
    const signalledAt = Date.now();
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(Date.now() - signalledAt).toBeLessThan(7500);
    expect(code).toBe(1);
    expect(stderr).toContain('cancelling: no new write starts');
    expect(stderr).toMatch(/the run was cancelled before it completed/);
    expect(lockIn(em, 'primary')).toBeUndefined();
    expect(lockIn(em, 'secondary')).toBeUndefined();

    // The next run converges from where the cancelled one stopped: nothing twice.
    const again = await runApply(connectProject(exampleFiles(), hosts, env));
    expect(again.message).toBeUndefined();
    expect(duplicates(em)).toBe(0);
    expect(em.workspace('secondary').jobs.size).toBe(4);
  }, 60_000);
});
