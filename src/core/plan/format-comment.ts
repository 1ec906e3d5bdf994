import { entryMarkdown, escapeHtml, rolesLine } from './format-markdown.ts';
import { summaryLine } from './plan.ts';
import { planHash } from './plan-hash.ts';
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
  if (plan) head.push(rolesLine(plan), '');
  for (const w of plan?.warnings ?? []) head.push('> [!WARNING]', `> ${escapeHtml(w)}`, '');
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
  const fixed = [...head, ...sections.flatMap((s) => [...s.must, '', '']), ...footer].join('\n');
  const shown = shareBudget(
    sections.map((s) => s.details.map((b) => b.text.length + 2)),
    limit - fixed.length - 200 * (sections.length + 1), // room for the "not shown" lines
  );
  const body: string[] = [...head];
  sections.forEach((s, i) => {
    body.push(...s.must, '');
    const keep = shown[i] ?? new Set<number>();
    s.details.forEach((block, j) => {
      if (keep.has(j)) body.push(block.text, '');
    });
    const left = s.details.length - keep.size;
    if (left > 0)
      body.push(
        `_${left} more detail block(s) of ${escapeCode(s.region.region)} do not fit in a comment: see the job summary._`,
        '',
      );
  });
  return [...body, ...footer].join('\n').slice(0, limit);
}

/**
 * Which blocks each region shows, by index: every region first gets an equal share of the budget
 * (what one leaves unused goes to the next), then what is left goes to blocks not yet shown,
 * the regions taking turns. So the DR region's changes are shown even when the primary's would fill the comment alone.
 */
export function shareBudget(sizes: readonly (readonly number[])[], budget: number): Set<number>[] {
  const shown = sizes.map(() => new Set<number>());
  let left = Math.max(0, budget);
  sizes.forEach((blocks, i) => {
    let share = Math.floor(left / (sizes.length - i));
    blocks.forEach((size, j) => {
      if (size <= share) {
        shown[i]?.add(j);
        share -= size;
        left -= size;
      } else share = 0; // in order: a block that does not fit ends this region's share
    });
  });
  // Then, taking turns between regions, whatever still fits.
  const longest = Math.max(0, ...sizes.map((b) => b.length));
  for (let j = 0; j < longest; j++)
    sizes.forEach((blocks, i) => {
      const size = blocks[j];
      if (size !== undefined && !shown[i]?.has(j) && size <= left) {
        shown[i]?.add(j);
        left -= size;
      }
    });
  return shown;
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
