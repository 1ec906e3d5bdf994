import type { PrincipalRef } from '../core/live/principals.ts';
import type { Grant, RenderedObject } from '../core/model/definition.ts';
import type { Json, JsonObject } from '../core/model/json.ts';
import type { KindName } from '../core/model/kinds.ts';

/** An object as found in a workspace, in the same shape as a rendered one so the two compare. */
export interface ObservedObject {
  kind: KindName;
  /** The workspace's id: job_id, cluster_id, a path for workspace files, a name for secret scopes. */
  id: string;
  /** What the workspace calls it (job name, cluster name, path), for clash messages. */
  name: string;
  /** Create-request shape: read-only fields stripped, normalized like a rendered spec. */
  spec: JsonObject;
  /** Direct grants only: inherited grants and the deployer's own ownership are left out. */
  permissions?: Grant[];
  /** Runtime state, for kinds that have one (clusters, warehouses); whether a cluster is pinned. */
  lifecycle?: { state: string; pinned?: boolean };
  /** The ownership marker's value (`<project>/<kind>/<name>`), when the object carries one. */
  owner?: string;
  /** For notebooks, files and init scripts: a hash of the content, when it was read. */
  content_sha256?: string;
  /** Anything the adapter needs to remember between read and write (e.g. `modified_at`). */
  meta?: JsonObject;
}

/** A rendered object ready to send: ids of referenced objects resolved for this workspace. */
export interface DesiredObject extends RenderedObject {
  /** The ownership marker value to put on it. */
  owner: string;
  /** The content to upload, for notebooks, files and init scripts. */
  content?: string;
  /** Secret values by key, for secret scopes (read from the environment at apply time). */
  secretValues?: Record<string, string>;
  /** Secret key → the environment variable that should hold its value and is not set. */
  unsetSecrets?: Record<string, string>;
}

/**
 * The deploy state codeploy keeps in each workspace (a small JSON file), so objects are matched by
 * what codeploy created rather than by names, which are not unique.
 */
export interface StateRecord {
  format_version: 1;
  project: string;
  region: string;
  release?: string;
  commit?: string;
  applied_at: string;
  /** Salt of this workspace's secret digests: digests are never comparable across workspaces. */
  secret_salt: string;
  /** Object key (`job/nightly-etl`) → what codeploy applied. */
  objects: Record<string, StateEntry>;
  /**
   * Creates an apply was about to make, written before its first write and cleared when it ends.
   * After a crash they are how the next run knows an untagged object (a policy, a notebook, a scope)
   * that the crashed run created but never recorded as its own.
   */
  intents?: Record<string, Intent>;
  /** Which region is active, as the last apply left it, so an emergency failover is remembered. */
  roles?: RolesRecord;
}

export interface RolesRecord {
  active: string;
  /** `override`: an emergency failover, which stands until codeploy.yml agrees or a failback. */
  source: 'config' | 'override';
  by: string;
  at: string;
  /** Regions that were unreachable when they had to stand down: demoted first once they answer. */
  pending_fence?: string[];
}

/** A create codeploy is about to make: what the object will be known by, and when it was intended. */
export interface Intent {
  /** The kind's identity field (a name, a path, a scope name). */
  name: string;
  at: string;
}

export interface StateEntry {
  id: string;
  /** SHA-256 of the applied spec, as a cheap check. */
  spec_sha256: string;
  /** The spec as last applied: the base of the three-way diff (config change vs drift). */
  applied: JsonObject;
  /** The grants as last applied, when codeploy manages them. */
  permissions?: Grant[];
  /**
   * The runtime state last applied (a passive region's clusters and warehouses); `held` when all of
   * it was done, a terminated cluster pinned too, so an unpin by hand shows as drift.
   */
  lifecycle?: { state: 'TERMINATED' | 'STOPPED'; held?: boolean };
  /** One-way digests of secret values last put, never the values. */
  secret_digests?: Record<string, string>;
  content_sha256?: string;
  /** Fields the server filled in on its own right after codeploy applied (path → value): not drift. */
  server_filled?: Record<string, Json>;
  /**
   * What the adapter remembered right after the write: a notebook's `modified_at`, a scope's
   * `secret_timestamps` (key → last_updated_timestamp), to tell a change made by hand.
   */
  meta?: JsonObject;
}

export interface LockInfo {
  /** Who holds it, for people: the CLI user and host, or the workflow run and its URL. */
  holder: string;
  /** This run's id: the lock is renewed, released and recognised by it, never by `holder`. */
  run_id: string;
  acquired_at: string;
  /** The lease: renewed by the holder's heartbeat; past it the lock may be taken over. */
  expires_at: string;
  /** Incremented by each takeover of an expired lock, so only one run takes over each one. */
  generation?: number;
  /** The holder of the expired lock this one took over. */
  took_over_from?: string;
}

/** One region's workspace, as the core's live plan and apply use it. */
export interface Workspace {
  readonly region: string;
  readonly host: string;
  /**
   * A cheap authenticated read (`scim/v2/Me`): who the credentials belong to, and which workspace
   * answered (its id, when the server says). Throws when it is unreachable or refuses them.
   */
  check(): Promise<{ principal: string; workspaceId?: string }>;
  /** Everything of these kinds that is there (owned or not), by list calls where the API has them. */
  readAll(kinds: readonly KindName[], hints: ReadHints): Promise<ObservedObject[]>;
  create(obj: DesiredObject): Promise<string>;
  /** The content of a notebook (its source) or a file, as text (`codeploy export`). */
  readContent(kind: KindName, path: string): Promise<string>;
  /**
   * What a create does once the object exists (a cluster's libraries), done again for an object
   * found after a create whose answer was lost; it must be harmless to repeat.
   */
  finishCreate(obj: DesiredObject, id: string): Promise<void>;
  update(obj: DesiredObject, current: ObservedObject): Promise<void>;
  delete(kind: KindName, id: string): Promise<void>;
  /** Direct grants on one object (inherited ones left out); undefined for kinds without ACLs. */
  readPermissions(kind: KindName, id: string): Promise<Grant[] | undefined>;
  setPermissions(kind: KindName, id: string, grants: Grant[]): Promise<void>;
  /** Of these principals, those the workspace does not know (SCIM, a few names per request). */
  missingPrincipals(wanted: readonly PrincipalRef[]): Promise<PrincipalRef[]>;
  /** Returns warnings: what was done, but not all of it (a cluster terminated that could not be pinned). */
  setLifecycle(kind: KindName, id: string, state: string): Promise<string[]>;
  /**
   * Stops what an object has running now (a job's active runs, a pipeline's active update): a
   * region that stands down must not go on working. A no-op for kinds without such activity.
   */
  stopActivity(kind: KindName, id: string): Promise<void>;
  /** After a create whose outcome is unknown: the object carrying this marker, if it exists. */
  findOwned(kind: KindName, owner: string, name: string): Promise<string | undefined>;
  readState(): Promise<StateRecord | undefined>;
  /** Reads `record` whole before it first waits: the caller may change it as soon as this returns. */
  writeState(record: StateRecord): Promise<void>;
  /** The deploy lock, expired or not, if there is one: read first, so a held lock costs no write. */
  peekLock(): Promise<LockInfo | undefined>;
  /**
   * Makes the folder that holds the lock and the state record (a first deploy has none): done for
   * every region at once, before the locks are taken one region after another.
   */
  makeStateFolder(): Promise<void>;
  /** Takes the deploy lock (or an expired one over), or returns who holds it. */
  acquireLock(
    lock: LockInfo,
    now: number,
  ): Promise<{ acquired: true; lock: LockInfo } | { acquired: false; holder: LockInfo }>;
  /** Extends the lease; throws when the lock no longer carries this run's id. */
  renewLock(lock: LockInfo, expiresAt: string): Promise<LockInfo>;
  /** Releases the lock only if it still carries this run's id. */
  releaseLock(lock: LockInfo): Promise<'released' | 'not-held'>;
  /** Removes the lock on purpose (`codeploy unlock`), recording who broke it. */
  breakLock(by: string, at: string): Promise<LockInfo | undefined>;
}

/** What the reader needs to know to avoid reading the whole workspace. */
export interface ReadHints {
  /**
   * What each desired object is known by in the workspace (its kind's identity field: a name, a
   * path, a scope), per kind: lists that lack the spec are read further only for these.
   */
  names: Partial<Record<KindName, string[]>>;
  /** Ids from the state record, for objects the lists do not return (terminated clusters age out). */
  stateIds: Partial<Record<KindName, string[]>>;
  /** Hashes of what each path exported right after codeploy wrote it, with its modified_at then. */
  knownContent: Record<string, { modified_at: number; content_sha256: string }>;
  /** Read every object of the kinds asked, wherever it sits (`codeploy export`), not only those named. */
  everything?: boolean;
  /** With `everything`: the folders whose whole tree of notebooks, files and folders is read. */
  roots?: string[];
}
