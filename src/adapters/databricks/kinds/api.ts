import { toCreateShape } from '../../../core/kinds/create-shape.ts';
import { kindRules } from '../../../core/kinds/index.ts';
import type { Grant } from '../../../core/model/definition.ts';
import type { JsonObject } from '../../../core/model/json.ts';
import type { KindName } from '../../../core/model/kinds.ts';
import type { DesiredObject, ObservedObject, ReadHints } from '../../../ports/workspace.ts';
import type { Transport } from '../transport.ts';

/**
 * The same small set of operations for every kind (the shape of the Databricks CLI's direct
 * engine): read all, create, update, delete, plus kind-specific lifecycle and permissions.
 */
export interface KindApi {
  kind: KindName;
  list(t: Transport, hints: ReadHints): Promise<ObservedObject[]>;
  create(t: Transport, obj: DesiredObject): Promise<string>;
  /** The steps of `create` after the object exists, repeatable (see Workspace.finishCreate). */
  finishCreate?(t: Transport, id: string, obj: DesiredObject): Promise<void>;
  update(t: Transport, id: string, obj: DesiredObject, current: ObservedObject): Promise<void>;
  delete(t: Transport, id: string): Promise<void>;
  /** Turns the kind's id into the one the permissions API takes (workspace files: path → object_id). */
  permissionId?(t: Transport, id: string): Promise<string>;
  /** Kinds with their own ACL API (secret scopes, Unity Catalog) read and set grants themselves. */
  readPermissions?(t: Transport, id: string): Promise<Grant[]>;
  /** Returns the grants as the server answered the write, when it answers with them. */
  setPermissions?(t: Transport, id: string, grants: Grant[]): Promise<Grant[] | undefined | void>;
  /** Puts the object in a runtime state; returns warnings about what could not be done around it. */
  setLifecycle?(t: Transport, id: string, state: string): Promise<string[]>;
}

/** Follows `next_page_token` until the end. */
export async function paginate<T>(
  fetchPage: (token: string | undefined) => Promise<{ items: T[]; next?: string | undefined }>,
): Promise<T[]> {
  const out: T[] = [];
  let token: string | undefined;
  for (let page = 0; page < 10_000; page++) {
    const { items, next } = await fetchPage(token);
    out.push(...items);
    if (!next) return out;
    token = next;
  }
  throw new Error('pagination did not end after 10,000 pages');
}

/** Deletes that find nothing to delete have done their job (a re-run after a partial apply). */
export async function ignoreNotFound(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (err) {
    if ((err as { isNotFound?: boolean }).isNotFound) return;
    throw err;
  }
}

/**
 * An object as the API returned it, in the shape the core compares: the same `toCreateShape` that
 * the loader and `codeploy import` use (wrapper unwrapped, read-only fields stripped, legacy shapes
 * and the policy `definition` string normalized), with its name and ownership marker read from it.
 */
export function observedObject(
  kind: KindName,
  id: string,
  raw: JsonObject,
  extra: Partial<ObservedObject> = {},
): ObservedObject {
  const rules = kindRules(kind);
  const { spec } = toCreateShape(rules, raw);
  const owner = rules.ownerMarker?.read(spec);
  // What the workspace knows it by: its name field, else its identity (a Git folder's path).
  const name = rules.identity.of ? rules.identity.of(spec) : spec[rules.nameField ?? rules.identity.field];
  return { kind, id, name: String(name ?? ''), spec, ...(owner ? { owner } : {}), ...extra };
}
