import { readFileSync } from 'node:fs';
import type { Mode } from './settings.ts';

/** What the runner tells the action about this run (environment and event payload). */
export interface RunContext {
  eventName: string;
  payload: Record<string, unknown>;
  /** `refs/tags/v1.4.0`, `refs/pull/12/merge`, `refs/heads/main`. */
  ref: string;
  sha: string;
  owner: string;
  repo: string;
  workspace: string;
  apiUrl: string;
  /** The job's page, where the summary is. */
  runUrl: string | undefined;
  pullRequest?: { number: number; baseSha: string; headSha: string; fromFork: boolean };
  /** The repository's default branch, from the event payload. */
  defaultBranch: string | undefined;
}

export function readContext(env: Record<string, string | undefined>): RunContext {
  const eventPath = env.GITHUB_EVENT_PATH;
  const payload = eventPath ? (JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>) : {};
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  const pr = payload.pull_request as
    | {
        number?: number;
        base?: { sha?: string; repo?: { full_name?: string } };
        head?: { sha?: string; repo?: { full_name?: string } };
      }
    | undefined;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository = payload.repository as { default_branch?: string } | undefined;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    owner,
    repo,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    defaultBranch: repository?.default_branch,
    runUrl: env.GITHUB_RUN_ID ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    ...(pr?.number
      ? {
          pullRequest: {
            number: pr.number,
            baseSha: pr.base?.sha ?? '',
            headSha: pr.head?.sha ?? env.GITHUB_SHA ?? '',
            fromFork: (pr.head?.repo?.full_name ?? '') !== (pr.base?.repo?.full_name ?? `${owner}/${repo}`),
          },
        }
      : {}),
  };
}

/**
 * `auto` picks the mode from the event: a pull request plans, a tag push applies, a schedule
 * verifies, and a manual dispatch does what its `mode` input says (plan by default).
 */
export function modeFor(mode: Mode, ctx: RunContext): Exclude<Mode, 'auto'> {
  if (mode !== 'auto') return mode;
  switch (ctx.eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return 'plan';
    case 'push':
      return ctx.ref.startsWith('refs/tags/') ? 'apply' : 'plan';
    case 'schedule':
      return 'verify';
    case 'workflow_dispatch': {
      const wanted = (ctx.payload.inputs as Record<string, unknown> | undefined)?.mode;
      return wanted === 'apply' || wanted === 'verify' || wanted === 'export' || wanted === 'unlock'
        ? wanted
        : 'plan';
    }
    default:
      return 'plan';
  }
}
