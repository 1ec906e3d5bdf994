/**
 * `npm run demo`: codeploy end to end on the built-in emulator of two workspaces, with no
 * credentials and no network. Every step is a plain `codeploy` CLI call (runCli), so the demo shows
 * what a user would type and see:
 *   1. apply examples/live-config to both regions at once;
 *   2. show what now exists in each region (the passive one: jobs disabled, cluster terminated…);
 *   3. plan again: nothing is left to change;
 *   4. someone starts the standby cluster by hand: the plan reports the drift, an apply repairs it.
 */
import { runCli } from '../src/cli/main.ts';
import { Emulator } from '../src/emulator/server.ts';
import { DOCUMENTED_RATE_LIMITS } from '../src/emulator/types.ts';

// Documented rate limits on, as in a real workspace (429 with Retry-After past them).
const emulator = new Emulator({
  workspaces: ['primary', 'secondary'],
  // The example's groups, made in both workspaces as an admin (or the account's identity
  // federation) would have made them: a new workspace has only admins and users.
  principals: { groups: ['data-engineers', 'analysts', 'platform-admins'] },
  transitionMs: 300,
  rateLimits: [...DOCUMENTED_RATE_LIMITS],
});
const hosts = await emulator.start();
const env = {
  ...process.env,
  // The emulator's tokens: fake, accepted only by it.
  DATABRICKS_TOKEN_PRIMARY: emulator.workspace('primary').token,
  DATABRICKS_TOKEN_SECONDARY: emulator.workspace('secondary').token,
  // The example's secret scope takes this value from the environment; it is never printed.
  WAREHOUSE_API_TOKEN: 'demo-secret-value',
  // Keys the secret digests in the state record (a CI secret in real use; see the README).
  CODEPLOY_DIGEST_KEY: 'demo-digest-key',
};
const io = {
  out: (t: string) => process.stdout.write(`${t}\n`),
  err: (t: string) => process.stderr.write(`${t}\n`),
  cwd: process.cwd(),
  env,
};
const target = [
  '--config',
  'examples/live-config/codeploy.yml',
  '--host',
  `primary=${hosts.primary}`,
  '--host',
  `secondary=${hosts.secondary}`,
];

async function step(title: string, args: string[], expect = 0): Promise<void> {
  process.stdout.write(
    `\n━━ ${title}\n$ codeploy ${args.join(' ').replace(/http:\/\/127\.0\.0\.1:\d+/g, '<emulator>')}\n`,
  );
  const code = await runCli(args, io);
  if (code !== expect) {
    process.stderr.write(`demo: step failed with exit code ${code}\n`);
    await emulator.stop();
    process.exit(1);
  }
}

function showWorkspaces(): void {
  process.stdout.write('\n━━ What each region now holds\n');
  for (const ws of emulator.workspaces.values()) {
    process.stdout.write(`${ws.name}:\n`);
    for (const j of ws.jobs.values()) {
      const s = j.settings;
      const schedule = s.schedule
        ? `schedule ${JSON.stringify((s.schedule as { pause_status?: string }).pause_status ?? 'UNPAUSED')}`
        : 'no schedule';
      process.stdout.write(
        `  job ${String(s.name).padEnd(16)} max_concurrent_runs=${s.max_concurrent_runs}  ${schedule}${s.trigger ? `  trigger ${(s.trigger as { pause_status?: string }).pause_status}` : ''}\n`,
      );
    }
    for (const c of ws.clusters.values())
      process.stdout.write(
        `  cluster ${String(c.spec.cluster_name).padEnd(12)} ${ws.settle(c.status).state}\n`,
      );
    for (const w of ws.warehouses.values())
      process.stdout.write(`  warehouse ${String(w.spec.name).padEnd(10)} ${ws.settle(w.status).state}\n`);
    for (const p of ws.pools.values())
      process.stdout.write(
        `  pool ${String(p.spec.instance_pool_name).padEnd(15)} min_idle_instances=${p.spec.min_idle_instances}\n`,
      );
    for (const p of ws.pipelines.values())
      process.stdout.write(
        `  pipeline ${String(p.spec.name).padEnd(11)} continuous=${p.spec.continuous}  storage ${p.spec.storage}\n`,
      );
  }
}

try {
  await step('Deploy the example to both regions at once', [
    'apply',
    '--yes',
    ...target,
    '--release',
    'v1.0.0',
  ]);
  showWorkspaces();
  await step('Plan again: nothing is left to change', ['plan', ...target]);

  // Someone starts the standby cluster by hand in the passive region.
  const secondary = emulator.workspace('secondary');
  for (const c of secondary.clusters.values()) secondary.transition(c.status, 'PENDING', 'RUNNING');
  await new Promise((r) => setTimeout(r, 400));
  await step('Someone started the standby cluster by hand: the plan shows the drift', ['plan', ...target]);
  await step('Apply repairs it', ['apply', '--yes', ...target, '--release', 'v1.0.0']);
  await step('Verify: is the standby ready for a failover? Every check, region by region', [
    'verify',
    ...target,
  ]);
} finally {
  await emulator.stop();
}
