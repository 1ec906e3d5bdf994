import { diffLines, SYMBOL } from './lines.ts';
import { summaryLine } from './plan.ts';
import type { Plan, PlanEntry } from './types.ts';

const ACTION_WORD: Record<PlanEntry['action'], string> = {
  create: 'create',
  update: 'update',
  recreate: 'recreate',
  delete: 'delete',
  'no-change': 'no change',
};

/**
 * The plan as Markdown: a heading and summary per region and one collapsed ```diff block per
 * changed object. Every name and value is escaped, so nothing in a definition can break the page.
 */
export function formatPlanMarkdown(plan: Plan): string {
  const out: string[] = [rolesLine(plan), ''];
  for (const w of plan.warnings ?? []) out.push('> [!WARNING]', `> ${escapeHtml(w)}`, '');
  if (plan.mode === 'offline') {
    out.push(
      `> **Offline plan**: this compares the rendered config of the base and head; no workspace was read${plan.offline_reason ? ` (${escapeHtml(plan.offline_reason)})` : ''}.`,
      '',
    );
  }
  for (const region of plan.regions) {
    out.push(
      `### Region \`${escapeCode(region.region)}\` (${region.role})`,
      '',
      `**${summaryLine(region.summary)}**`,
      '',
    );
    for (const entry of region.entries) {
      if (entry.action === 'no-change') continue;
      out.push(entryMarkdown(entry), '');
    }
  }
  return out.join('\n');
}

export function entryMarkdown(entry: PlanEntry): string {
  const lines = diffLines(entry);
  const body = lines.join('\n');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
  const title = `${SYMBOL[entry.action]} ${entry.kind} ${entry.name}`;
  const detail =
    entry.action === 'update' || entry.action === 'recreate' ? `, ${entry.changes.length} field(s)` : '';
  return [
    `<details><summary><code>${escapeHtml(title)}</code> (${ACTION_WORD[entry.action]}${detail})</summary>`,
    '',
    `${fence}diff`,
    body,
    fence,
    '</details>',
  ].join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeCode(text: string): string {
  return text.replace(/`/g, "'");
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return longest;
}

/** The region roles, said first: which region runs the jobs is what an on-call reader needs. */
export function rolesLine(plan: Plan): string {
  return `**Roles:** ${plan.regions.map((r) => `\`${r.region.replace(/`/g, "'")}\` ${r.role}`).join(', ')}`;
}

/** GitHub refuses a step summary over 1 MiB (counted in bytes, not characters). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** `text` cut to at most `limit` UTF-8 bytes (never inside a character), with `tail` when cut. */
export function fitBytes(text: string, limit: number, tail: string): string {
  if (Buffer.byteLength(text) <= limit) return text;
  const room = Math.max(0, limit - Buffer.byteLength(tail));
  const cut = Buffer.from(text)
    .subarray(0, room)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
  return `${cut}${tail}`;
}
