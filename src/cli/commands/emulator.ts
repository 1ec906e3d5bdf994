import { m2mSecret } from '../../emulator/api/oidc.ts';
import { Emulator } from '../../emulator/server.ts';
import { DOCUMENTED_RATE_LIMITS } from '../../emulator/types.ts';
import { type CliIO, EXIT, UsageError } from '../io.ts';
import type { Command } from './command.ts';

/** The groups the example grants to: a demo of it needs them in both workspaces. */
const EXAMPLE_GROUPS = 'data-engineers,analysts,platform-admins';

function listOf(value: unknown): string[] {
  return String(value)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export const emulatorCommand: Command = {
  name: 'emulator',
  summary: 'Run local Databricks workspace emulators on 127.0.0.1 (for demos and tests); Ctrl-C stops them.',
  usage:
    'codeploy emulator [--workspaces primary,secondary] [--port N] [--latency MS] [--transition MS] [--no-rate-limits] [--non-admin] [--groups A,B] [--users A,B] [--log FILE]',
  help: [
    '  --workspaces A,B   names of the workspaces (default primary,secondary); one port each',
    '  --port N           first port (default: free ports)',
    '  --latency MS       delay added to every response',
    '  --transition MS    how long clusters and warehouses take to start or stop (default 2000)',
    '  --no-rate-limits   turn off the documented per-endpoint rate limits (on by default: 429 + Retry-After)',
    '  --non-admin        the deploying principal is not a workspace admin',
    `  --groups A,B       groups each workspace holds besides admins and users (default ${EXAMPLE_GROUPS}, the example's)`,
    '  --users A,B        users each workspace holds besides the deploying one',
    '  --log FILE         append every request as a JSON line',
    'Control endpoints (no auth): GET /__emulator/requests, POST /__emulator/faults.',
  ].join('\n'),
  options: {
    workspaces: { type: 'string' },
    port: { type: 'string' },
    latency: { type: 'string' },
    transition: { type: 'string' },
    log: { type: 'string' },
    'no-rate-limits': { type: 'boolean' },
    'non-admin': { type: 'boolean' },
    groups: { type: 'string' },
    users: { type: 'string' },
  },
  async run(values, _positionals, io: CliIO) {
    const names = String(values.workspaces ?? 'primary,secondary')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (names.length === 0 || names.some((n) => !/^[a-z][a-z0-9-]*$/.test(n)))
      throw new UsageError('--workspaces takes names like primary,secondary');
    const number = (v: unknown, name: string, fallback: number) => {
      if (v === undefined) return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} takes a whole number`);
      return n;
    };
    const emulator = new Emulator({
      workspaces: names,
      port: number(values.port, 'port', 0),
      latencyMs: number(values.latency, 'latency', 0),
      transitionMs: number(values.transition, 'transition', 2000),
      rateLimits: values['no-rate-limits'] ? [] : [...DOCUMENTED_RATE_LIMITS],
      nonAdminDeployer: values['non-admin'] === true,
      principals: { groups: listOf(values.groups ?? EXAMPLE_GROUPS), users: listOf(values.users ?? '') },
      ...(typeof values.log === 'string' ? { logFile: values.log } : {}),
    });
    const hosts = await emulator.start();
    io.out('Emulated Databricks workspaces (any client id works for OAuth M2M with the secret shown):');
    for (const ws of emulator.workspaces.values()) {
      io.out(`  ${ws.name.padEnd(12)} ${hosts[ws.name]}   token ${ws.token}   m2m secret ${m2mSecret(ws)}`);
    }
    io.out(`\nUse them with: codeploy plan ${names.map((n) => `--host ${n}=${hosts[n]}`).join(' ')}`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await emulator.stop();
    return EXIT.ok;
  },
};
