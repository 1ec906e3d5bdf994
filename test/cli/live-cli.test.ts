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
});
