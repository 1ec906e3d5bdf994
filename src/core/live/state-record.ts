import { createHash } from 'node:crypto';
import type {
  DesiredObject,
  Intent,
  ObservedObject,
  StateEntry,
  StateRecord,
  Workspace,
} from '../../ports/workspace.ts';
import { kindRules } from '../kinds/index.ts';
import { secretDigest } from '../kinds/secret-scope.ts';
import { canonicalJson, type JsonObject } from '../model/json.ts';
import type { KindName } from '../model/kinds.ts';
import { redactSpec } from '../plan/redact.ts';
import { collectServerFills } from './server-fills.ts';

export function emptyState(
  project: string,
  region: string,
  salt: string,
  now: () => Date = () => new Date(),
): StateRecord {
  return {
    format_version: 1,
    project,
    region,
    applied_at: now().toISOString(),
    secret_salt: salt,
    objects: {},
  };
}

/** What the state remembers of one object right after codeploy applied it. */
export function stateEntry(
  id: string,
  desired: DesiredObject,
  salt: string,
  previous?: StateEntry,
  /** The runtime state was put in full (a terminated cluster pinned too): a later unpin is drift. */
  held = false,
): StateEntry {
  const secrets = desired.secretValues ?? {};
  const digests = { ...(previous?.secret_digests ?? {}) };
  for (const [key, value] of Object.entries(secrets)) digests[key] = secretDigest(salt, value);
  // The record is readable by workspace users: sensitive values are kept out of it (and out of its
  // hash, which could be checked against guesses). A change to one then reads as `config`, not drift.
  const applied = forTheRecord(desired.kind, desired.spec, desired.sensitive);
  return {
    id,
    spec_sha256: createHash('sha256').update(canonicalJson(applied)).digest('hex'),
    applied,
    ...(desired.permissions ? { permissions: desired.permissions } : {}),
    ...(desired.lifecycle ? { lifecycle: { ...desired.lifecycle, ...(held ? { held } : {}) } } : {}),
    ...(desired.content_sha256 ? { content_sha256: desired.content_sha256 } : {}),
    ...(Object.keys(digests).length ? { secret_digests: digests } : {}),
    ...(previous?.server_filled ? { server_filled: previous.server_filled } : {}),
    ...(previous?.meta ? { meta: withoutObjectId(previous.meta) } : {}),
  };
}

/**
 * Codeploy's own write may give the object a new id (a DBC notebook is deleted and imported again):
 * the id is forgotten until the read-back records it, so the new object is not taken for one
 * created by hand.
 */
function withoutObjectId(meta: JsonObject): JsonObject {
  const { object_id: _, ...rest } = meta;
  return rest;
}

/**
 * Right after codeploy wrote an object (never for one it did not write, so a change made by hand is
 * never taken for the server's): what the workspace shows that codeploy did not send, fields the
 * server filled in, secret timestamps, a notebook's modified_at.
 */
export function afterWrite(entry: StateEntry, observed: ObservedObject, desired: DesiredObject): StateEntry {
  const filled = collectServerFills(
    observed.kind,
    forTheRecord(observed.kind, observed.spec, desired.sensitive),
    desired.spec,
  );
  const out: StateEntry = { ...entry };
  if (Object.keys(filled).length) out.server_filled = filled;
  else delete out.server_filled;
  // A secret's timestamp, a notebook's modified_at and the hash of what it exports (not byte for
  // byte what was imported): as the workspace has them right after the write.
  if (observed.meta) out.meta = observed.meta;
  if (observed.content_sha256 && observed.meta)
    out.meta = { ...observed.meta, exported_sha256: observed.content_sha256 };
  if (observed.content_sha256 && !out.content_sha256) out.content_sha256 = observed.content_sha256;
  return out;
}

/**
 * An object codeploy found to be its own without having written it in this apply (found by its
 * marker, by an interrupted apply's intent, or adopted unchanged): recorded with what identifies it
 * (a notebook's object_id), so that prune can remove it one day and a replacement made by hand shows.
 */
export function foundEntry(observed: ObservedObject, salt: string, desired?: DesiredObject): StateEntry {
  // Not defined any more (found through an interrupted apply's intent): recorded as it is, to prune.
  const applied: DesiredObject = desired ?? {
    kind: observed.kind,
    name: observed.name,
    passive: 'off',
    spec: observed.spec,
    sensitive: [],
    owner: observed.owner ?? '',
  };
  const entry = stateEntry(observed.id, applied, salt);
  return observed.meta ? { ...entry, meta: observed.meta } : entry;
}

/** A spec as the state record may hold it: every sensitive value redacted, as in a plan. */
function forTheRecord(kind: KindName, spec: JsonObject, pointers: readonly string[]): JsonObject {
  return redactSpec(spec, { pointers, patterns: kindRules(kind).fieldRules.sensitive }) as JsonObject;
}

/**
 * How often, at most, the record is written while objects are applied. Crash safety does not need
 * a write per object: the creates are recorded as intents before the first of them, so a run killed
 * between two writes leaves the next one a way to know every object it made (see `intents`).
 */
export const STATE_WRITE_INTERVAL_MS = 2_000;

/**
 * Writes the state record as objects are applied, one write at a time and at most one per
 * interval (a flush writes at once): an apply that is interrupted leaves a record the next run
 * converges from, without uploading the whole record after every object.
 */
export class StateWriter {
  private readonly ws: Workspace;
  private readonly record: StateRecord;
  private pending = false;
  private running: Promise<void> | undefined;
  private failure: unknown;
  /** The first write goes at once (0 would make it wait on a young process: performance.now() counts from its start). */
  private lastWrite = Number.NEGATIVE_INFINITY;
  /** Set by flush(): write now, without waiting for the interval. */
  private urgent = false;
  private wake: (() => void) | undefined;
  private readonly intervalMs: number;

  private readonly now: () => Date;
  private readonly guard: () => void;

  constructor(
    ws: Workspace,
    record: StateRecord,
    now: () => Date = () => new Date(),
    guard: () => void = () => undefined,
    intervalMs = STATE_WRITE_INTERVAL_MS,
  ) {
    this.ws = ws;
    this.record = record;
    this.now = now;
    this.guard = guard;
    this.intervalMs = intervalMs;
  }

  get current(): StateRecord {
    return this.record;
  }

  set(key: string, entry: StateEntry | undefined): void {
    if (entry) this.record.objects[key] = entry;
    else delete this.record.objects[key];
    if (entry && this.record.intents) delete this.record.intents[key];
    this.schedule();
  }

  /** Records the creates about to be made, and waits until the record holds them. */
  async intend(intents: Record<string, Intent>): Promise<void> {
    if (Object.keys(intents).length === 0) return;
    this.record.intents = { ...(this.record.intents ?? {}), ...intents };
    this.schedule();
    await this.flush();
  }

  /** The apply ended (done, failed or cancelled, but not killed): no create is in flight any more. */
  endIntents(): void {
    if (this.record.intents === undefined) return;
    delete this.record.intents;
    this.schedule();
  }

  schedule(): void {
    this.pending = true;
    // Cleared from the stored promise, never inside loop(): a loop that ends before its first await
    // (the lease guard throws) would clear `running` before it is stored, and flush() would spin.
    this.running ??= this.loop().finally(() => {
      this.running = undefined;
    });
  }

  async flush(): Promise<void> {
    this.urgent = true;
    this.wake?.();
    while (this.running) await this.running;
    this.urgent = false;
    if (this.failure) throw this.failure;
  }

  private async loop(): Promise<void> {
    try {
      while (this.pending) {
        const wait = this.lastWrite + this.intervalMs - performance.now();
        if (wait > 0 && !this.urgent) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, wait);
            this.wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          this.wake = undefined;
        }
        this.pending = false;
        this.guard();
        this.record.applied_at = this.now().toISOString();
        // Not a copy: writeState reads the record whole before it first waits (see the port).
        await this.ws.writeState(this.record);
        this.lastWrite = performance.now();
      }
    } catch (err) {
      this.failure = err;
    }
  }
}
