import type { LockInfo, RolesRecord, StateRecord } from '../../ports/workspace.ts';
import { type LiveRegion, planWithWork, type RunOptions, type RunReport } from '../live/apply.ts';
import type { RegionWork } from '../live/plan-live.ts';
import { type Snapshot, unmanagedObjects } from '../live/snapshot.ts';
import type { Config } from '../model/config.ts';
import type { KindName, Role } from '../model/kinds.ts';
import { toDisplay } from '../model/path.ts';
import { LeakFinder } from '../render/leak-check.ts';
import { invariantsIn } from './passive-check.ts';

/** One readiness check of one region: whether it holds, on how many objects, and what breaks it. */
export interface ReadinessCheck {
  /** `matches the release`, `no unpaused schedule`, … (passive invariants are named in their kind's file). */
  name: string;
  ok: boolean;
  /** For checks made object by object: how many objects were checked. */
  checked?: number;
  /** A passive invariant (named in its kind's file), checked on what must not run in the region. */
  invariant?: true;
  /** What breaks it, a line each. */
  problems: string[];
}

/** What one workspace holds for a failover: deployed from what, in which role, and each check. */
export interface RegionReadiness {
  region: string;
  /** The role this run gives it: codeploy.yml's, or a standing emergency failover's. */
  role: Role;
  reachable: boolean;
  /**
   * The recovery point of the workspace objects: the release the last apply deployed and when, or
   * the commit of an apply made without a release tag (never an older release in its place).
   */
  deployed?: { release?: string; commit?: string; at: string };
  /** The roles as the workspace records them (who made which region active, when, why). */
  roles?: RolesRecord;
  /** Another run's deploy lock, with its age: a run in progress, or a dead one (expired). */
  lock?: { holder: string; age_seconds: number; expired: boolean };
  /** What is here, of the kinds codeploy deploys, that it does not manage (made by hand?). */
  unmanaged: Array<{ kind: KindName; name: string; id: string }>;
  checks: ReadinessCheck[];
  ready: boolean;
}

export interface Readiness {
  ready: boolean;
  /** The active region this run decided, and whether an emergency override makes it so. */
  active: string;
  source: 'config' | 'override';
  /** Regions still to be fenced: they did not answer when they had to stand down. */
  pending_fence: string[];
  regions: RegionReadiness[];
  /** Every check that failed, as `region: check: problem`: the run's message. */
  reasons: string[];
  /** The live plan the checks were made from (published like any plan). */
  report: RunReport;
  /** The fence made before the checks (a region pending fence that answered), when one was. */
  fence?: RunReport;
}

/**
 * The DR readiness report (`verify`): every region read, nothing written, and checked one thing at a
 * time: reachable, deployed and from which release, the same release as the active region, not
 * waiting to be fenced, matching that release (drift), nothing missing, each passive invariant on
 * the objects that must not run there, and no other region's storage, host or marker in what the
 * workspace holds.
 */
export async function assessReadiness(
  regions: readonly LiveRegion[],
  options: RunOptions,
  config: Config,
): Promise<Readiness> {
  const { report, works } = await planWithWork(regions, { ...options, allowUnreachable: true }, false);
  const roles = options.roles ?? { active: config.active, source: 'config' as const, pendingFence: [] };
  const now = (options.now?.() ?? new Date()).getTime();
  const activeState = works.get(roles.active)?.snapshot.state;
  const facts = {
    active: roles.active,
    activeDeployed: activeState && deployedOf(activeState),
    pendingFence: roles.pendingFence,
  };
  const assessed = await Promise.all(
    regions.map(async (r) => {
      const work = works.get(r.input.region);
      if (!work) {
        const error = report.regions.find((x) => x.region === r.input.region)?.error ?? 'did not answer';
        return unreachableRegion(r, error);
      }
      return assessRegion(r, work, options, config, now, facts);
    }),
  );
  const reasons = assessed.flatMap((r) =>
    r.checks.filter((c) => !c.ok).flatMap((c) => c.problems.map((p) => `${r.region}: ${c.name}: ${p}`)),
  );
  return {
    ready: reasons.length === 0 && report.problems.length === 0,
    active: roles.active,
    source: roles.source,
    pending_fence: roles.pendingFence,
    regions: assessed,
    reasons: [...reasons, ...report.problems.map((p) => `${p.region}: ${p.message}`)],
    report,
  };
}

function unreachableRegion(r: LiveRegion, error: string): RegionReadiness {
  return {
    region: r.input.region,
    role: r.input.role,
    reachable: false,
    unmanaged: [],
    checks: [{ name: 'reachable', ok: false, problems: [`it did not answer: ${error}`] }],
    ready: false,
  };
}

async function assessRegion(
  r: LiveRegion,
  work: RegionWork,
  options: RunOptions,
  config: Config,
  now: number,
  facts: { active: string; activeDeployed: RegionReadiness['deployed']; pendingFence: readonly string[] },
): Promise<RegionReadiness> {
  const { snapshot, plan } = work;
  const state = snapshot.state;
  const deployed = state && deployedOf(state);
  const lock = await r.workspace.peekLock().catch(() => undefined);
  const entries = plan.entries.filter((e) => e.action !== 'no-change');
  const checks: ReadinessCheck[] = [
    { name: 'reachable', ok: true, problems: [] },
    {
      name: 'deployed',
      ok: state !== undefined,
      problems: state ? [] : ['codeploy has never deployed here (no state record)'],
    },
    parityCheck(r.input.region, deployed, facts.active, facts.activeDeployed),
    ...(facts.pendingFence.includes(r.input.region)
      ? [
          {
            name: 'not pending fence',
            ok: false,
            problems: [
              'it did not answer when it had to stand down, and the workspaces record it as still to be demoted: the next apply demotes it first',
            ],
          },
        ]
      : []),
    {
      name: 'matches the release',
      ok: !entries.some((e) => e.action !== 'create'),
      problems: entries
        .filter((e) => e.action !== 'create')
        .map((e) => `${e.kind} "${e.name}" would be ${e.action}d: ${changedFields(e.changes)}`),
    },
    {
      name: 'no missing objects',
      ok: !entries.some((e) => e.action === 'create'),
      problems: entries.filter((e) => e.action === 'create').map((e) => `${e.kind} "${e.name}" is not there`),
    },
    ...(await passiveChecks(r, work, options, config)),
    leakCheck(config, r.input.region, snapshot),
  ];
  return {
    region: r.input.region,
    role: r.input.role,
    reachable: true,
    ...(deployed ? { deployed } : {}),
    ...(state?.roles ? { roles: state.roles } : {}),
    ...(lock ? { lock: lockAge(lock, now) } : {}),
    unmanaged: unmanagedObjects(snapshot),
    checks,
    ready: checks.every((c) => c.ok),
  };
}

/** The recovery point a state record gives: its release (and commit), or the commit of an untagged apply. */
function deployedOf(state: StateRecord): NonNullable<RegionReadiness['deployed']> {
  return {
    ...(state.release ? { release: state.release } : {}),
    ...(state.commit ? { commit: state.commit } : {}),
    at: state.applied_at,
  };
}

function changedFields(changes: ReadonlyArray<{ path: string; reason?: string }>): string {
  const shown = changes
    .slice(0, 3)
    .map((c) => `${c.path}${c.reason === 'drift' ? ' (changed by hand)' : ''}`);
  return changes.length > 3
    ? `${shown.join(', ')} and ${changes.length - 3} more`
    : shown.join(', ') || 'its grants';
}

async function passiveChecks(
  r: LiveRegion,
  work: RegionWork,
  options: RunOptions,
  config: Config,
): Promise<ReadinessCheck[]> {
  const results = await invariantsIn(
    r.workspace,
    r.input,
    work.snapshot,
    config.passivePolicy,
    options.concurrency,
  );
  return results.map((c) => ({
    name: c.name,
    invariant: true as const,
    ok: c.broken.length === 0,
    checked: c.checked,
    problems: c.broken,
  }));
}

/** No other region's storage prefix, host or marker in anything codeploy manages here, as the workspace holds it. */
function leakCheck(config: Config, region: string, snapshot: Snapshot): ReadinessCheck {
  const leaks = new LeakFinder(config, region);
  const problems: string[] = [];
  for (const o of snapshot.matched.values())
    for (const leak of leaks.inValue({ spec: o.spec, permissions: o.permissions ?? [] }))
      problems.push(
        `${o.kind} "${o.name}" holds ${leak.what} "${leak.hit}" of region "${leak.region}" at ${toDisplay(leak.path)}`,
      );
  return { name: 'no region leak', ok: problems.length === 0, checked: snapshot.matched.size, problems };
}

/** The active region's release (or commit) is the one every standby must run. */
function parityCheck(
  region: string,
  deployed: RegionReadiness['deployed'],
  active: string,
  activeDeployed: RegionReadiness['deployed'],
): ReadinessCheck {
  const version = (d: RegionReadiness['deployed']) =>
    d?.release ?? (d?.commit ? `commit ${d.commit}` : undefined);
  const mine = version(deployed);
  const theirs = version(activeDeployed);
  const ok = region === active || mine === undefined || theirs === undefined || mine === theirs;
  return {
    name: 'same release as the active region',
    ok,
    problems: ok ? [] : [`it runs ${mine}, the active region ${active} runs ${theirs}`],
  };
}

function lockAge(lock: LockInfo, now: number): NonNullable<RegionReadiness['lock']> {
  return {
    holder: lock.holder,
    age_seconds: Math.max(0, Math.round((now - Date.parse(lock.acquired_at)) / 1000)),
    expired: Date.parse(lock.expires_at) <= now,
  };
}
