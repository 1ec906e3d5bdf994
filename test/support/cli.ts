import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.ts';
import { ROOT } from './project.ts';

/** Runs the CLI in-process and captures what a user would see. */
export async function cli(args: string[], cwd = ROOT, env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (t) => {
      stdout += `${t}\n`;
    },
    err: (t) => {
      stderr += `${t}\n`;
    },
    cwd,
    env,
  });
  return { code, stdout, stderr };
}

/** Arguments of `node …` for the bundled CLI applying the example to the emulator's workspaces. */
export function distApplyArgs(hosts: Record<string, string>): string[] {
  return [
    join(ROOT, 'dist', 'cli.js'),
    'apply',
    '--yes',
    '--config',
    'examples/live-config/codeploy.yml',
    '--host',
    `primary=${hosts.primary}`,
    '--host',
    `secondary=${hosts.secondary}`,
  ];
}

/** Runs the bundled dist/cli.js in a child process, the way `npx codeploy` would. */
export function distCli(args: string[], cwd = ROOT) {
  const bin = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(bin)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
