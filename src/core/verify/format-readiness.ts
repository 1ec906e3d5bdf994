import type { RunReport } from '../live/apply.ts';
import type { Readiness, RegionReadiness } from './readiness.ts';

/** At most this many unmanaged objects are named per region; the count is always given. */
const UNMANAGED_SHOWN = 10;

/** The readiness report as JSON (`verify --format json`, the action's readiness file): no plan inside. */
export function readinessJson(r: Readiness): object {
  const { report: _plan, fence, ...rest } = r;
  return { format_version: 1, ...rest, ...(fence ? { fence: fenceLine(fence) } : {}) };
}

export function formatReadinessText(r: Readiness): string {
  const lines = [headline(r), ...rolesLines(r)];
  for (const region of r.regions) {
    lines.push('', `${region.region} (${region.role}): ${region.ready ? 'ready' : 'NOT READY'}`);
    for (const fact of facts(region)) lines.push(`  ${fact}`);
    for (const c of region.checks) {
      lines.push(
        `  ${c.ok ? '✓' : '✗'} ${c.name}${c.checked !== undefined ? ` (${c.checked} checked)` : ''}`,
      );
      for (const p of c.problems) lines.push(`      ${p}`);
    }
  }
  return lines.join('\n');
}

/** The job summary: a table of every check by region, then each problem, then the facts. */
export function formatReadinessMarkdown(r: Readiness): string {
  const names = [...new Set(r.regions.flatMap((x) => x.checks.map((c) => c.name)))];
  const cell = (region: RegionReadiness, name: string) => {
    const c = region.checks.find((x) => x.name === name);
    if (!c) return '–';
    return `${c.ok ? '✅' : '❌'}${c.checked !== undefined ? ` ${c.checked}` : ''}`;
  };
  const out = [
    `### ${headline(r)}`,
    '',
    ...rolesLines(r).map((l) => `${l}  `),
    '',
    `| check | ${r.regions.map((x) => `${x.region} (${x.role})`).join(' | ')} |`,
    `|---|${r.regions.map(() => '---').join('|')}|`,
    ...names.map((n) => `| ${n} | ${r.regions.map((x) => cell(x, n)).join(' | ')} |`),
    '',
    '_A number is how many objects the check was made on._',
  ];
  if (r.reasons.length > 0)
    out.push('', '**Not ready because:**', '', ...r.reasons.map((x) => `- ${escapeCell(x)}`));
  for (const region of r.regions) {
    out.push('', `**${region.region}**`, '', ...facts(region).map((f) => `- ${escapeCell(f)}`));
  }
  return out.join('\n');
}

function headline(r: Readiness): string {
  return r.ready
    ? `DR readiness: READY (${r.regions.length} regions, every check holds)`
    : `DR readiness: NOT READY (${r.reasons.length} problem${r.reasons.length === 1 ? '' : 's'})`;
}

function rolesLines(r: Readiness): string[] {
  return [
    ...(r.fence ? [fenceLine(r.fence)] : []),
    `Active region: ${r.active}${r.source === 'override' ? ' (emergency override: codeploy.yml names another region)' : ''}`,
    ...(r.pending_fence.length ? [`Pending fence: ${r.pending_fence.join(', ')}`] : []),
  ];
}

/** What a person on the outage day asks first: deployed from what and when, who set the roles, a lock. */
function facts(region: RegionReadiness): string[] {
  if (!region.reachable) return [];
  const d = region.deployed;
  const out = [d ? `deployed: ${deployedFrom(d)} at ${d.at}` : 'deployed: never'];
  if (region.roles)
    out.push(
      `roles recorded: ${region.roles.active} active (${region.roles.source === 'override' ? 'emergency override' : 'codeploy.yml'}, by ${region.roles.by} at ${region.roles.at})`,
    );
  out.push(
    region.lock
      ? `deploy lock: ${region.lock.expired ? 'expired, left by a run that ended without releasing it' : 'held'}: ${region.lock.holder}, taken ${region.lock.age_seconds} s ago`
      : 'deploy lock: none',
  );
  if (region.role === 'active' && region.checks.some((c) => c.invariant))
    out.push(
      'passive invariants here are checked on the objects marked passive: only (they run only in standby)',
    );
  const shown = region.unmanaged.slice(0, UNMANAGED_SHOWN).map((o) => `${o.kind} "${o.name}" (${o.id})`);
  out.push(
    region.unmanaged.length === 0
      ? 'not managed by codeploy: nothing'
      : `not managed by codeploy: ${region.unmanaged.length} (${shown.join(', ')}${region.unmanaged.length > shown.length ? ', …' : ''})`,
  );
  return out;
}

/** The recovery point: a release (and its commit), else the commit of an apply without a tag, never an older release. */
function deployedFrom(d: NonNullable<RegionReadiness['deployed']>): string {
  if (d.release) return `release ${d.release}${d.commit ? ` (${d.commit.slice(0, 12)})` : ''}`;
  if (d.commit) return `commit ${d.commit.slice(0, 12)}, applied without a release tag`;
  return 'an apply without a release tag or commit (a local apply)';
}

function escapeCell(text: string): string {
  return text.replace(/[|<>]/g, (c) => `\\${c}`);
}

/** What the fence before the checks did: the regions demoted, or why not. */
export function fenceLine(fence: RunReport): string {
  const regions = fence.regions.map((r) => r.region).join(', ');
  return fence.ok
    ? `Fenced ${regions}: it answered again and was demoted before the checks.`
    : `Could not fence ${regions}: ${fence.message ?? fence.reason}`;
}
