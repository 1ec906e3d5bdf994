import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import * as core from '@actions/core';
import { gitCli } from '../adapters/git.ts';
import { memoryFileSource } from '../adapters/memory-files.ts';
import { nodeFileSource } from '../adapters/node-files.ts';
import {
  breakDeployLock,
  type LiveContext,
  type LiveSettings,
  prepareLive,
  runApplyUntilCancelled,
  runPlan,
  runVerify,
} from '../app/live.ts';
import type { RunOptions, RunReport } from '../core/live/apply.ts';
import type { Config } from '../core/model/config.ts';
import type { RenderedRegion } from '../core/model/definition.ts';
import { Diagnostics, formatDiagnostic } from '../core/model/diagnostics.ts';
import { formatComment } from '../core/plan/format-comment.ts';
import { fitBytes, formatPlanMarkdown, SUMMARY_LIMIT_BYTES } from '../core/plan/format-markdown.ts';
import { hasChanges, summaryLine } from '../core/plan/plan.ts';
import { reviewedPlanHashes } from '../core/plan/plan-hash.ts';
import type { Plan } from '../core/plan/types.ts';
import { loadProject, offlinePlan, type Project, renderProject } from '../core/project.ts';
import { displayRegion } from '../core/render/display.ts';
import { connectionChanges } from '../core/validate/trust-boundary.ts';
import {
  fenceLine,
  formatReadinessMarkdown,
  formatReadinessText,
  readinessJson,
} from '../core/verify/format-readiness.ts';
import { annotate } from './annotations.ts';
import { upsertComment } from './comment.ts';
import { modeFor, type RunContext, readContext } from './context.ts';
import { type ActionFailure, Outputs } from './outputs.ts';
import { checkRelease, ReleaseGuardError } from './release-guard.ts';
import { type ActionSettings, InputError, readSettings } from './settings.ts';

/** Regions that did not answer earlier in the run (see RunOptions.noAnswer). */
type NoAnswer = NonNullable<RunOptions['noAnswer']>;

/** Everything a mode needs: the loaded project, the inputs, the runner's context and the outputs. */
interface ModeRun {
  project: Project;
  /** Every region, rendered once when the config was validated. */
  rendered: RenderedRegion[];
  settings: ActionSettings;
  ctx: RunContext;
  env: Record<string, string | undefined>;
  outputs: Outputs;
}

/** A run that ends on purpose, with one of the documented failure reasons. */
class RunFailure extends Error {
  readonly reason: ActionFailure;
  constructor(reason: ActionFailure, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** The action: one catch, one place for outputs (the shape of actions/typescript-action). */
export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  const outputs = new Outputs();
  try {
    await main(env, outputs);
  } catch (err) {
    outputs.failureReason ||= reasonOf(err);
    const message = err instanceof Error ? err.message : String(err);
    core.setFailed(message);
    // Every run leaves a job summary, a refusal or an invalid config too.
    if (!outputs.summaryWritten)
      await writeSummary(outputs, [
        `## codeploy: ${core.getInput('config') || 'codeploy.yml'}`,
        '',
        ...caution(`${message}\n(failure-reason: ${outputs.failureReason})`),
      ]).catch(() => undefined);
  } finally {
    outputs.write();
  }
}

function reasonOf(err: unknown): ActionFailure {
  if (err instanceof RunFailure) return err.reason;
  if (err instanceof InputError) return 'invalid-input';
  if (err instanceof ReleaseGuardError) return 'release-guard';
  return 'internal';
}

async function main(env: Record<string, string | undefined>, outputs: Outputs): Promise<void> {
  const settings = readSettings((name) => core.getInput(name));
  if (settings.githubToken) core.setSecret(settings.githubToken);
  const ctx = readContext(env);
  const mode = modeFor(settings.mode, ctx);
  core.info(`codeploy ${mode} (event: ${ctx.eventName || 'none'}, config: ${settings.config})`);

  const folder = posix.dirname(settings.config);
  const diags = new Diagnostics();
  const project = loadProject(
    posix.basename(settings.config),
    nodeFileSource(join(ctx.workspace, folder)),
    diags,
  );
  if (project) prepareConfig(project.config, settings, env, diags);
  const rendered = project ? renderProject(project, diags) : [];
  annotate(diags, folder === '.' ? '' : folder);
  if (!project || diags.hasErrors) {
    const listed = diags.errors.slice(0, 50).map((d) => `- ${formatDiagnostic(d)}`);
    const more =
      diags.errors.length > listed.length ? [`- …and ${diags.errors.length - listed.length} more`] : [];
    const message = [
      `${settings.config} is invalid: ${diags.errors.length} problem(s), each annotated on its file and line. Nothing was written anywhere.`,
      ...listed,
      ...more,
    ].join('\n');
    if (mode === 'plan') await comment(settings, ctx, outputs, { failure: message });
    throw new RunFailure('invalid-config', message);
  }

  const run: ModeRun = { project, rendered, settings, ctx, env, outputs };
  switch (mode) {
    case 'plan':
      return planMode(run);
    case 'apply':
      return applyMode(run);
    case 'verify':
      return verifyMode(run);
    case 'export':
      return exportMode(run);
    case 'unlock':
      return unlockMode(run);
  }
}

/** Applies the run's overrides to the config, and masks every credential it names. */
function prepareConfig(
  config: Config,
  settings: ActionSettings,
  env: Record<string, string | undefined>,
  diags: Diagnostics,
): void {
  if (settings.activeRegion) {
    if (!config.regions.some((r) => r.name === settings.activeRegion)) {
      diags.error(
        'input',
        `input 'active-region' names "${settings.activeRegion}", which is not a region of ${config.file}`,
        {
          expected: `one of ${config.regions.map((r) => r.name).join(', ')}`,
        },
      );
    } else {
      config.active = settings.activeRegion;
      config.activeSource = 'override';
    }
  }
  if (env.CODEPLOY_DIGEST_KEY) core.setSecret(env.CODEPLOY_DIGEST_KEY);
  for (const region of config.regions) {
    const name =
      region.auth.type === 'token'
        ? region.auth.env
        : region.auth.type === 'oauth-m2m'
          ? region.auth.client_secret_env
          : undefined;
    const value = name ? env[name] : undefined;
    if (value) core.setSecret(value);
  }
}

/** The project connected to every region's workspace, with the action's logging and masking. */
function connectLive(run: ModeRun, extra: Partial<LiveSettings> = {}): LiveContext {
  const { project, settings, ctx, env } = run;
  for (const d of project.definitions) {
    for (const s of Array.isArray(d.spec.secrets) ? d.spec.secrets : []) {
      const value = env[String((s as { from_env?: string }).from_env)];
      if (value) core.setSecret(value);
    }
  }
  const settingsForLive: LiveSettings = {
    env,
    idToken: (audience) => core.getIDToken(audience),
    onSecret: (s) => core.setSecret(s),
    hosts: settings.hosts,
    adopt: settings.adopt,
    ...(settings.prune !== undefined ? { prune: settings.prune } : {}),
    allowUnreachable: settings.allowUnreachableRegions,
    concurrency: settings.concurrency,
    holder: `GitHub Actions ${ctx.owner}/${ctx.repo}${ctx.runUrl ? ` run ${ctx.runUrl}` : ''} (${ctx.ref})`,
    progress: (e) => {
      if (e.type === 'object') core.info(`[${e.region}] ${e.done}/${e.total} ${e.action} ${e.key}`);
      else if (e.type === 'object-failed')
        core.error(`[${e.region}] ${e.action} ${e.key} failed: ${e.error}`);
      else if (e.type === 'object-warning') core.warning(`[${e.region}] ${e.key}: ${e.message}`);
      else if (e.type === 'region') core.info(`[${e.region}] ${e.message}`);
      else core.info(e.message);
    },
    ...extra,
  };
  const live = prepareLive(project, new Diagnostics(), settingsForLive, run.rendered);
  if (!live) throw new RunFailure('invalid-config', 'the config did not render');
  return live;
}

/** Whether every region has credentials here: a PR from a fork has none (secrets are withheld). */
function hasCredentials(config: Config, env: Record<string, string | undefined>): boolean {
  return config.regions.every((r) => {
    if (r.auth.type === 'token') return Boolean(env[r.auth.env]);
    if (r.auth.type === 'oauth-m2m') return Boolean(env[r.auth.client_secret_env]);
    return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  });
}

async function planMode(run: ModeRun): Promise<void> {
  const { project, settings, ctx, outputs } = run;
  const base = ctx.pullRequest ? baseProject(run) : undefined;
  const offlineReason = whyOffline(run, base);
  let plan: Plan;
  let failure: RunFailure | undefined;
  if (offlineReason === undefined) {
    const report = await core.group('Plan: reading every region', () => runPlan(connectLive(run)));
    for (const w of report.warnings ?? []) core.warning(w);
    plan = { format_version: 1, mode: 'live', regions: report.plans, ...warningsOf(report) };
    if (!report.ok)
      failure = new RunFailure(report.reason ?? 'preflight', report.message ?? 'the plan failed');
  } else {
    core.info(`Planning offline, the base branch against this pull request: ${offlineReason}.`);
    if (!ctx.pullRequest)
      throw new RunFailure(
        'preflight',
        `${offlineReason}, and there is no pull request base to plan offline against`,
      );
    // A base without the config (the PR adds codeploy) plans everything as new.
    const from = base ?? { config: project.config, definitions: [] };
    plan = { ...offlinePlan(from, project, new Diagnostics()), offline_reason: offlineReason };
  }
  await publish(plan, settings, outputs, failure?.message);
  await comment(settings, ctx, outputs, { plan, ...(failure ? { failure: failure.message } : {}) });
  if (failure) throw failure;
}

/**
 * Why this plan may not read the workspaces (undefined: it may). A pull request is hostile input:
 * it never decides where a credential is sent (`connectionChanges`), and a fork's head on
 * `pull_request_target` (which has the secrets) is never planned with them.
 */
function whyOffline(run: ModeRun, base: Project | undefined): string | undefined {
  const { project, settings, ctx, env } = run;
  if (ctx.pullRequest) {
    if (ctx.eventName === 'pull_request_target' && ctx.pullRequest.fromFork)
      return "this pull request comes from a fork and runs on pull_request_target, whose secrets are never used to plan a fork's head";
    const changes = connectionChanges(project.config, base?.config, settings.hosts);
    if (changes.length > 0) return changes.join('; ');
  }
  if (!hasCredentials(project.config, env))
    return 'no workspace credentials were given (a pull request from a fork gets no secrets)';
  return undefined;
}

/** The PR's base version, read from git history (the workflow fetches it); undefined when it has no config. */
function baseProject(run: ModeRun): Project | undefined {
  const { settings, ctx } = run;
  const baseSha = ctx.pullRequest?.baseSha ?? '';
  const folder = posix.dirname(settings.config);
  const files = baseSha ? gitCli(ctx.workspace).filesAt(baseSha, folder === '.' ? '' : folder) : undefined;
  if (!files)
    throw new RunFailure(
      'preflight',
      `the pull request's base commit ${baseSha.slice(0, 12) || '(none in the event)'} is not in the checkout, so neither its hosts and credentials nor its plan can be read: use actions/checkout with fetch-depth: 0`,
    );
  const diags = new Diagnostics();
  const base = loadProject(posix.basename(settings.config), memoryFileSource(files), diags);
  return base && !diags.hasErrors ? base : undefined;
}

async function applyMode(run: ModeRun): Promise<void> {
  const { project, settings, ctx, outputs } = run;
  const { release, commit } = checkRelease(
    ctx,
    project.config.release.tag_pattern,
    gitCli(ctx.workspace),
    settings.releaseFromDefaultBranch,
  );
  const reviewedPlans = settings.reviewedPlan
    ? readReviewedPlan(ctx.workspace, settings.reviewedPlan)
    : undefined;
  outputs.release = release;
  const regions = project.config.regions.map((r) => r.name).join(', ');
  core.info(
    `Deploying release ${release} (${commit.slice(0, 12)}) to ${regions}; active: ${project.config.active}`,
  );
  const live = connectLive(run, {
    release,
    commit,
    allowDowngrade: settings.allowDowngrade,
    ...(reviewedPlans ? { reviewedPlans } : {}),
  });
  const report = await core.group('Apply', () =>
    runApplyUntilCancelled(live, () =>
      core.warning(
        'Cancelled: no new write starts; finishing the writes in flight, then releasing the locks.',
      ),
    ),
  );
  for (const w of report.warnings ?? []) core.warning(w);
  for (const s of report.steps ?? []) core.info(`${s.step}: ${(s.ms / 1000).toFixed(1)} s`);
  const plan: Plan = { format_version: 1, mode: 'live', regions: report.plans, ...warningsOf(report) };
  await publish(plan, settings, outputs, report.ok ? undefined : report.message, report);
  if (!report.ok) throw new RunFailure(report.reason ?? 'apply-failed', report.message ?? 'the apply failed');
  core.info(`Release ${release} is deployed: every region matches it.`);
}

/** A run's warnings (a standing failover, a pending fence), carried by the plan to every output. */
function warningsOf(report: RunReport): Pick<Plan, 'warnings'> {
  return report.warnings?.length ? { warnings: report.warnings } : {};
}

/** The plan a person reviewed (an earlier step's plan-json), as region → plan hash. */
function readReviewedPlan(workspace: string, path: string): Record<string, string> {
  try {
    return reviewedPlanHashes(readFileSync(resolve(workspace, path), 'utf8'));
  } catch (err) {
    throw new InputError(
      `Invalid input 'reviewed-plan': '${path}': ${err instanceof Error ? err.message : String(err)}. Expected the plan-json file of the plan step.`,
    );
  }
}

/**
 * The scheduled verify: the DR readiness report of every region (see `core/verify/readiness.ts`),
 * against the release the workspaces record. Fails with `not-ready` when any check fails.
 */
async function verifyMode(run: ModeRun): Promise<void> {
  const { settings, outputs } = run;
  const noAnswer: NoAnswer = new Map();
  const { run: released, release, commit } = await releasedVersion(run, noAnswer);
  // A fence records the release it deploys, like any apply.
  const live = connectLive(released, { ...(release ? { release } : {}), ...(commit ? { commit } : {}) });
  live.options.noAnswer = noAnswer;
  const readiness = await core.group('Verify: reading and checking every region', () =>
    runVerify(live, { fence: true }),
  );
  if (readiness.fence) (readiness.fence.ok ? core.info : core.warning)(fenceLine(readiness.fence));
  const { report } = readiness;
  for (const w of report.warnings ?? []) core.warning(w);
  core.info(formatReadinessText(readiness));
  const file = join(process.env.RUNNER_TEMP || tmpdir(), 'codeploy', String(process.pid), 'readiness.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(readinessJson(readiness), null, 2)}\n`);
  outputs.readinessJson = file;
  const failure = readiness.ready ? undefined : notReadyMessage(readiness.reasons);
  const plan: Plan = { format_version: 1, mode: 'live', regions: report.plans, ...warningsOf(report) };
  await publish(plan, settings, outputs, failure, report, formatReadinessMarkdown(readiness));
  for (const region of readiness.regions) {
    const entry = (outputs.summary[region.region] ?? {}) as Record<string, unknown>;
    outputs.summary[region.region] = { ...entry, ready: region.ready };
  }
  if (failure) throw new RunFailure('not-ready', failure);
  core.info('Every region is ready for a failover.');
}

function notReadyMessage(reasons: readonly string[]): string {
  const shown = reasons.slice(0, 10);
  const more = reasons.length > shown.length ? `; and ${reasons.length - shown.length} more` : '';
  return `not ready for a failover: ${shown.join('; ')}${more}. See the job summary.`;
}

/**
 * What the workspaces were deployed from: the release tag they record, checked out from git, so
 * changes merged but not yet released are not reported as drift. The checkout itself when they
 * record none, disagree, or the tag is not in the checkout (said as a warning).
 */
async function releasedVersion(
  run: ModeRun,
  noAnswer: NoAnswer,
): Promise<{ run: ModeRun; release?: string; commit?: string }> {
  const { settings, ctx } = run;
  const live = connectLive(run);
  // A region that does not answer here is not asked again by the verify that follows.
  const states = await Promise.all(
    [...live.workspaces.entries()].map(([region, ws]) =>
      ws.readState().catch((err) => {
        if (live.options.errors.isTransient(err))
          noAnswer.set(region, err instanceof Error ? err.message : String(err));
        return undefined;
      }),
    ),
  );
  const releases = [...new Set(states.map((s) => s?.release).filter((r): r is string => r !== undefined))];
  const git = gitCli(ctx.workspace);
  // Regions on different releases (an old primary fenced after the others moved on): the newest
  // deployed is the one to verify against; the readiness report's parity check names the others.
  const newest = states
    .filter((s) => s?.release !== undefined)
    .sort((a, b) => String(b?.applied_at).localeCompare(String(a?.applied_at)))[0]?.release;
  if (releases.length > 1)
    core.warning(`the regions run different releases (${releases.join(', ')}): verifying against ${newest}`);
  const release = newest;
  const commit = release ? git.tagCommit(release) : undefined;
  if (!release || !commit) {
    core.warning(
      release
        ? `the deployed release ${release} is not in the checkout (fetch-depth: 0 fetches tags): verifying against the checkout, so unreleased changes show as differences`
        : 'the workspaces record no release: verifying against the checkout',
    );
    return { run };
  }
  if (commit === git.head()) return { run, release, commit };
  const folder = posix.dirname(settings.config);
  const files = git.filesAt(commit, folder === '.' ? '' : folder);
  const diags = new Diagnostics();
  const project = files
    ? loadProject(posix.basename(settings.config), memoryFileSource(files), diags)
    : undefined;
  if (!project || diags.hasErrors) return { run };
  if (run.project.config.activeSource === 'override') {
    project.config.active = run.project.config.active;
    project.config.activeSource = 'override';
  }
  core.info(`Verifying against release ${release} (${commit.slice(0, 12)}), which the workspaces run.`);
  return { run: { ...run, project, rendered: renderProject(project, diags) }, release, commit };
}

/** Breaks one region's deploy lock left by a run that died, on purpose, recording who broke it. */
async function unlockMode(run: ModeRun): Promise<void> {
  const { project, settings, outputs } = run;
  const region = settings.unlockRegion;
  const names = project.config.regions.map((r) => r.name);
  if (!region || !names.includes(region))
    throw new InputError(
      `Invalid input 'unlock-region': '${region ?? ''}'. Expected the region whose deploy lock to break: one of ${names.join(', ')}.`,
    );
  const live = connectLive(run);
  const ws = live.workspaces.get(region);
  if (!ws) throw new RunFailure('preflight', `region ${region} could not be connected`);
  const by = live.options.holder;
  const { broken, stillAlive } = await breakDeployLock(ws, by);
  const line = broken
    ? `${region}: broke the deploy lock of ${broken.holder} (taken ${broken.acquired_at}, lease to ${broken.expires_at}); recorded as broken by ${by}.`
    : `${region}: there was no deploy lock to break.`;
  core.info(line);
  await writeSummary(outputs, [`## codeploy: ${settings.config}`, '', line]);
  if (stillAlive)
    throw new RunFailure(
      'locked',
      `${region}: ${broken?.holder} is still alive and renewed its lock; let it finish.`,
    );
}

function exportMode(run: ModeRun): void {
  const { rendered, settings, ctx, outputs } = run;
  const dir = join(ctx.workspace, settings.exportDir);
  mkdirSync(dir, { recursive: true });
  for (const region of rendered) {
    writeFileSync(join(dir, `${region.region}.json`), `${JSON.stringify(displayRegion(region), null, 2)}\n`);
    outputs.summary[region.region] = { objects: region.objects.length, role: region.role };
  }
  outputs.planJson = dir;
  core.info(`Wrote each region's rendering to ${settings.exportDir}/`);
}

/** One log group per region: its summary line, each change, and (after an apply) each outcome. */
function logRegions(plan: Plan, report?: RunReport): void {
  for (const region of plan.regions) {
    core.startGroup(`Region ${region.region} (${region.role}): ${summaryLine(region.summary)}`);
    for (const e of region.entries.filter((x) => x.action !== 'no-change')) {
      const outcome = report?.regions
        .find((r) => r.region === region.region)
        ?.outcomes.find((o) => o.key === e.key);
      core.info(
        `${e.action} ${e.key}${outcome ? `: ${outcome.status}${outcome.error ? ` (${outcome.error})` : ''}` : ''}`,
      );
      for (const c of e.changes)
        core.info(`    ${c.path}${c.reason === 'drift' ? ' (changed in the workspace)' : ''}`);
    }
    for (const note of region.notes ?? []) core.info(`note: ${note}`);
    core.endGroup();
  }
}

/** Job summary, plan file and outputs: the same plan, everywhere but the comment. */
async function publish(
  plan: Plan,
  settings: ActionSettings,
  outputs: Outputs,
  failure?: string,
  report?: RunReport,
  /** Markdown shown before the plan (verify's readiness report). */
  preface?: string,
): Promise<void> {
  logRegions(plan, report);
  const file = join(process.env.RUNNER_TEMP || tmpdir(), 'codeploy', String(process.pid), 'plan.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(plan, null, 2)}\n`);
  outputs.planJson = file;
  outputs.hasChanges = plan.regions.some((r) => hasChanges(r.summary));
  outputs.summary = Object.fromEntries(plan.regions.map((r) => [r.region, { role: r.role, ...r.summary }]));
  // A region that did not answer is in the outputs too, with its status: never silently missing.
  for (const r of report?.regions ?? [])
    if (r.status === 'unreachable') {
      outputs.summary[r.region] = { status: 'unreachable', error: r.error ?? '' };
      core.warning(`${r.region} did not answer: nothing was done there (${r.error ?? 'no answer'}).`);
    }
  const outcome = report
    ? report.regions.map(
        (r) =>
          `| ${r.region} | ${r.status} | ${r.outcomes.filter((o) => o.status === 'done' && o.action !== 'no-change').length} | ${r.outcomes.filter((o) => o.status === 'failed').length} | ${r.remaining.length} |`,
      )
    : [];
  const md = [
    `## codeploy: ${settings.config}`,
    ...(failure ? ['', ...caution(failure)] : []),
    ...(outcome.length
      ? ['', '| region | result | applied | failed | still differing |', '|---|---|---|---|---|', ...outcome]
      : []),
    ...(preface ? ['', preface] : []),
    ...(report?.steps?.length
      ? ['', `Steps: ${report.steps.map((x) => `${x.step} ${(x.ms / 1000).toFixed(1)} s`).join(', then ')}.`]
      : []),
    '',
    formatPlanMarkdown(plan),
  ].join('\n');
  await writeSummary(outputs, [md], `the whole plan is in ${file}`);
}

/** Writes the job summary once, cut to fit the limit in bytes, saying where the rest is. */
async function writeSummary(outputs: Outputs, lines: string[], rest = 'see the log'): Promise<void> {
  const md = lines.join('\n');
  await core.summary
    .addRaw(fitBytes(md, SUMMARY_LIMIT_BYTES - 4096, `\n\n_…cut at the 1 MiB summary limit; ${rest}._`))
    .write();
  outputs.summaryWritten = true;
}

function caution(text: string): string[] {
  return ['> [!CAUTION]', `> ${text.replace(/\n/g, '\n> ')}`];
}

async function comment(
  settings: ActionSettings,
  ctx: RunContext,
  outputs: Outputs,
  content: { plan?: Plan; failure?: string },
): Promise<void> {
  if (!settings.comment || !ctx.pullRequest) return;
  if (!settings.githubToken) {
    core.warning("No 'github-token': the plan comment was not posted.");
    return;
  }
  const body = formatComment({
    configPath: settings.config,
    head: ctx.pullRequest.headSha,
    ...content,
    ...(ctx.runUrl ? { detailsUrl: ctx.runUrl } : {}),
  });
  // Octokit is loaded only by the runs that comment: the others start without parsing it.
  const { githubComments } = await import('../adapters/github.ts');
  const api = githubComments(settings.githubToken, ctx.owner, ctx.repo, ctx.apiUrl);
  try {
    const saved = await upsertComment(
      api,
      ctx.pullRequest.number,
      settings.config,
      settings.commentAuthor,
      body,
    );
    outputs.commentId = String(saved.id);
    core.info(`Plan comment: ${saved.url}`);
  } catch (err) {
    // A fork's pull request gets a read-only GITHUB_TOKEN: the plan is not lost, it is in the
    // job summary, and the run's result is the plan's, not the comment's.
    const status = (err as { status?: number }).status;
    const why =
      status === 403 || status === 401
        ? 'the token may not write to this pull request (a pull request from a fork gets a read-only GITHUB_TOKEN)'
        : err instanceof Error
          ? err.message
          : String(err);
    core.warning(`The plan comment was not posted: ${why}. The plan is in the job summary.`);
  }
}
