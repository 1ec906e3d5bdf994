import { randomUUID } from 'node:crypto';
import type { Intent, LockInfo, RolesRecord, StateRecord, Workspace } from '../../ports/workspace.ts';
import { DEFAULT_PASSIVE_POLICY, type PassivePolicy } from '../model/config.ts';
import { canonicalJson } from '../model/json.ts';
import { isDisabledIn } from '../model/kinds.ts';
import { compareSemVer, versionOfTag } from '../model/release.ts';
import { hasChanges } from '../plan/plan.ts';
import { planDifferences } from '../plan/plan-hash.ts';
import type { PlanEntry, RegionPlan } from '../plan/types.ts';
import { standDownProblems } from '../verify/passive-check.ts';
import { type ErrorClassifier, executeRegion, type ObjectOutcome } from './execute.ts';
import { DeployLeases, Interrupted } from './lease.ts';
import {
  type LiveOptions,
  type Problem,
  planRegionLive,
  planResolved,
  problemLines,
  type RegionInput,
  type RegionWork,
  resolveRegion,
} from './plan-live.ts';
import { missingPrincipalProblems, principalsGranted } from './principals.ts';
import type { ProgressSink } from './progress.ts';
import { type AlreadyRead, identityOf, readSnapshot, type Snapshot } from './snapshot.ts';
import { afterWrite, emptyState, foundEntry, StateWriter } from './state-record.ts';

export interface LiveRegion {
  input: RegionInput;
  workspace: Workspace;
}

export interface RunOptions extends LiveOptions {
  /** Objects written at once, per region. */
  concurrency: number;
  /** Plan and apply the reachable regions when others fail preflight. */
  allowUnreachable: boolean;
  errors: ErrorClassifier;
  progress: ProgressSink;
  /** Who holds the deploy lock (shown to anyone who finds it held). */
  holder: string;
  /** The deploy lock's lease; renewed every third of it while the apply runs. */
  lockLeaseMs: number;
  /** This run's id, carried by its locks (random unless a test fixes it). */
  runId?: string;
  /** Throws when this region must not be written any more (its lock's lease is lost). */
  guard?: () => void;
  /** Regions that did not answer this run's preflight (filled in by applyLive). */
  unreachable?: string[];
  /** Regions this run applies to (filled in by applyLive). */
  reached?: string[];
  /**
   * Aborted when the run is cancelled (the runner's SIGINT, then SIGTERM): no new write starts, the
   * ones in flight finish, the state record is written and the locks released.
   */
  signal?: AbortSignal;
  release?: string;
  commit?: string;
  /** Glob of release tags, to read versions from `release`. */
  releasePattern?: string;
  /** Deploy a release older than the one a workspace records (an explicit rollback). */
  allowDowngrade?: boolean;
  /**
   * Region → hash of the plan a person reviewed: the apply refuses, writing nothing, when the live
   * plan differs (checked at preflight, and again under each region's lock).
   */
  reviewedPlans?: Record<string, string>;
  /**
   * Regions that did not answer earlier in this run (reading the recorded roles): not asked again,
   * since each would cost another full round of retries against a region that is down.
   */
  noAnswer?: Map<string, string>;
  /**
   * The state record each region answered with earlier in this run (reading the recorded roles):
   * the preflight takes it instead of asking again, once. A run that plans again under its lock
   * (another run wrote in between) reads the record afresh.
   */
  statesRead?: Map<string, StateRecord | undefined>;
  /** Region → the workspace id codeploy.yml names (declared, or in an Azure host): the host must answer as it. */
  workspaceIds?: Record<string, string>;
  /**
   * What the passive overlay guarantees, checked on a region that stood down before another is
   * promoted, and what standing down stops besides new runs.
   */
  passivePolicy?: PassivePolicy;
  /** The roles this run deploys, recorded in every workspace it applies to. */
  roles?: { active: string; source: 'config' | 'override'; pendingFence: string[] };
}

/** Why a run stopped; a fixed set, so callers (the action's `failure-reason`) can branch on it. */
export type FailureReason =
  | 'preflight'
  | 'conflict'
  | 'downgrade'
  | 'locked'
  | 'apply-failed'
  | 'not-converged'
  | 'plan-changed'
  | 'partial';

export interface RegionReport {
  region: string;
  status: 'applied' | 'unchanged' | 'failed' | 'unreachable';
  outcomes: ObjectOutcome[];
  /** What a fresh read still shows as different after the apply (empty when converged). */
  remaining: PlanEntry[];
  error?: string;
  /** The region-wide error is temporary (no answer, a cancel): a re-run can cure it. */
  errorTransient?: true;
}

export interface RunReport {
  ok: boolean;
  reason?: FailureReason;
  message?: string;
  /** Things done but not all of them: a lock that could not be released. Shown, never hidden. */
  warnings?: string[];
  /** How long each step of the apply took: a region standing down first, then the others. */
  steps?: Array<{ step: string; ms: number }>;
  plans: RegionPlan[];
  regions: RegionReport[];
  problems: Problem[];
}

interface Preflight {
  works: Map<string, RegionWork>;
  /** Region → the workspace id its host answered as (scim/v2/Me), when the server said. */
  identities: Map<string, string>;
  failures: Map<string, string>;
  /** Regions whose failure is temporary (no answer, a 5xx): a later run may get through. */
  transient: Set<string>;
}

/** Reads and plans every region at once; a region that cannot be read is a preflight failure. */
export async function preflight(regions: readonly LiveRegion[], options: RunOptions): Promise<Preflight> {
  const works = new Map<string, RegionWork>();
  const failures = new Map<string, string>();
  const transient = new Set<string>();
  const identities = new Map<string, string>();
  await Promise.all(
    regions.map(async ({ input, workspace }) => {
      const known = options.noAnswer?.get(input.region);
      if (known) {
        failures.set(input.region, known);
        transient.add(input.region);
        return;
      }
      const read = options.statesRead;
      const alreadyRead = read?.has(input.region) ? { state: { record: read.get(input.region) } } : {};
      read?.delete(input.region);
      try {
        // Who codeploy is there, what the workspace holds, and whom it knows: asked at once.
        const granted = principalsGranted(input.objects);
        const [{ principal, workspaceId }, snapshot, missing] = await Promise.all([
          workspace.check(),
          readSnapshot(workspace, options.project, input.objects, options.concurrency, alreadyRead),
          workspace.missingPrincipals([...granted.values()].map((g) => g.ref)),
        ]);
        if (workspaceId) identities.set(input.region, workspaceId);
        snapshot.principal = principal;
        const work = planRegionLive(input, snapshot, options);
        // Codeploy itself is there, whatever SCIM lists (a service principal signed in by OAuth).
        const unknown = missing.filter((p) => p.name.toLowerCase() !== principal.toLowerCase());
        work.problems.push(...missingPrincipalProblems(input.region, granted, unknown));
        works.set(input.region, work);
      } catch (err) {
        failures.set(input.region, err instanceof Error ? err.message : String(err));
        if (options.errors.isTransient(err)) transient.add(input.region);
      }
    }),
  );
  return { works, failures, transient, identities };
}

/**
 * Two regions that answer as one workspace (two hosts for it: a private-link name and the public
 * one, say), or a host that answers as another workspace than codeploy.yml names: an apply would
 * deploy two regions into one workspace, or one region into the wrong one. Refused before any write.
 */
function sameWorkspaceProblems(identities: Map<string, string>, declared: Record<string, string>): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, string>();
  for (const [region, id] of identities) {
    const want = declared[region];
    if (want !== undefined && want !== id)
      problems.push({
        key: '*',
        region,
        message: `its host answers as workspace ${id}, but codeploy.yml names workspace_id ${want}: check the host`,
      });
    const other = byId.get(id);
    if (other)
      problems.push({
        key: '*',
        region,
        message: `it is the same workspace as region ${other} (id ${id}): two regions would be deployed into one workspace`,
      });
    else byId.set(id, region);
  }
  return problems;
}

/** The live plan: every region read and compared, nothing written. */
export async function planLive(regions: readonly LiveRegion[], options: RunOptions): Promise<RunReport> {
  return (await planWithWork(regions, options, false)).report;
}

/** The live plan with each region's work (snapshot, observed objects): for apply and verify. */
export async function planWithWork(
  regions: readonly LiveRegion[],
  options: RunOptions,
  forApply: boolean,
): Promise<{ report: RunReport; works: Map<string, RegionWork> }> {
  const { works, failures, identities } = await preflight(regions, options);
  const plans = regions
    .map((r) => works.get(r.input.region)?.plan)
    .filter((p): p is RegionPlan => p !== undefined);
  const problems = [
    ...sameWorkspaceProblems(identities, options.workspaceIds ?? {}),
    ...[...works.values()].flatMap((w) => w.problems).filter((p) => !p.applyOnly || forApply),
  ];
  const downgrades = forApply ? [...works.values()].flatMap((w) => downgradeOf(w, options)) : [];
  const regionsOut = regions.map((r) => {
    const failure = failures.get(r.input.region);
    return {
      region: r.input.region,
      status: failure ? ('unreachable' as const) : ('unchanged' as const),
      outcomes: [],
      remaining: [],
      ...(failure ? { error: failure } : {}),
    };
  });
  let report: RunReport = { ok: true, plans, regions: regionsOut, problems };
  if (failures.size > 0 && !options.allowUnreachable)
    report = { ...report, ok: false, reason: 'preflight', message: preflightMessage(failures) };
  else if (downgrades.length > 0)
    report = {
      ...report,
      ok: false,
      reason: 'downgrade',
      message: `nothing was written anywhere:\n${downgrades.map((p) => `  ${p}`).join('\n')}`,
    };
  else if (problems.length > 0)
    report = {
      ...report,
      ok: false,
      reason: 'conflict',
      message: `nothing was written anywhere:\n${problemLines(problems)
        .map((line) => `  ${line}`)
        .join('\n')}`,
    };
  return { report, works };
}

/**
 * The region as the apply must see it once its lock is held. Another run can only have written
 * between the preflight and the lock if it held the lock, and then it wrote the state record too:
 * an unchanged record means the preflight's reading still holds, and the apply reads nothing else
 * again (at 5,000 objects, a full reading is 5,000 permission reads).
 */
async function readUnderLock(r: LiveRegion, options: RunOptions, prior: RegionWork | undefined) {
  if (prior) {
    const state = await r.workspace.readState().catch(() => 'unread' as const);
    if (state !== 'unread' && canonicalJson(state ?? null) === canonicalJson(prior.snapshot.state ?? null))
      return {
        works: new Map([[r.input.region, prior]]),
        failures: new Map<string, string>(),
        transient: new Set<string>(),
      };
  }
  return preflight([r], options);
}

/**
 * Deploys every region at once, safely:
 * 1. preflight: every region reachable, authorised, read and planned before the first write anywhere;
 * 2. nothing to do: stop, having written nothing (not even a lock);
 * 3. take each changing region's deploy lock, then read its state record again: unchanged, the
 *    preflight's plan stands; changed (another run applied in between), read and plan it again;
 * 4. apply the regions in parallel, each in dependency order, recording progress in its state;
 * 5. read back: remember what the server filled in, and report what still differs (the run fails
 *    unless nothing does).
 */
export async function applyLive(regions: readonly LiveRegion[], options: RunOptions): Promise<RunReport> {
  options.progress({ type: 'phase', message: `preflight: reading ${regions.length} region(s)` });
  // A lock held by another run is reported before anything else the plan found (a clash with an
  // object that run is creating, say), and it is found by reading: a run that must wait writes
  // nothing. The locks are read while the regions are (a round trip less before the first write);
  // a region that did not answer earlier in the run is not asked.
  const peeks = regions.map((r) =>
    options.noAnswer?.has(r.input.region) ? undefined : r.workspace.peekLock().catch(() => undefined),
  );
  const { report: first, works } = await planWithWork(regions, options, true);
  const runId = options.runId ?? randomUUID();
  const clock = () => (options.now?.() ?? new Date()).getTime();
  const holders = await Promise.all(
    regions.map((r, i) => (works.has(r.input.region) ? peeks[i] : undefined)),
  );
  for (const [i, holder] of holders.entries()) {
    if (holder && holder.run_id !== runId && Date.parse(holder.expires_at) > clock())
      return {
        ...first,
        ok: false,
        reason: 'locked',
        message: lockedMessage(regions[i]?.input.region ?? '', holder, clock()),
      };
  }
  if (!first.ok) return first;
  const differences = options.reviewedPlans ? planDifferences(first.plans, options.reviewedPlans) : [];
  if (differences.length > 0)
    return {
      ...first,
      ok: false,
      reason: 'plan-changed',
      message: `nothing was written anywhere: the plan is not the one reviewed.\n${differences.map((d) => `  ${d}`).join('\n')}\nPlan again and review that plan.`,
    };
  const unreachable = regions.map((r) => r.input.region).filter((name) => !works.has(name));
  const reached = [...works.keys()];
  const changing = regions.filter((r) => {
    const work = works.get(r.input.region);
    const newRelease = options.release !== undefined && work?.snapshot.state?.release !== options.release;
    return (
      work !== undefined &&
      (hasChanges(work.plan.summary) ||
        newRelease ||
        work.unrecorded.length > 0 ||
        rolesToRecord(work, options, unreachable, reached))
    );
  });
  // A region that did not answer is never dropped silently: it is in the report, and the run is
  // not a success (the old primary may still run its schedules).
  const unreached: RegionReport[] = unreachable.map((region) => ({
    region,
    status: 'unreachable',
    outcomes: [],
    remaining: [],
    error: first.regions.find((x) => x.region === region)?.error ?? 'did not answer',
  }));
  const partial = (report: RunReport): RunReport =>
    unreached.length === 0 || !report.ok
      ? report
      : {
          ...report,
          ok: false,
          reason: 'partial',
          message: `not every region was reached: ${unreached.map((r) => `${r.region} (${r.error})`).join('; ')}. Nothing was done there; it is recorded as pending fence and demoted first once it answers.`,
        };
  if (changing.length === 0) {
    options.progress({ type: 'phase', message: 'nothing to change in any region' });
    return partial(first);
  }

  const now = clock();
  const lock: LockInfo = {
    holder: options.holder,
    run_id: runId,
    acquired_at: new Date(now).toISOString(),
    expires_at: new Date(now + options.lockLeaseMs).toISOString(),
  };
  const leases = new DeployLeases(options.lockLeaseMs);
  const guardRegion = (region: string) => {
    if (options.signal?.aborted) throw new Interrupted('not started: the run was cancelled');
    leases.guard(region);
  };
  let result: RunReport | undefined;
  try {
    // A first deploy's regions (no state record read): their folders made at once, not one after
    // another inside the locking order below. A failure here is the lock's to report.
    await Promise.all(
      changing
        .filter((r) => !works.get(r.input.region)?.snapshot.state)
        .map((r) => r.workspace.makeStateFolder().catch(() => undefined)),
    );
    for (const r of changing) {
      let got: Awaited<ReturnType<DeployLeases['acquire']>>;
      try {
        got = await leases.acquire(r.input.region, r.workspace, lock);
      } catch (err) {
        // No lock, no write: the locks already taken are released in `finally`, and this one too,
        // should the failed call have taken it after all (release goes by run id: never another's).
        await r.workspace.releaseLock(lock).catch(() => undefined);
        result = {
          ...first,
          ok: false,
          reason: 'preflight',
          message: `${r.input.region}: could not take the deploy lock (${err instanceof Error ? err.message : String(err)}); nothing was written anywhere.${options.errors.isTransient(err) ? ' Run it again: the failure is temporary.' : ''}`,
        };
        return result;
      }
      if (!got.acquired) {
        result = {
          ...first,
          ok: false,
          reason: 'locked',
          message: lockedMessage(r.input.region, got.holder, now),
        };
        return result;
      }
    }
    options.progress({
      type: 'phase',
      message: `applying to ${changing.map((r) => r.input.region).join(', ')}`,
    });
    const run = (r: LiveRegion) =>
      applyRegion(
        r,
        {
          ...options,
          unreachable,
          reached,
          guard: () => guardRegion(r.input.region),
        },
        works.get(r.input.region),
      ).catch((err) =>
        failedRegion(r.input.region, err, err instanceof Interrupted || options.errors.isTransient(err)),
      );
    // Demote before promote: a region waiting to be fenced, or standing down in this role change,
    // is applied first, alone, so no moment has two regions running the jobs.
    const fence = changing.filter(
      (r) =>
        options.roles?.pendingFence.includes(r.input.region) ||
        (r.input.role === 'passive' &&
          works.get(r.input.region)?.snapshot.state?.roles?.active === r.input.region),
    );
    const reports: Awaited<ReturnType<typeof run>>[] = [];
    const steps: NonNullable<RunReport['steps']> = [];
    const timed = async <T>(step: string, fn: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      const out = await fn();
      steps.push({ step, ms: Math.round(performance.now() - started) });
      return out;
    };
    for (const r of fence) reports.push(await timed(`stand down ${r.input.region}`, () => run(r)));
    // Promote only once the region standing down holds its passive state (applied and read back
    // with nothing left to change, then every passive invariant checked on what it holds):
    // otherwise two regions could run the same jobs.
    const notDown = reports.filter((x) => x.report.status === 'failed' || x.report.remaining.length > 0);
    const standDownWarnings: string[] = [];
    for (const r of fence.filter((f) => !notDown.some((x) => x.report.region === f.input.region))) {
      const region = r.input.region;
      const found = await timed(`check ${region} is passive`, () =>
        standDownProblems(
          r.workspace,
          r.input,
          options.project,
          options.passivePolicy ?? DEFAULT_PASSIVE_POLICY,
          {
            concurrency: options.concurrency,
            ...(works.get(region)?.snapshot.principal
              ? { principal: works.get(region)?.snapshot.principal as string }
              : {}),
          },
        ).catch((err) => ({
          blocking: [`it could not be read again (${err instanceof Error ? err.message : String(err)})`],
          other: [],
        })),
      );
      standDownWarnings.push(...found.other.map((p) => `${region} stood down, but ${p}`));
      const report = reports.find((x) => x.report.region === region);
      if (found.blocking.length > 0 && report) {
        report.report = {
          ...report.report,
          status: 'failed',
          error: `stood down, but does not hold its passive state: ${found.blocking.join('; ')}`,
        };
        notDown.push(report);
      }
    }
    const rest = notDown.length > 0 ? [] : changing.filter((r) => !fence.includes(r));
    for (const r of notDown.length > 0 ? changing.filter((x) => !fence.includes(x)) : [])
      reports.push(
        failedRegion(
          r.input.region,
          `not promoted: ${notDown.map((x) => x.report.region).join(', ')} did not stand down completely, and both would run the jobs`,
        ),
      );
    if (rest.length > 0)
      reports.push(
        ...(await timed(`apply ${rest.map((r) => r.input.region).join(', ')}`, () =>
          Promise.all(rest.map(run)),
        )),
      );
    const unchanged = regions
      .filter((r) => works.has(r.input.region) && !changing.includes(r))
      .map((r) => ({ region: r.input.region, status: 'unchanged' as const, outcomes: [], remaining: [] }));
    const all = [...reports.map((x) => x.report), ...unchanged, ...unreached];
    const failed = all.filter((r) => r.status === 'failed');
    const notConverged = all.filter((r) => r.remaining.length > 0);
    const reason: FailureReason | undefined = failed.length
      ? 'apply-failed'
      : notConverged.length
        ? 'not-converged'
        : undefined;
    const plans = regions
      .map(
        (r) =>
          reports.find((x) => x.report.region === r.input.region)?.plan ?? works.get(r.input.region)?.plan,
      )
      .filter((p): p is RegionPlan => p !== undefined);
    const cancelled = options.signal?.aborted === true;
    const message = reason ? failureMessage(all, cancelled) : undefined;
    result = {
      steps,
      ok: reason === undefined,
      ...(reason ? { reason, message } : {}),
      plans,
      regions: all,
      problems: reports.flatMap((x) => x.problems),
    };
    if (standDownWarnings.length) result.warnings = [...(result.warnings ?? []), ...standDownWarnings];
    result = partial(result);
    return result;
  } finally {
    // A lock that could not be released is said, never hidden (it blocks the next run until its
    // lease lapses).
    const warnings = await leases.releaseAll();
    if (result && warnings.length) result.warnings = [...(result.warnings ?? []), ...warnings];
  }
}

async function applyRegion(
  r: LiveRegion,
  options: RunOptions,
  prior: RegionWork | undefined,
): Promise<{ report: RegionReport; plan?: RegionPlan; problems: Problem[] }> {
  const region = r.input.region;
  const { works, failures, transient } = await readUnderLock(r, options, prior);
  const work = works.get(region);
  if (!work)
    return failedRegion(
      region,
      failures.get(region) ?? 'could not be read again under the lock',
      transient.has(region),
    );
  const changedSinceReview = options.reviewedPlans ? planDifferences([work.plan], options.reviewedPlans) : [];
  if (changedSinceReview.length > 0)
    return {
      ...failedRegion(region, `nothing was written: ${changedSinceReview.join('; ')}`),
      plan: work.plan,
    };
  if (work.problems.length > 0)
    return {
      ...failedRegion(region, work.problems.map((p) => p.message).join('; ')),
      plan: work.plan,
      problems: work.problems,
    };
  const clock = options.now ?? (() => new Date());
  // Whether this region ran the jobs until now: read before the record says otherwise.
  const wasActive = work.snapshot.state?.roles?.active === region;
  const record = work.snapshot.state ?? emptyState(options.project, region, work.storedSalt, clock);
  // The recovery point: this apply's release, or, for an apply without a tag, its commit and no
  // release at all; an older release left in the record would claim objects it no longer holds.
  if (options.release) record.release = options.release;
  else delete record.release;
  if (options.commit) record.commit = options.commit;
  else delete record.commit;
  const fence = options.roles
    ? fenceAfter(options.roles, options.unreachable ?? [], options.reached ?? [])
    : [];
  // Recorded once the region holds them (below): a region that failed to stand down still reads
  // as active, so the next run stands it down first again.
  const roles: RolesRecord | undefined = options.roles && {
    active: options.roles.active,
    source: options.roles.source,
    by: options.holder,
    at: clock().toISOString(),
    ...(fence.length ? { pending_fence: fence } : {}),
  };
  const writer = new StateWriter(r.workspace, record, clock, options.guard);
  // Before the first create, the record says what is about to be created: a run killed between a
  // create and its record leaves the next run a way to know the object as its own.
  await writer.intend(intentsOf(work, clock()));
  options.progress({ type: 'region', region, message: `applying ${describe(work.plan)}` });
  const outcomes = await executeRegion(r.input, work, r.workspace, writer, options);
  writer.endIntents();
  const roleProblems = [
    ...(await stopWhatRuns(r, wasActive, writer, options)),
    ...(await startWhatMustRun(r, work, wasActive, writer, options)),
  ];
  // Codeploy's objects that the record lacks and that are no longer defined (an interrupted apply
  // made them): recorded as they are, so prune can remove them.
  for (const key of work.unrecorded) {
    const have = work.observed.get(key);
    if (have && !work.desired.has(key)) writer.set(key, foundEntry(have, work.salt));
  }

  const readBack = await readBackRegion(r, work, record, outcomes, options);
  const remaining = readBack.remaining ?? [];
  if (roles && !outcomes.some((o) => o.status === 'failed') && roleProblems.length === 0)
    record.roles = roles;
  writer.schedule();
  await writer.flush();
  // A read-back that failed leaves the apply unverified: that is a failure, never "converged".
  const readBackError =
    readBack.error && `could not read the workspace back after the apply: ${readBack.error}`;
  const failed =
    outcomes.some((o) => o.status === 'failed') || readBackError !== undefined || roleProblems.length > 0;
  options.progress({
    type: 'region',
    region,
    message: failed
      ? 'finished with failures'
      : remaining.length
        ? `${remaining.length} object(s) still differ`
        : 'done: nothing left to change',
  });
  return {
    report: {
      region,
      status: failed ? 'failed' : 'applied',
      outcomes,
      remaining,
      ...(readBackError || roleProblems.length
        ? { error: [readBackError, ...roleProblems].filter(Boolean).join('; ') }
        : {}),
      ...(readBackError && readBack.transient ? { errorTransient: true as const } : {}),
    },
    plan: work.plan,
    problems: [],
  };
}

/**
 * Reads the region back once, after its writes: remembers in the record what the server filled in
 * on the objects just written (only those: on anything else a difference is a change made by hand),
 * then plans against that reading to say what still differs. The lists are read again (a page per
 * hundred objects), grants only of what the apply acted on; the record is the one the apply holds.
 */
async function readBackRegion(
  r: LiveRegion,
  work: RegionWork,
  record: StateRecord,
  outcomes: readonly ObjectOutcome[],
  options: RunOptions,
): Promise<{ remaining?: PlanEntry[]; error?: string; transient?: boolean }> {
  const actedOn = new Set(outcomes.filter((o) => o.written || o.status === 'failed').map((o) => o.key));
  const known: AlreadyRead = { state: { record }, grants: { from: work.snapshot, reread: actedOn } };
  let snapshot: Snapshot;
  try {
    snapshot = await readSnapshot(r.workspace, options.project, r.input.objects, options.concurrency, known);
  } catch (err) {
    return {
      error: err instanceof Error ? err.message : String(err),
      transient: options.errors.isTransient(err),
    };
  }
  if (work.snapshot.principal !== undefined) snapshot.principal = work.snapshot.principal;
  const after = resolveRegion(r.input, snapshot, options);
  for (const o of outcomes) {
    const entry = record.objects[o.key];
    const observed = after.observed.get(o.key);
    const desired = after.desired.get(o.key);
    if (o.written && entry && observed && desired)
      record.objects[o.key] = afterWrite(entry, observed, desired);
  }
  const final = planResolved(r.input, after, options);
  const notDone = new Set(outcomes.filter((o) => o.status !== 'done').map((o) => o.key));
  return { remaining: final.plan.entries.filter((e) => e.action !== 'no-change' && !notDone.has(e.key)) };
}

/** The creates in a region's plan (a recreate creates too), by what the workspace will know them by. */
function intentsOf(work: RegionWork, at: Date): Record<string, Intent> {
  const intents: Record<string, Intent> = {};
  for (const e of work.plan.entries) {
    const want = work.desired.get(e.key);
    if ((e.action === 'create' || e.action === 'recreate') && want)
      intents[e.key] = { name: identityOf(want), at: at.toISOString() };
  }
  return intents;
}

/**
 * A region becoming active (another one was, as the record says) starts the clusters and warehouses
 * its definitions mark `start_when_active`, once: the load that follows a failover finds them up.
 * Returns what could not be started (the roles are then not recorded, so the next run tries again).
 */
async function startWhatMustRun(
  r: LiveRegion,
  work: RegionWork,
  wasActive: boolean,
  writer: StateWriter,
  options: RunOptions,
): Promise<string[]> {
  const recorded = work.snapshot.state?.roles;
  if (r.input.role !== 'active' || wasActive || !recorded || !options.roles) return [];
  const problems: string[] = [];
  for (const obj of r.input.objects.filter((o) => o.start_when_active)) {
    const key = `${obj.kind}/${obj.name}`;
    const id = writer.current.objects[key]?.id;
    if (!id) continue;
    try {
      await r.workspace.setLifecycle(obj.kind, id, 'RUNNING');
      options.progress({ type: 'region', region: r.input.region, message: `started ${key}` });
    } catch (err) {
      problems.push(`could not start ${key}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return problems;
}

/**
 * A region standing down (the active one until now, or one waiting to be fenced) stops what is
 * already running: a concurrency of 0 and no schedule stop only new runs, and an edit does not end a
 * pipeline's update in progress. Returns what could not be stopped.
 */
async function stopWhatRuns(
  r: LiveRegion,
  wasActive: boolean,
  writer: StateWriter,
  options: RunOptions,
): Promise<string[]> {
  const region = r.input.region;
  const fenced = options.roles?.pendingFence.includes(region) === true;
  if (r.input.role !== 'passive' || !(wasActive || fenced)) return [];
  // What it stops besides new runs: runs in progress, pipeline updates (passive_policy).
  const policy = options.passivePolicy ?? DEFAULT_PASSIVE_POLICY;
  const cancelRuns = policy.job.cancel_active_runs;
  const stopPipelines = policy.pipeline.stop_updates;
  const problems: string[] = [];
  for (const obj of r.input.objects) {
    const key = `${obj.kind}/${obj.name}`;
    const id = writer.current.objects[key]?.id;
    const stops = (obj.kind === 'job' && cancelRuns) || (obj.kind === 'pipeline' && stopPipelines);
    if (!id || !stops || !isDisabledIn('passive', obj.passive)) continue;
    try {
      await r.workspace.stopActivity(obj.kind, id);
    } catch (err) {
      problems.push(
        `could not stop what ${key} is running: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  options.progress({
    type: 'region',
    region,
    message: 'stood down: runs in progress cancelled, pipeline updates stopped',
  });
  return problems;
}

/** Still to be demoted after this run: those recorded before or unreachable now, never one reached now. */
function fenceAfter(
  roles: NonNullable<RunOptions['roles']>,
  unreachable: readonly string[],
  reached: readonly string[],
): string[] {
  return [...new Set([...roles.pendingFence, ...unreachable])]
    .filter((name) => name !== roles.active && !reached.includes(name))
    .sort();
}

/** Whether a region's recorded roles differ from what this run would record there. */
function rolesToRecord(
  work: RegionWork,
  options: RunOptions,
  unreachable: string[],
  reached: string[],
): boolean {
  if (!options.roles) return false;
  const was = work.snapshot.state?.roles;
  const fence = fenceAfter(options.roles, unreachable, reached);
  return (
    was?.active !== options.roles.active ||
    was.source !== options.roles.source ||
    (was.pending_fence ?? []).join() !== fence.join()
  );
}

/** A release older than the one the workspace records is refused unless rolling back on purpose. */
function downgradeOf(work: RegionWork, options: RunOptions): string[] {
  const previous = work.snapshot.state?.release;
  if (!options.release || !previous || options.allowDowngrade) return [];
  const pattern = options.releasePattern ?? 'v*';
  const next = versionOfTag(options.release, pattern);
  const last = versionOfTag(previous, pattern);
  if (!next || !last || compareSemVer(next, last) >= 0) return [];
  return [
    `${work.plan.region}: release ${options.release} is older than ${previous}, which this workspace runs; set allow-downgrade (--allow-downgrade) to roll back on purpose`,
  ];
}

function lockedMessage(region: string, holder: LockInfo, now: number): string {
  const age = Math.max(0, Math.round((now - Date.parse(holder.acquired_at)) / 60_000));
  return `${region}: the deploy lock is held by ${holder.holder} since ${holder.acquired_at} (${age} min ago; its lease runs to ${holder.expires_at}); nothing was written. If that run is dead, wait for the lease or break the lock with codeploy unlock --region ${region}`;
}

/** An unexpected error in one region ends that region's apply with a report, not the whole run. */
function failedRegion(
  region: string,
  err: unknown,
  transient = false,
): { report: RegionReport; plan?: RegionPlan; problems: Problem[] } {
  const error = err instanceof Error ? err.message : String(err);
  return {
    report: {
      region,
      status: 'failed',
      outcomes: [],
      remaining: [],
      error,
      ...(transient ? { errorTransient: true as const } : {}),
    },
    problems: [],
  };
}

function describe(plan: RegionPlan): string {
  const s = plan.summary;
  return `${s.create} create, ${s.update} update, ${s.recreate} recreate, ${s.delete} delete`;
}

function preflightMessage(failures: Map<string, string>): string {
  return `preflight failed, nothing was written anywhere:\n${[...failures].map(([r, e]) => `  ${r}: ${e}`).join('\n')}`;
}

/**
 * What an apply that did not complete did and did not do, per region, and what to do next: "run it
 * again" only when every failure is one a re-run can cure (a timeout, a rate limit, a cancel).
 */
function failureMessage(regions: readonly RegionReport[], cancelled: boolean): string {
  const lines: string[] = [];
  let curable = true;
  for (const r of regions) {
    const done = r.outcomes.filter((o) => o.status === 'done' && o.written);
    const failed = r.outcomes.filter((o) => o.status === 'failed');
    const skipped = r.outcomes.filter((o) => o.status === 'skipped' && o.action !== 'no-change');
    if (!r.error && done.length + failed.length + skipped.length + r.remaining.length === 0) continue;
    const byAction = (['create', 'update', 'recreate', 'delete'] as const)
      .map((a) => [a, done.filter((o) => o.action === a).length] as const)
      .filter(([, n]) => n > 0)
      .map(([a, n]) => `${n} ${a}`);
    if (r.error) curable &&= r.errorTransient === true;
    // A region that failed as a whole (never got to its objects) is said in one line.
    if (r.error && r.outcomes.length === 0) {
      lines.push(`  ${r.region}: ${r.error}`);
      continue;
    }
    lines.push(
      `  ${r.region}: ${done.length} done${byAction.length ? ` (${byAction.join(', ')})` : ''}, ${failed.length} failed, ${skipped.length} not done`,
    );
    if (r.error) lines.push(`    ${r.error}`);
    for (const o of failed) {
      lines.push(`    ${o.action} ${o.key}: failed${o.error ? ` (${o.error})` : ''}`);
      curable &&= o.transient === true;
    }
    for (const o of skipped)
      lines.push(`    ${o.action} ${o.key}: not done${o.error ? ` (${o.error})` : ''}`);
    for (const e of r.remaining) {
      lines.push(`    ${e.key} still differs after the apply (${e.changes.map((c) => c.path).join(', ')})`);
      curable = false;
    }
  }
  const head = cancelled ? 'the run was cancelled before it completed' : 'the apply did not complete';
  const next = curable
    ? 'Run it again: every failure here is temporary (no answer, a server error, a rate limit or the cancel), and the next run converges from where this one stopped.'
    : 'Running it again will not cure this by itself: fix what the failures name first. What was done stays done, and the next run goes on from there.';
  return `${head}:\n${lines.join('\n')}\n${next}`;
}
