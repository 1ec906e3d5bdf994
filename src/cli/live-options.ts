import { runnerIdTokenSource } from '../adapters/databricks/auth.ts';
import { type LiveContext, type LiveSettings, prepareLive } from '../app/live.ts';
import type { ProgressEvent } from '../core/live/progress.ts';
import type { Project } from '../core/project.ts';
import type { OptionSpec } from './commands/command.ts';
import { loadFromDisk, printDiagnostics } from './context.ts';
import { type CliIO, UsageError } from './io.ts';

/** Options shared by the commands that talk to workspaces. */
export const LIVE_OPTIONS: Record<string, OptionSpec> = {
  config: { type: 'string' },
  host: { type: 'string', multiple: true },
  adopt: { type: 'boolean' },
  prune: { type: 'boolean' },
  'allow-unreachable': { type: 'boolean' },
  concurrency: { type: 'string' },
  'active-region': { type: 'string' },
};

export const LIVE_HELP = [
  "  --host REGION=URL     use this host for a region instead of codeploy.yml's (repeatable), e.g. the emulator",
  '  --adopt               take over existing objects with the same name that codeploy does not own',
  '  --prune               delete objects codeploy created that are no longer defined',
  '  --allow-unreachable   go on with the reachable regions when one fails preflight',
  '  --concurrency N       objects written at once per region (default 8)',
  '  --active-region R     make R the active region for this run (an emergency failover)',
].join('\n');

export function liveSettings(
  values: Record<string, unknown>,
  io: CliIO,
  extra: Partial<LiveSettings> = {},
): LiveSettings {
  const hosts: Record<string, string> = {};
  for (const pair of (values.host as string[] | undefined) ?? []) {
    const [region, ...rest] = pair.split('=');
    const url = rest.join('=');
    if (!region || !/^https?:\/\//.test(url)) throw new UsageError(`--host takes REGION=URL (got "${pair}")`);
    hosts[region] = url;
  }
  const concurrency = values.concurrency === undefined ? 8 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw new UsageError('--concurrency takes a whole number from 1 to 64');
  const idToken = runnerIdTokenSource(io.env);
  return {
    env: io.env,
    ...(idToken ? { idToken } : {}),
    hosts,
    adopt: values.adopt === true,
    ...(values.prune === true ? { prune: true } : {}),
    allowUnreachable: values['allow-unreachable'] === true,
    concurrency,
    holder: `codeploy CLI (${io.env.USER ?? io.env.GITHUB_ACTOR ?? 'unknown user'}, pid ${process.pid})`,
    progress: progressPrinter(io),
    ...extra,
  };
}

/** One line per event, on stderr, so stdout stays the plan. */
export function progressPrinter(io: CliIO): (e: ProgressEvent) => void {
  return (e) => {
    switch (e.type) {
      case 'phase':
        io.err(`· ${e.message}`);
        break;
      case 'region':
        io.err(`[${e.region}] ${e.message}`);
        break;
      case 'object':
        io.err(`[${e.region}] ${e.done}/${e.total} ${e.action} ${e.key}`);
        break;
      case 'object-failed':
        io.err(`[${e.region}] FAILED ${e.action} ${e.key}: ${e.error}`);
        break;
      case 'object-warning':
        io.err(`[${e.region}] WARNING ${e.key}: ${e.message}`);
        break;
    }
  };
}

/** `--format` of the commands that print a plan. */
export function checkFormat(values: Record<string, unknown>): void {
  const format = values.format;
  if (format !== undefined && !['text', 'json', 'markdown'].includes(String(format)))
    throw new UsageError(`--format must be text, json or markdown, not "${String(format)}"`);
}

/** `--host REGION=URL` may only name regions of the config: a typo must not go unnoticed. */
export function checkHostRegions(project: Project | undefined, values: Record<string, unknown>): void {
  if (!project) return;
  const regions = project.config.regions.map((r) => r.name);
  for (const pair of (values.host as string[] | undefined) ?? []) {
    const region = pair.split('=')[0] ?? '';
    if (!regions.includes(region))
      throw new UsageError(
        `--host: "${region}" is not a region of ${project.config.file} (${regions.join(', ')})`,
      );
  }
}

/** `--active-region`: the failover switch, checked against the config's regions. */
export function overrideActive(project: Project | undefined, values: Record<string, unknown>): void {
  const region = values['active-region'];
  if (!project || typeof region !== 'string') return;
  if (!project.config.regions.some((r) => r.name === region)) {
    throw new UsageError(
      `--active-region: "${region}" is not a region of ${project.config.file} (${project.config.regions.map((r) => r.name).join(', ')})`,
    );
  }
  project.config.active = region;
  project.config.activeSource = 'override';
}

/** `--release TAG` and `--commit SHA` (apply, verify --fence): what is recorded in each workspace. */
export function releaseSettings(values: Record<string, unknown>): { release?: string; commit?: string } {
  for (const name of ['release', 'commit'] as const)
    if (values[name] !== undefined && String(values[name]).trim() === '')
      throw new UsageError(`--${name} needs a value (got an empty one)`);
  return {
    ...(typeof values.release === 'string' ? { release: values.release } : {}),
    ...(typeof values.commit === 'string' ? { commit: values.commit } : {}),
  };
}

/**
 * What every live command (plan, apply, verify) does first: check `--format`, load the config,
 * apply `--active-region`, check `--host`, and connect to the regions. Undefined, with the
 * diagnostics printed, when the config has errors.
 */
export function connectFromCli(
  values: Record<string, unknown>,
  io: CliIO,
  extra: Partial<LiveSettings> = {},
): LiveContext | undefined {
  checkFormat(values);
  const { project, diags, folder } = loadFromDisk(String(values.config ?? 'codeploy.yml'), io);
  overrideActive(project, values);
  checkHostRegions(project, values);
  const ctx = project ? prepareLive(project, diags, liveSettings(values, io, extra)) : undefined;
  return printDiagnostics(diags, folder, io) > 0 ? undefined : ctx;
}
