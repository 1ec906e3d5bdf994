import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/server.ts';
import { cli } from '../support/cli.ts';
import { startEmulator } from '../support/live.ts';
import { ROOT } from '../support/project.ts';

/** The CLI's live commands: every option their messages name exists, and bad values are refused. */
let emulator: Emulator;
let hosts: Record<string, string>;
let env: Record<string, string>;

beforeAll(async () => {
  ({ emulator, hosts, env } = await startEmulator());
});
afterAll(() => emulator.stop());

async function run(args: string[]) {
  const hostArgs = ['--host', `primary=${hosts.primary}`, '--host', `secondary=${hosts.secondary}`];
  const r = await cli([...args, '--config', 'examples/live-config/codeploy.yml', ...hostArgs], ROOT, env);
  return { code: r.code, out: r.stdout + r.stderr };
}

describe('live commands refuse what they cannot honour, before reading any workspace', () => {
  it('an unknown --format, a --host for a region the config lacks, an empty --release', async () => {
    emulator.requests.length = 0;
    expect(await run(['plan', '--format', 'yaml'])).toMatchObject({
      code: 2,
      out: expect.stringContaining('--format must be text, json or markdown, not "yaml"'),
    });
    expect(await run(['apply', '--yes', '--format', 'html'])).toMatchObject({ code: 2 });
    expect(await run(['plan', '--host', 'tertiary=http://127.0.0.1:9'])).toMatchObject({
      code: 2,
      out: expect.stringContaining('--host: "tertiary" is not a region of'),
    });
    expect(await run(['apply', '--yes', '--release', ''])).toMatchObject({
      code: 2,
      out: expect.stringContaining('--release needs a value'),
    });
    expect(emulator.requests).toEqual([]);
  });

  it('--allow-downgrade, which the downgrade refusal names, rolls back on purpose', async () => {
    expect((await run(['apply', '--yes', '--release', 'v1.1.0'])).code).toBe(0);
    const refused = await run(['apply', '--yes', '--release', 'v1.0.0']);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('set allow-downgrade (--allow-downgrade) to roll back on purpose');
    const rolledBack = await run(['apply', '--yes', '--release', 'v1.0.0', '--allow-downgrade']);
    expect(rolledBack.code).toBe(0);
  });

  it('--reviewed-plan applies only the plan that was reviewed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reviewed-'));
    const file = join(dir, 'plan.json');
    expect((await run(['plan', '--format', 'json', '--out', file])).code).toBe(0);
    expect((await run(['apply', '--yes', '--reviewed-plan', file])).code).toBe(0);
    // Someone changes a job by hand: the reviewed plan (no change) is not the live one any more.
    const job = [...emulator.workspace('primary').jobs.values()][0];
    if (job) job.settings.timeout_seconds = 60;
    const refused = await run(['apply', '--yes', '--reviewed-plan', file]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('the plan is not the one reviewed');
    expect(refused.out).toContain('primary: the live plan is not the one reviewed');
    expect(await run(['apply', '--yes', '--reviewed-plan', join(dir, 'missing.json')])).toMatchObject({
      code: 2,
      out: expect.stringContaining('no such file'),
    });
  });

  it('verify prints the readiness report and exits 1 naming each failed check', async () => {
    expect((await run(['apply', '--yes', '--release', 'v1.2.0'])).code).toBe(0);
    const ready = await run(['verify']);
    expect(ready.code).toBe(0);
    expect(ready.out).toContain('DR readiness: READY');
    expect(ready.out).toContain('deployed: release v1.2.0 at');
    expect(ready.out).toMatch(/✓ concurrency 0 \(\d+ checked\)/);

    // A standby job re-scheduled by hand.
    const job = [...emulator.workspace('secondary').jobs.values()].find(
      (j) => j.settings.name === 'nightly-etl',
    );
    if (job) job.settings.schedule = { quartz_cron_expression: '0 0 2 * * ?', timezone_id: 'UTC' };
    const dir = mkdtempSync(join(tmpdir(), 'verify-'));
    const notReady = await run(['verify', '--format', 'json', '--out', join(dir, 'r.json')]);
    expect(notReady.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.ready).toBe(false);
    expect(report.reasons).toContain(
      'secondary: no unpaused schedule: job "nightly-etl": its schedule is not paused',
    );
    expect((await run(['apply', '--yes', '--release', 'v1.2.0'])).code).toBe(0);
    expect((await run(['verify', '--format', 'markdown'])).out).toContain('### DR readiness: READY');
  });
});
