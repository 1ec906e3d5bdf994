import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runPlan } from '../../app/live.ts';
import { formatPlanMarkdown } from '../../core/plan/format-markdown.ts';
import { formatPlanText } from '../../core/plan/format-text.ts';
import { hasChanges } from '../../core/plan/plan.ts';
import type { Plan } from '../../core/plan/types.ts';
import { type CliIO, EXIT } from '../io.ts';
import { connectFromCli } from '../live-options.ts';

/** `codeploy plan` without --offline: read every region's workspace and compare. */
export async function livePlan(values: Record<string, unknown>, io: CliIO): Promise<number> {
  const ctx = connectFromCli(values, io, { progress: () => undefined });
  if (!ctx) return EXIT.failed;
  const report = await runPlan(ctx);
  const plan: Plan = { format_version: 1, mode: 'live', regions: report.plans };
  printPlan(plan, values, io);
  for (const w of report.warnings ?? []) io.err(`! ${w}`);
  if (!report.ok) {
    io.err(`✗ ${report.message ?? report.reason}`);
    return EXIT.failed;
  }
  const changed = plan.regions.some((r) => hasChanges(r.summary));
  return values['detailed-exitcode'] === true && changed ? 3 : EXIT.ok;
}

export function printPlan(plan: Plan, values: Record<string, unknown>, io: CliIO): void {
  if (typeof values.out === 'string')
    writeFileSync(resolve(io.cwd, values.out), `${JSON.stringify(plan, null, 2)}\n`);
  const format = String(values.format ?? 'text');
  if (format === 'json') io.out(JSON.stringify(plan, null, 2));
  else if (format === 'markdown') io.out(formatPlanMarkdown(plan));
  else io.out(formatPlanText(plan, { verbose: values.verbose === true }));
}
