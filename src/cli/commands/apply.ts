import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runApplyUntilCancelled } from '../../app/live.ts';
import { reviewedPlanHashes } from '../../core/plan/plan-hash.ts';
import { type CliIO, EXIT, UsageError } from '../io.ts';
import { connectFromCli, LIVE_HELP, LIVE_OPTIONS, releaseSettings } from '../live-options.ts';
import type { Command } from './command.ts';
import { printPlan } from './live-plan.ts';

function readReviewedPlan(path: string, cwd: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch {
    throw new UsageError(`--reviewed-plan ${path}: no such file`);
  }
  try {
    return reviewedPlanHashes(text);
  } catch (err) {
    throw new UsageError(`--reviewed-plan ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export const applyCommand: Command = {
  name: 'apply',
  summary: 'Deploy the config to every region at once: preflight everywhere first, then apply in parallel.',
  usage:
    'codeploy apply --yes [--config FILE] [--host REGION=URL]... [--release TAG] [--commit SHA] [options]',
  help: [
    '  --yes                 apply without asking (required when not on a terminal)',
    '  --release TAG         the release being deployed, recorded in each workspace',
    '  --commit SHA          the commit being deployed, recorded in each workspace',
    '  --allow-downgrade     deploy a release older than the one a workspace records (a rollback)',
    '  --reviewed-plan FILE  the plan JSON that was reviewed (plan --format json): refuse, writing',
    '                        nothing, when the live plan differs from it',
    '  --format              text (default), json or markdown: how the plan is printed',
    LIVE_HELP,
    'Nothing is written anywhere unless every region passes preflight (reachable, authorised,',
    'planned, no name clash). A second apply of the same config makes no writes at all.',
  ].join('\n'),
  options: {
    ...LIVE_OPTIONS,
    yes: { type: 'boolean' },
    release: { type: 'string' },
    commit: { type: 'string' },
    'allow-downgrade': { type: 'boolean' },
    'reviewed-plan': { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
  async run(values, _positionals, io: CliIO) {
    if (values.yes !== true)
      throw new UsageError('apply changes workspaces: pass --yes to confirm (review `codeploy plan` first)');
    const ctx = connectFromCli(values, io, {
      ...releaseSettings(values),
      allowDowngrade: values['allow-downgrade'] === true,
      ...(typeof values['reviewed-plan'] === 'string'
        ? { reviewedPlans: readReviewedPlan(values['reviewed-plan'], io.cwd) }
        : {}),
    });
    if (!ctx) {
      io.err('✗ invalid config: nothing was written anywhere.');
      return EXIT.failed;
    }
    const report = await runApplyUntilCancelled(ctx, () =>
      io.err('· cancelling: no new write starts; finishing the ones in flight'),
    );
    const acted = report.regions.some((r) => r.status === 'applied' || r.status === 'failed');
    io.out(acted ? 'What this apply did, per region:\n' : 'Nothing was applied:\n');
    printPlan({ format_version: 1, mode: 'live', regions: report.plans }, values, io);
    for (const r of report.regions) if (r.error) io.err(`[${r.region}] ${r.error}`);
    for (const s of report.steps ?? []) io.err(`· ${s.step}: ${(s.ms / 1000).toFixed(1)} s`);
    for (const w of report.warnings ?? []) io.err(`! ${w}`);
    if (!report.ok) {
      io.err(`✗ ${report.message ?? report.reason}`);
      return EXIT.failed;
    }
    io.err(
      report.warnings?.length
        ? '✓ every region matches the config, but see the warnings above.'
        : '✓ every region matches the config.',
    );
    return EXIT.ok;
  },
};
