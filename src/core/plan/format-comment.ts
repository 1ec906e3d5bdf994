import { createHash } from 'node:crypto';
import { canonicalJson } from '../model/json.ts';
import { entryMarkdown, escapeHtml } from './format-markdown.ts';
import { summaryLine } from './plan.ts';
import type { Plan, PlanEntry, RegionPlan } from './types.ts';

/** GitHub refuses issue comments longer than this. */
export const COMMENT_LIMIT = 65_536;

/** What the hidden marker of a plan comment carries: enough to find it and to know what it shows. */
export interface CommentMeta {
  config: string;
  head: string;
  /** Region → hash of its plan, so a later step can tell the plan it applies is the reviewed one. */
  plans: Record<string, string>;
}

export const MARKER_PREFIX = '<!-- codeploy ';

export function marker(meta: CommentMeta): string {
  // `--` cannot appear inside an HTML comment: JSON of these values never holds it, but be sure.
  return `${MARKER_PREFIX}${JSON.stringify(meta).replace(/--/g, '-\\u002d')} -->`;
}

export function parseMarker(body: string): CommentMeta | undefined {
  if (!body.startsWith(MARKER_PREFIX)) return undefined;
  const end = body.indexOf(' -->');
  try {
    return JSON.parse(body.slice(MARKER_PREFIX.length, end)) as CommentMeta;
  } catch {
    return undefined;
  }
}

export function planHash(region: RegionPlan): string {
  const entries = region.entries
    .filter((e) => e.action !== 'no-change')
    .map((e) => ({ key: e.key, action: e.action, changes: e.changes }));
  return createHash('sha256').update(canonicalJson(entries)).digest('hex').slice(0, 16);
}

export interface CommentInput {
  configPath: string;
  head: string;
  plan?: Plan;
  /** Why there is no plan (invalid config, preflight failure…), shown instead of or above it. */
  failure?: string;
  /** Where the full plan is (the run's job summary). */
  detailsUrl?: string;
  limit?: number;
}

/**
 * The PR comment: a summary line per region that always fits, every delete named, then as many
 * collapsed diff blocks as the size limit allows (changes from the PR first, then drift); what does
 * not fit is counted and pointed to in the job summary.
 */
export function formatComment(input: CommentInput): string {
  const limit = input.limit ?? COMMENT_LIMIT;
  const plan = input.plan;
  const meta: CommentMeta = {
    config: input.configPath,
    head: input.head,
    plans: Object.fromEntries((plan?.regions ?? []).map((r) => [r.region, planHash(r)])),
  };
  const head: string[] = [marker(meta), `## codeploy plan for \`${escapeCode(input.configPath)}\``, ''];
  if (plan?.mode === 'offline') {
    head.push(
      '> [!NOTE]',
      `> **Offline plan.** ${plan.offline_reason ? `${escapeHtml(capitalize(plan.offline_reason))}, so this` : 'This'} compares the rendered config of the base branch with this pull request. It did **not** read the workspaces: drift is not shown.`,
      '',
    );
  }
  if (input.failure)
    head.push(
      '> [!CAUTION]',
      `> **The plan failed.** ${escapeHtml(input.failure).replace(/\n/g, '\n> ')}`,
      '',
    );
  const footer = [
    '',
    '---',
    `<sub>Planned at ${input.head.slice(0, 12)}${input.detailsUrl ? ` · [full plan in the job summary](${input.detailsUrl})` : ''} · updated on every push</sub>`,
  ];

  // Mandatory: per region, the summary line and every delete by name.
  const sections = (plan?.regions ?? []).map((region) => {
    const deletes = region.entries.filter((e) => e.action === 'delete' || e.action === 'recreate');
    const must = [
      `### Region \`${escapeCode(region.region)}\` (${region.role})`,
      '',
      `**${summaryLine(region.summary)}**`,
      ...(deletes.length
        ? [
            '',
            `Deleted${deletes.some((e) => e.action === 'recreate') ? ' or recreated' : ''}: ${deletes.map((e) => `\`${e.action === 'recreate' ? '-/+' : '-'} ${e.kind} ${escapeCode(e.name)}\``).join(', ')}`,
          ]
        : []),
      ...(region.notes ?? []).map((n) => `\n> ${escapeHtml(n)}`),
    ];
    return { region, must, details: detailBlocks(region) };
  });
  const fixed = [...head, ...sections.flatMap((s) => [...s.must, '']), ...footer].join('\n');
  let budget = limit - fixed.length - 400; // room for the "not shown" lines
  let left = 0;
  const body: string[] = [...head];
  for (const s of sections) {
    body.push(...s.must, '');
    for (const block of s.details) {
      if (block.text.length + 2 <= budget) {
        body.push(block.text, '');
        budget -= block.text.length + 2;
      } else left++;
    }
  }
  if (left > 0) body.push(`_${left} more detail block(s) do not fit in a comment: see the job summary._`);
  return [...body, ...footer].join('\n').slice(0, limit);
}

interface Block {
  text: string;
}

/** Changes from the pull request first, then drift, each object's changes in one collapsed block. */
function detailBlocks(region: RegionPlan): Block[] {
  const changed = region.entries.filter((e) => e.action !== 'no-change');
  const config = changed.map((e) => onlyReason(e, 'config')).filter((e): e is PlanEntry => e !== undefined);
  const drift = changed.map((e) => onlyReason(e, 'drift')).filter((e): e is PlanEntry => e !== undefined);
  const blocks: Block[] = [];
  if (config.length)
    blocks.push(
      { text: '#### Changes from this pull request' },
      ...config.map((e) => ({ text: entryMarkdown(e) })),
    );
  if (drift.length)
    blocks.push(
      { text: '#### Changed in the workspace by hand (drift): the next apply reverts it' },
      ...drift.map((e) => ({ text: entryMarkdown(e) })),
    );
  return blocks;
}

function onlyReason(e: PlanEntry, reason: 'config' | 'drift'): PlanEntry | undefined {
  if (e.action === 'create' || e.action === 'delete') return reason === 'config' ? e : undefined;
  const changes = e.changes.filter((c) => (c.reason ?? 'config') === reason);
  return changes.length ? { ...e, changes } : undefined;
}

function escapeCode(text: string): string {
  return text.replace(/`/g, "'");
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
