import type { AuthContext } from '../adapters/databricks/auth.ts';
import { connect, DATABRICKS_ERRORS } from '../adapters/databricks/connect.ts';
import type { RetryPolicy } from '../adapters/databricks/transport.ts';
import type { DatabricksWorkspace } from '../adapters/databricks/workspace.ts';
import { LOCK_LEASE_MS } from '../adapters/databricks/workspace.ts';
import { applyLive, type LiveRegion, planLive, type RunOptions, type RunReport } from '../core/live/apply.ts';
import type { ProgressSink } from '../core/live/progress.ts';
import { decideRoles } from '../core/live/roles.ts';
import { objectKey, type RenderedRegion } from '../core/model/definition.ts';
import { Diagnostics } from '../core/model/diagnostics.ts';
import { type Project, renderProject } from '../core/project.ts';
import { workspaceIdOf } from '../core/validate/split-brain.ts';
import { assessReadiness, type Readiness } from '../core/verify/readiness.ts';
import type { LockInfo, StateRecord, Workspace } from '../ports/workspace.ts';

export interface LiveSettings extends AuthContext {
  hosts?: Record<string, string>;
  adopt?: boolean;
  prune?: boolean;
  allowUnreachable?: boolean;
  concurrency?: number;
  release?: string;
  commit?: string;
  allowDowngrade?: boolean;
  /** Region → hash of the reviewed plan (see RunOptions.reviewedPlans). */
  reviewedPlans?: Record<string, string>;
  holder: string;
  progress?: ProgressSink;
  retry?: RetryPolicy;
}

export interface LiveContext {
  project: Project;
  regions: LiveRegion[];
  workspaces: Map<string, DatabricksWorkspace>;
  rendered: RenderedRegion[];
  options: RunOptions;
}

/**
 * Renders a loaded project and connects every region: the one place where the core, the
 * Databricks adapter and the settings of an entry point (CLI, action, demo) meet.
 * Returns undefined when rendering found errors (they are in `diags`).
 */
export function prepareLive(
  project: Project,
  diags: Diagnostics,
  settings: LiveSettings,
  /** The regions, when the caller rendered them already (to validate): not rendered twice. */
  rendered: RenderedRegion[] = renderProject(project, diags),
): LiveContext | undefined {
  if (diags.hasErrors) return undefined;
  const workspaces = connect(project.config, settings);
  const contents = new Map(
    project.definitions.filter((d) => d.source).map((d) => [objectKey(d), d.source?.content ?? '']),
  );
  const regions = rendered.map((r) => ({
    input: { region: r.region, role: r.role, objects: r.objects, contents },
    workspace: workspaces.get(r.region) as DatabricksWorkspace,
  }));
  const options: RunOptions = {
    project: project.config.project,
    adopt: settings.adopt ?? false,
    prune: settings.prune ?? project.config.prune,
    secret: (name) => settings.env[name],
    ...(settings.env.CODEPLOY_DIGEST_KEY ? { digestKey: settings.env.CODEPLOY_DIGEST_KEY } : {}),
    concurrency: settings.concurrency ?? 8,
    allowUnreachable: settings.allowUnreachable ?? false,
    errors: DATABRICKS_ERRORS,
    progress: settings.progress ?? (() => undefined),
    holder: settings.holder,
    lockLeaseMs: LOCK_LEASE_MS,
    ...(settings.release ? { release: settings.release } : {}),
    ...(settings.commit ? { commit: settings.commit } : {}),
    releasePattern: project.config.release.tag_pattern,
    allowDowngrade: settings.allowDowngrade ?? false,
    ...(settings.reviewedPlans ? { reviewedPlans: settings.reviewedPlans } : {}),
    passivePolicy: project.config.passivePolicy,
    workspaceIds: Object.fromEntries(
      project.config.regions.flatMap((r) => {
        const id = workspaceIdOf(r);
        return id ? [[r.name, id]] : [];
      }),
    ),
  };
  return { project, regions, workspaces, rendered, options };
}

/**
 * Reads the roles every reachable workspace records and decides this run's (see `decideRoles`): a
 * recorded emergency failover stands against a codeploy.yml that still names the old region, and
 * the regions are rendered again for it. Returns what the user must be told.
 */
export async function honourRecordedRoles(ctx: LiveContext): Promise<string[]> {
  ctx.options.noAnswer ??= new Map();
  const noAnswer = ctx.options.noAnswer;
  // Kept for the preflight, which would otherwise read each record again straight after.
  const statesRead = new Map<string, StateRecord | undefined>();
  ctx.options.statesRead = statesRead;
  const recorded = await Promise.all(
    ctx.regions.map((r) =>
      noAnswer.has(r.input.region)
        ? undefined
        : r.workspace.readState().then(
            (s) => {
              statesRead.set(r.input.region, s);
              return s?.roles;
            },
            (err) => {
              // Only a region that does not answer costs retries; a refusal is quick to hear again.
              if (ctx.options.errors.isTransient(err))
                noAnswer.set(r.input.region, err instanceof Error ? err.message : String(err));
              return undefined;
            },
          ),
    ),
  );
  const config = ctx.project.config;
  const decision = decideRoles(config, new Map(ctx.regions.map((r, i) => [r.input.region, recorded[i]])));
  const renderedActive = ctx.rendered.find((r) => r.role === 'active')?.region;
  if (decision.active !== renderedActive) {
    config.active = decision.active;
    ctx.rendered = renderProject(ctx.project, new Diagnostics());
    for (const r of ctx.regions) {
      const region = ctx.rendered.find((x) => x.region === r.input.region);
      if (region) r.input = { ...r.input, role: region.role, objects: region.objects };
    }
  }
  ctx.options.roles = {
    active: decision.active,
    source: decision.source,
    pendingFence: decision.pendingFence,
  };
  return [
    ...(decision.note ? [decision.note] : []),
    ...decision.pendingFence.map(
      (name) =>
        `${name} is pending fence: it did not answer when it had to stand down, and may still run its jobs; the next apply demotes it before anything else`,
    ),
  ];
}

/** What breaking a region's deploy lock found: whose lock it was, and whether that run lives on. */
export interface BrokenLock {
  broken?: LockInfo;
  /** The holder renewed its lease from its own copy right after: it was alive after all. */
  stillAlive: boolean;
}

/** Breaks a region's deploy lock on purpose (CLI `unlock`, action `mode: unlock`), recording who did. */
export async function breakDeployLock(ws: Workspace, by: string, now = new Date()): Promise<BrokenLock> {
  const broken = await ws.breakLock(by, now.toISOString());
  if (!broken) return { stillAlive: false };
  const again = await ws.peekLock();
  return { broken, stillAlive: again?.run_id === broken.run_id };
}

export async function runPlan(ctx: LiveContext): Promise<RunReport> {
  const notes = await honourRecordedRoles(ctx);
  return withWarnings(await planLive(ctx.regions, ctx.options), notes);
}

export async function runApply(ctx: LiveContext): Promise<RunReport> {
  const notes = await honourRecordedRoles(ctx);
  return withWarnings(await applyLive(ctx.regions, ctx.options), notes);
}

/**
 * The DR readiness report (`verify`): every region read and checked. Nothing is written, but with
 * `fence`: a region pending fence that answers again is demoted first (an apply of that region
 * alone, under its lock), since it may still run the jobs the active region runs.
 */
export async function runVerify(ctx: LiveContext, { fence = false } = {}): Promise<Readiness> {
  let notes = await honourRecordedRoles(ctx);
  const pending = ctx.options.roles?.pendingFence ?? [];
  const fenceable = ctx.regions.filter(
    (r) => pending.includes(r.input.region) && !ctx.options.noAnswer?.has(r.input.region),
  );
  let fenced: RunReport | undefined;
  if (fence && fenceable.length > 0) {
    fenced = await applyLive(fenceable, ctx.options);
    notes = await honourRecordedRoles(ctx);
  }
  const readiness = await assessReadiness(ctx.regions, ctx.options, ctx.project.config);
  return {
    ...readiness,
    report: withWarnings(readiness.report, notes),
    ...(fenced ? { fence: fenced } : {}),
  };
}

function withWarnings(report: RunReport, notes: string[]): RunReport {
  return notes.length ? { ...report, warnings: [...notes, ...(report.warnings ?? [])] } : report;
}

/**
 * An apply that the runner's cancel (SIGINT, then SIGTERM 7.5 s later) stops gracefully: no new write
 * starts, the writes in flight end, the state record is written and the locks released, and the
 * report says what was not done. `onCancel` is told once, when the first signal arrives.
 */
export async function runApplyUntilCancelled(ctx: LiveContext, onCancel: () => void): Promise<RunReport> {
  const cancel = new AbortController();
  const onSignal = () => {
    if (!cancel.signal.aborted) onCancel();
    cancel.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const notes = await honourRecordedRoles(ctx);
    return withWarnings(await applyLive(ctx.regions, { ...ctx.options, signal: cancel.signal }), notes);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
