/**
 * Every input of the action, read and checked in one place (like actions/checkout's input-helper).
 * Each error names the input and the form expected.
 */
export type Mode = 'auto' | 'plan' | 'apply' | 'verify' | 'export' | 'unlock';
const MODES: readonly Mode[] = ['auto', 'plan', 'apply', 'verify', 'export', 'unlock'];

export interface ActionSettings {
  /** Path of codeploy.yml, relative to the repository root. */
  config: string;
  /** What to do; `auto` picks it from the event. */
  mode: Mode;
  /** Token for the PR comment (the workflow's token by default). */
  githubToken: string;
  /** Keep one plan comment on the pull request. */
  comment: boolean;
  /** The login whose comment is ours (with the hidden marker). */
  commentAuthor: string;
  /** Go on with the reachable regions when one fails preflight. */
  allowUnreachableRegions: boolean;
  /** Deploy a release older than the one a workspace runs (an explicit rollback). */
  allowDowngrade: boolean;
  /** Delete objects codeploy created that left the config; undefined: what codeploy.yml says. */
  prune: boolean | undefined;
  /** Take over existing objects of the same name that codeploy does not own. */
  adopt: boolean;
  /** Make this region active for this run (an emergency failover); undefined: codeploy.yml's. */
  activeRegion: string | undefined;
  /** Region → host overrides (a staging copy, or the emulator in tests). */
  hosts: Record<string, string>;
  /** Objects written at once, per region. */
  concurrency: number;
  /** Where `export` writes each region's rendering. */
  exportDir: string;
  /** The region whose deploy lock `mode: unlock` breaks. */
  unlockRegion: string | undefined;
  /** A release tag must be on the default branch. */
  releaseFromDefaultBranch: boolean;
  /** Path of the plan JSON that was reviewed: an apply refuses when the live plan differs. */
  reviewedPlan: string | undefined;
}

export class InputError extends Error {
  override name = 'InputError';
}

type GetInput = (name: string) => string;

export function readSettings(input: GetInput): ActionSettings {
  const mode = input('mode') || 'auto';
  if (!(MODES as readonly string[]).includes(mode))
    throw new InputError(`Invalid input 'mode': '${mode}'. Expected one of ${MODES.join(', ')}.`);
  const concurrency = Number(input('concurrency') || '8');
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new InputError(
      `Invalid input 'concurrency': '${input('concurrency')}'. Expected a whole number from 1 to 64.`,
    );
  }
  const config = input('config') || 'codeploy.yml';
  if (config.startsWith('/') || config.split('/').includes('..')) {
    throw new InputError(
      `Invalid input 'config': '${config}'. Expected a path inside the repository, like codeploy.yml or deploy/codeploy.yml.`,
    );
  }
  const activeRegion = input('active-region');
  if (activeRegion && !/^[a-z][a-z0-9-]{0,31}$/.test(activeRegion)) {
    throw new InputError(
      `Invalid input 'active-region': '${activeRegion}'. Expected a region name from codeploy.yml.`,
    );
  }
  return {
    config,
    mode: mode as Mode,
    githubToken: input('github-token'),
    comment: boolean(input, 'comment', true),
    commentAuthor: input('comment-author') || 'github-actions[bot]',
    allowUnreachableRegions: boolean(input, 'allow-unreachable-regions', false),
    allowDowngrade: boolean(input, 'allow-downgrade', false),
    prune: input('prune') === '' ? undefined : boolean(input, 'prune', false),
    adopt: boolean(input, 'adopt', false),
    activeRegion: activeRegion || undefined,
    hosts: hostsOf(input('hosts')),
    concurrency,
    exportDir: input('export-dir') || 'codeploy-export',
    releaseFromDefaultBranch: boolean(input, 'release-from-default-branch', true),
    unlockRegion: input('unlock-region') || undefined,
    reviewedPlan: input('reviewed-plan') || undefined,
  };
}

/** YAML 1.2 core booleans, as `core.getBooleanInput` reads them, with a default for an empty input. */
function boolean(input: GetInput, name: string, fallback: boolean): boolean {
  const value = input(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`Invalid input '${name}': '${value}'. Expected true or false.`);
}

function hostsOf(text: string): Record<string, string> {
  const hosts: Record<string, string> = {};
  for (const line of text
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const m = /^([a-z][a-z0-9-]*)=(https?:\/\/\S+)$/.exec(line);
    if (!m?.[1] || !m[2])
      throw new InputError(`Invalid input 'hosts': '${line}'. Expected REGION=URL, one per line.`);
    hosts[m[1]] = m[2];
  }
  return hosts;
}
