import type { AuthContext } from '../adapters/databricks/auth.ts';
import { connect, DATABRICKS_ERRORS } from '../adapters/databricks/connect.ts';
import type { RetryPolicy } from '../adapters/databricks/transport.ts';
import type { DatabricksWorkspace } from '../adapters/databricks/workspace.ts';
import { LOCK_LEASE_MS } from '../adapters/databricks/workspace.ts';
import { applyLive, type LiveRegion, planLive, type RunOptions, type RunReport } from '../core/live/apply.ts';
import type { ProgressSink } from '../core/live/progress.ts';
import { objectKey, type RenderedRegion } from '../core/model/definition.ts';
import type { Diagnostics } from '../core/model/diagnostics.ts';
import { type Project, renderProject } from '../core/project.ts';
import type { LockInfo, Workspace } from '../ports/workspace.ts';

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
  };
  return { regions, workspaces, rendered, options };
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

export function runPlan(ctx: LiveContext): Promise<RunReport> {
  return planLive(ctx.regions, ctx.options);
}

export function runApply(ctx: LiveContext): Promise<RunReport> {
  return applyLive(ctx.regions, ctx.options);
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
    return await applyLive(ctx.regions, { ...ctx.options, signal: cancel.signal });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
