/**
 * `npm run demo`: walks through codeploy on the example live-config repo. Every step is a plain
 * `codeploy` CLI call (runCli), so the demo shows exactly what a user would type and see.
 *
 * Today the demo runs the offline stages (validate, render, offline plan). The live stages, against
 * the built-in two-workspace emulator, join it when the emulator lands (issue #3).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/main.ts';

const io = {
  out: (t: string) => process.stdout.write(`${t}\n`),
  err: (t: string) => process.stderr.write(`${t}\n`),
  cwd: process.cwd(),
  env: process.env,
};
const config = ['--config', 'examples/live-config/codeploy.yml'];

async function step(title: string, args: string[], cwd = io.cwd): Promise<void> {
  process.stdout.write(`\n━━ ${title}\n$ codeploy ${args.join(' ')}\n`);
  const code = await runCli(args, { ...io, cwd });
  if (code !== 0) {
    process.stderr.write(`demo: step failed with exit code ${code}\n`);
    process.exit(code);
  }
}

await step('Validate every definition and render both regions', ['validate', ...config]);
await step('What the passive secondary region gets (jobs disabled, storage remapped)', [
  'render',
  ...config,
  '--region',
  'secondary',
]);

// A pull request that changes the warehouse and the nightly schedule, planned without any workspace.
const base = mkdtempSync(join(tmpdir(), 'codeploy-demo-base-'));
cpSync('examples/live-config', join(base, 'examples/live-config'), { recursive: true });
const head = mkdtempSync(join(tmpdir(), 'codeploy-demo-head-'));
cpSync('examples/live-config', join(head, 'examples/live-config'), { recursive: true });
const edit = (file: string, from: string, to: string) => {
  const path = join(head, 'examples/live-config', file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
};
edit('definitions/warehouses.yml', 'max_num_clusters: 3', 'max_num_clusters: 5');
edit('definitions/jobs/nightly-etl.yml', '"0 30 2 * * ?"', '"0 0 3 * * ?"');
await step(
  'Offline plan of a pull request (base checkout vs head checkout)',
  ['plan', '--offline', '--base', base, ...config],
  head,
);
