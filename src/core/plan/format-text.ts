import { diffLines, SYMBOL } from './lines.ts';
import { summaryLine } from './plan.ts';
import type { Plan } from './types.ts';

/** The plan for a terminal: a summary line per region, then each changed object and its fields. */
export function formatPlanText(plan: Plan, options: { verbose?: boolean } = {}): string {
  const out: string[] = [];
  if (plan.mode === 'offline')
    out.push(
      `Offline plan: compares two versions of the config; no workspace was read${plan.offline_reason ? ` (${plan.offline_reason})` : ''}.`,
      '',
    );
  for (const region of plan.regions) {
    out.push(`Region ${region.region} (${region.role}): ${summaryLine(region.summary)}`);
    for (const note of region.notes ?? []) out.push(`  note: ${note}`);
    for (const entry of region.entries) {
      if (entry.action === 'no-change' && !options.verbose) continue;
      out.push(`  ${SYMBOL[entry.action]} ${entry.kind} ${entry.name}`);
      if (entry.action === 'create' || entry.action === 'delete') {
        if (options.verbose) out.push(...diffLines(entry).map((l) => `      ${l}`));
      } else out.push(...diffLines(entry).map((l) => `      ${l}`));
    }
    out.push('');
  }
  return out.join('\n');
}
