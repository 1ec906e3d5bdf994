import type { ObservedObject, ReadHints, StateEntry, StateRecord, Workspace } from '../../ports/workspace.ts';
import { kindRules } from '../kinds/index.ts';
import type { Grant, RenderedObject } from '../model/definition.ts';
import { isObject } from '../model/json.ts';
import { KIND_NAMES, type KindName } from '../model/kinds.ts';
import { ownerMarker } from './resolve.ts';

/**
 * What this run has read already, so a reading does not ask again:
 * - the state record: the preflight takes the one the run read for its roles, and the read-back
 *   the one the apply holds (and just stored);
 * - after an apply, the grants of the objects it did not act on: the preflight read them under
 *   the same lock, and nobody else writes them, so asking again (a request per object, the bulk
 *   of a reading) would only find what the preflight found.
 */
export interface AlreadyRead {
  state?: { record: StateRecord | undefined };
  grants?: {
    from: Snapshot;
    /** Keys the apply acted on (written, or failed part-way): their grants are read again. */
    reread: ReadonlySet<string>;
  };
}

/** What one workspace holds, as far as codeploy is concerned, read in one pass. */
export interface Snapshot {
  state: StateRecord | undefined;
  /** Who codeploy deploys as in this workspace (from `scim/v2/Me`): it keeps its own access. */
  principal?: string;
  /** Object key → the object codeploy manages under that key. */
  matched: Map<string, ObservedObject>;
  /** Object key → an object of the same kind and name that codeploy does not own. */
  clashes: Map<string, ObservedObject>;
  /**
   * Keys matched by their unique name alone: kinds without tags (policies, init scripts, paths,
   * scopes) in a workspace that has no state record (lost, or never written). The plan says so.
   */
  matchedByName: string[];
  /** Keys found through an interrupted apply's intent: created by codeploy, never recorded. */
  recovered: string[];
  /** Keys whose recorded object was deleted and created again by someone else (a new object_id). */
  replaced: Set<string>;
  /** Object key → direct grants, for matched objects whose kind has an access control list. */
  permissions: Map<string, Grant[]>;
  /** Every object read, for adoption and duplicate checks. */
  all: ObservedObject[];
}

/** What the workspace knows an object by: its kind's identity field (a name, a path, a scope). */
export function identityOf(obj: Pick<RenderedObject, 'kind' | 'name' | 'spec'>): string {
  const identity = kindRules(obj.kind).identity;
  return identity.of ? identity.of(obj.spec) : String(obj.spec[identity.field] ?? obj.name);
}

/**
 * Reads a workspace: its state record, then every object of the kinds in play with list calls, then
 * grants of the objects codeploy manages. Objects are matched to keys by, in order: the id in the
 * state record, the ownership marker, and, for kinds whose names are unique, the name.
 */
export async function readSnapshot(
  ws: Workspace,
  project: string,
  desired: readonly RenderedObject[],
  concurrency = 8,
  known: AlreadyRead = {},
): Promise<Snapshot> {
  const state = known.state ? known.state.record : await ws.readState();
  const stateEntries = Object.entries(state?.objects ?? {});
  const recordedKeys = [...stateEntries.map(([key]) => key), ...Object.keys(state?.intents ?? {})];
  const kinds = KIND_NAMES.filter(
    (k) => desired.some((d) => d.kind === k) || recordedKeys.some((key) => key.startsWith(`${k}/`)),
  );
  const hints = readHints(desired, state);
  const all = kinds.length > 0 ? await ws.readAll(kinds, hints) : [];

  const matched = new Map<string, ObservedObject>();
  const clashes = new Map<string, ObservedObject>();
  const matchedByName: string[] = [];
  const recovered: string[] = [];
  const replaced = new Set<string>();
  const intents = state?.intents ?? {};
  const desiredByKey = new Map(desired.map((d) => [`${d.kind}/${d.name}`, d]));
  const byId = indexBy(all, (o) => `${o.kind}/${o.id}`);
  const byOwner = indexBy(all, (o) => (o.owner ? `${o.kind}/${o.owner}` : undefined));
  const byName = indexBy(all, (o) => `${o.kind}/${o.name}`);
  const keys = new Set([...desiredByKey.keys(), ...stateEntries.map(([k]) => k), ...Object.keys(intents)]);
  for (const key of keys) {
    const kind = key.slice(0, key.indexOf('/')) as KindName;
    const entry = state?.objects[key];
    const owner = ownerMarker(project, key);
    const recorded = entry ? byId.get(`${kind}/${entry.id}`)?.[0] : undefined;
    const byMarker = byOwner.get(`${kind}/${owner}`)?.[0];
    const found = recorded ?? byMarker;
    if (found && !(found === recorded && replacedSince(entry, found))) {
      matched.set(key, found);
      continue;
    }
    if (found && intents[key]) {
      // Replaced by codeploy's own recreate, which was interrupted before recording the new object.
      matched.set(key, found);
      recovered.push(key);
      continue;
    }
    if (found) {
      // At codeploy's path, but not the object it recorded: deleted and created again by hand.
      replaced.add(key);
      clashes.set(key, found);
      continue;
    }
    const wanted = desiredByKey.get(key);
    const name = wanted ? identityOf(wanted) : intents[key]?.name;
    if (name === undefined) continue;
    const sameNames = (byName.get(`${kind}/${name}`) ?? []).filter((o) => o.owner !== owner);
    const sameName = sameNames[0];
    if (!sameName) continue;
    const untagged = !kindRules(kind).ownerMarker;
    // An interrupted apply intended to create it, after its plan had found no such name: the
    // object is that create's (a tagged kind would carry the marker, so this is for untagged ones).
    if (untagged && intents[key] && sameNames.length === 1) {
      matched.set(key, sameName);
      recovered.push(key);
      continue;
    }
    if (!wanted) continue;
    // Without tags and without a record there is nothing else to know it by: a name that only one
    // object carries is enough (global init script names are not unique: two of them is a clash).
    if (!state && untagged && sameNames.length === 1) {
      matched.set(key, sameName);
      matchedByName.push(key);
    } else clashes.set(key, sameName);
  }

  const permissions = new Map<string, Grant[]>();
  const wantGrants = [...matched.entries()].filter(([key, o]) => {
    if (o.permissions) return false; // secret scopes bring their ACLs with them
    return desiredByKey.get(key)?.permissions !== undefined && kindRules(o.kind).permissionLevels.length > 0;
  });
  await eachLimited(wantGrants, concurrency, async ([key, o]) => {
    const grants = knownGrants(known.grants, key, o) ?? (await ws.readPermissions(o.kind, o.id));
    if (grants) permissions.set(key, grants);
  });
  for (const [key, o] of matched) if (o.permissions) permissions.set(key, o.permissions);
  return { state, matched, clashes, matchedByName, recovered, replaced, permissions, all };
}

/** The objects by a key, in their order (first found first); no key, not indexed. */
function indexBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const list = index.get(key);
    if (list) list.push(item);
    else index.set(key, [item]);
  }
  return index;
}

/** The grants read earlier in this run for the same object, when the apply did not touch them. */
function knownGrants(known: AlreadyRead['grants'], key: string, o: ObservedObject): Grant[] | undefined {
  if (!known || known.reread.has(key) || known.from.matched.get(key)?.id !== o.id) return undefined;
  return known.from.permissions.get(key);
}

/**
 * Whether the object at a recorded path is another one than codeploy recorded: workspace objects
 * keep their object_id through an overwrite (the emulator and the Workspace API's import), so a new
 * one means deleted and created again. Kinds without such an id (secret scopes) cannot tell.
 */
function replacedSince(entry: StateEntry | undefined, found: ObservedObject): boolean {
  const was = isObject(entry?.meta) ? entry.meta.object_id : undefined;
  const now = isObject(found.meta) ? found.meta.object_id : undefined;
  return was !== undefined && now !== undefined && was !== now;
}

function readHints(desired: readonly RenderedObject[], state: StateRecord | undefined): ReadHints {
  const names: Partial<Record<KindName, string[]>> = {};
  for (const d of desired) addTo(names, d.kind, identityOf(d));
  for (const [key, intent] of Object.entries(state?.intents ?? {})) {
    const kind = key.slice(0, key.indexOf('/')) as KindName;
    addTo(names, kind, intent.name);
  }
  const stateIds: Partial<Record<KindName, string[]>> = {};
  const knownContent: ReadHints['knownContent'] = {};
  for (const [key, entry] of Object.entries(state?.objects ?? {})) {
    const kind = key.slice(0, key.indexOf('/')) as KindName;
    addTo(stateIds, kind, entry.id);
    const modified = isObject(entry.meta) ? entry.meta.modified_at : undefined;
    const exported = isObject(entry.meta) ? entry.meta.exported_sha256 : undefined;
    if (typeof exported === 'string' && typeof modified === 'number')
      knownContent[entry.id] = { modified_at: modified, content_sha256: exported };
  }
  return { names, stateIds, knownContent };
}

function addTo(lists: Partial<Record<KindName, string[]>>, kind: KindName, value: string): void {
  const list = lists[kind];
  if (list) list.push(value);
  else lists[kind] = [value];
}

/** Runs `fn` over `items`, at most `limit` at a time. */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  });
  await Promise.all(workers);
}

/**
 * What the workspace holds, of the kinds read, that this project does not manage: before a failback,
 * the objects made by hand in the region that was active during the outage, to import or drop.
 */
export function unmanagedObjects(snapshot: Snapshot): Array<{ kind: KindName; name: string; id: string }> {
  const managed = new Set<ObservedObject>(snapshot.matched.values());
  return snapshot.all
    .filter((o) => !managed.has(o) && o.kind !== 'directory')
    .map((o) => ({ kind: o.kind, name: o.name, id: o.id }))
    .sort((a, b) => `${a.kind}/${a.name}`.localeCompare(`${b.kind}/${b.name}`));
}
