import type { RolesRecord } from '../../ports/workspace.ts';
import type { Config } from '../model/config.ts';

/** Which region is active for this run, where that comes from, and what the user must be told. */
export interface RoleDecision {
  active: string;
  source: 'config' | 'override';
  /** Said in the plan and the run's warnings: an override made or standing. */
  note?: string;
  /** Regions the workspaces record as still to be demoted (they did not answer when they had to). */
  pendingFence: string[];
}

/**
 * An emergency failover is a recorded state, not a one-run flag: once an override made a region
 * active, a run whose codeploy.yml still names the old one keeps the override (and says why)
 * instead of swapping the roles back. The override ends when codeploy.yml agrees, or with an
 * explicit failback (another override).
 */
export function decideRoles(
  config: Config,
  recorded: ReadonlyMap<string, RolesRecord | undefined>,
): RoleDecision {
  const records = [...recorded.values()].filter((r): r is RolesRecord => r !== undefined);
  const latest = [...records].sort((a, b) => b.at.localeCompare(a.at))[0];
  const pendingFence = stillToFence(recorded);
  const regions = config.regions.map((r) => r.name);
  if (config.activeSource === 'override') {
    const note =
      latest && latest.active !== config.active
        ? `emergency override: ${config.active} becomes the active region (it was ${latest.active}); the workspaces remember it until codeploy.yml says active: ${config.active}`
        : undefined;
    return { active: config.active, source: 'override', ...(note ? { note } : {}), pendingFence };
  }
  if (latest?.source === 'override' && latest.active !== config.active && regions.includes(latest.active)) {
    return {
      active: latest.active,
      source: 'override',
      note: `codeploy.yml says active: ${config.active}, but an emergency failover made ${latest.active} active (${latest.by}, ${latest.at}). The failover stands: change codeploy.yml to active: ${latest.active}, or fail back on purpose with active-region: ${config.active}.`,
      pendingFence,
    };
  }
  return { active: config.active, source: 'config', pendingFence };
}

/**
 * The regions some record lists as pending fence, but for those whose own record was written since
 * (by an apply that reached them): a fence can be made on the fenced region alone (a scheduled
 * verify does so), leaving the others' lists to be cleaned by their next apply.
 */
function stillToFence(recorded: ReadonlyMap<string, RolesRecord | undefined>): string[] {
  const pending = new Set<string>();
  for (const record of recorded.values()) {
    if (!record) continue;
    for (const region of record.pending_fence ?? []) {
      const own = recorded.get(region);
      // Its roles are recorded only by an apply that reached it and succeeded there: one made
      // after this list was written put it in its place (demoted, or active by a later decision).
      const settledSince = own !== undefined && own.at >= record.at;
      if (!settledSince) pending.add(region);
    }
  }
  return [...pending].sort();
}
