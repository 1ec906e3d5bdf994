import { memoryFileSource } from '../../src/adapters/memory-files.ts';
import { type LiveContext, type LiveSettings, prepareLive } from '../../src/app/live.ts';
import { Diagnostics, formatDiagnostic } from '../../src/core/model/diagnostics.ts';
import { loadProject } from '../../src/core/project.ts';
import { Emulator } from '../../src/emulator/server.ts';
import type { EmulatorOptions } from '../../src/emulator/types.ts';

/** Emulator and project set-up without vitest, shared by the tests and the fault suite. */
/** Retries without real waiting, so fault tests run in milliseconds (Retry-After is tested apart). */
export const FAST_RETRY = {
  attempts: 8,
  baseDelayMs: 1,
  maxDelayMs: 1000,
  timeoutMs: 5000,
  rateLimitAttempts: 40,
};

/**
 * The groups and users the example and the tests grant to, made in every emulated workspace as an
 * admin would have made them (a new workspace has only `admins` and `users`).
 */
export const TEST_PRINCIPALS = {
  groups: ['data-engineers', 'analysts', 'eng', 'oncall', 'readers', 'ops', 'platform-admins'],
  users: ['someone@example.com', 'owner@example.com'],
};

export async function startEmulator(options: Partial<EmulatorOptions> = {}) {
  const emulator = new Emulator({
    workspaces: ['primary', 'secondary'],
    principals: TEST_PRINCIPALS,
    ...options,
  });
  const hosts = await emulator.start();
  const env: Record<string, string> = {
    DATABRICKS_TOKEN_PRIMARY: emulator.workspace('primary').token,
    DATABRICKS_TOKEN_SECONDARY: emulator.workspace('secondary').token,
    WAREHOUSE_API_TOKEN: 'not-a-real-secret-4711',
    CODEPLOY_DIGEST_KEY: 'digest-key-held-by-ci-only',
  };
  return { emulator, hosts, env };
}

/** What a run killed an hour ago leaves in every workspace: its deploy lock, long expired. */
export async function plantExpiredLock(ctx: LiveContext): Promise<void> {
  const hourAgo = Date.now() - 3_600_000;
  for (const ws of ctx.workspaces.values())
    await ws.acquireLock(
      {
        holder: 'a run killed long ago',
        run_id: 'dead-run',
        acquired_at: new Date(hourAgo).toISOString(),
        expires_at: new Date(Date.now() - 1_000).toISOString(),
      },
      hourAgo,
    );
}

/** The emergency override of one run (the action's `active-region`, the CLI's `--active-region`). */
export function withOverride(ctx: LiveContext, region: string): LiveContext {
  ctx.project.config.active = region;
  ctx.project.config.activeSource = 'override';
  return ctx;
}

/** Loads an in-memory live-config repo and connects it to the emulator's workspaces. */
export function connectProject(
  files: Record<string, string>,
  hosts: Record<string, string>,
  env: Record<string, string | undefined>,
  settings: Partial<LiveSettings> = {},
): LiveContext {
  const diags = new Diagnostics();
  const project = loadProject('codeploy.yml', memoryFileSource(files), diags);
  const ctx = project
    ? prepareLive(project, diags, { env, hosts, holder: 'vitest', retry: FAST_RETRY, ...settings })
    : undefined;
  if (!ctx) throw new Error(`the test project is invalid:\n${diags.errors.map(formatDiagnostic).join('\n')}`);
  return ctx;
}

/** Calls a workspace's REST API as a person would with its token (a change made by hand); the JSON answer. */
export async function byHand(
  host: string,
  token: string,
  method: 'POST' | 'PATCH' | 'PUT',
  path: string,
  body: Record<string, unknown>,
): Promise<unknown> {
  const r = await fetch(`${host}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await r.text();
  if (r.status !== 200) throw new Error(`${method} ${path}: ${r.status} ${text}`);
  return text ? JSON.parse(text) : {};
}
