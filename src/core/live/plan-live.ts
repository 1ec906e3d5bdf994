import { createHmac, randomBytes } from 'node:crypto';
import type { DesiredObject, ObservedObject, StateEntry } from '../../ports/workspace.ts';
import { kindRules } from '../kinds/index.ts';
import { objectKey, type RenderedObject } from '../model/definition.ts';
import type { Role } from '../model/kinds.ts';
import { dependenciesOf } from '../plan/dependencies.ts';
import { orderEntries } from '../plan/order.ts';
import { diffObjects, planObject, summarize } from '../plan/plan.ts';
import type { PlanEntry, RegionPlan } from '../plan/types.ts';
import { comparable } from './compare.ts';
import { resolveObject } from './resolve.ts';
import { identityOf, type Snapshot, unmanagedObjects } from './snapshot.ts';

export interface LiveOptions {
  project: string;
  /** Take over unowned objects whose names match, instead of refusing. */
  adopt: boolean;
  /** Delete objects codeploy created that are no longer defined. */
  prune: boolean;
  secret: (name: string) => string | undefined;
  /** The clock (state record and lock times); injectable so recorded scenarios are repeatable. */
  now?: () => Date;
  /**
   * A key only the deploy and plan jobs hold (CODEPLOY_DIGEST_KEY): secret digests are keyed with
   * it, so a workspace user who reads the state record cannot check guessed values against them.
   */
  digestKey?: string;
  /** A new workspace's secret-digest salt; injectable for the same reason. */
  newSalt?: () => string;
}

export interface RegionInput {
  region: string;
  role: Role;
  objects: readonly RenderedObject[];
  /** Object key → source content (notebooks, files, init scripts). */
  contents: ReadonlyMap<string, string>;
}

/** A problem that must stop an apply before its first write (a clash, a secret with no value…). */
export interface Problem {
  key: string;
  region: string;
  /** What is wrong, without the region: the same problem in several regions is said once. */
  message: string;
  /** Blocks an apply only; a plan shows it as a note (a PR's plan has no secret values). */
  applyOnly?: boolean;
}

/** One region's plan with everything an apply of it needs. */
export interface RegionWork {
  plan: RegionPlan;
  /** Objects codeploy manages that its state record does not list yet: an apply records them. */
  unrecorded: string[];
  desired: Map<string, DesiredObject>;
  observed: Map<string, ObservedObject>;
  snapshot: Snapshot;
  /** What secret digests are made with: the stored salt, keyed with the digest key when there is one. */
  salt: string;
  /** The salt the state record keeps (never the key). */
  storedSalt: string;
  problems: Problem[];
}

/**
 * The live plan of one region: the desired objects (ids resolved to this workspace's) against what
 * the workspace holds, each change marked `config` (the definitions changed since the last apply)
 * or `drift` (someone changed the workspace), with clashes and missing secrets as problems.
 */
export function planRegionLive(input: RegionInput, snapshot: Snapshot, options: LiveOptions): RegionWork {
  return planResolved(input, resolveRegion(input, snapshot, options), options);
}

/** A region's objects as this workspace will know them, before any comparison. */
export type ResolvedRegion = Pick<
  RegionWork,
  'desired' | 'observed' | 'snapshot' | 'salt' | 'storedSalt' | 'problems'
>;

/**
 * The desired objects with this workspace's ids in place of references, and the objects they are
 * matched to (clashes too, when adopting); a clash that is not adopted is a problem.
 */
export function resolveRegion(input: RegionInput, snapshot: Snapshot, options: LiveOptions): ResolvedRegion {
  const storedSalt = snapshot.state?.secret_salt ?? options.newSalt?.() ?? randomBytes(16).toString('hex');
  const salt = options.digestKey
    ? `keyed:${createHmac('sha256', options.digestKey).update(storedSalt).digest('hex')}`
    : storedSalt;
  const observed = new Map(snapshot.matched);
  const problems: Problem[] = [];
  for (const [key, other] of snapshot.clashes) {
    if (options.adopt) observed.set(key, other);
    else {
      const kind = key.slice(0, key.indexOf('/'));
      const what = snapshot.replaced.has(key)
        ? `the ${kind} "${other.name}" that codeploy created was deleted and created again by someone else, so codeploy does not own it`
        : `a ${kind} named "${other.name}" (id ${other.id}) already exists and codeploy does not own it`;
      problems.push({
        key,
        region: input.region,
        message: `${what}. Set adopt (--adopt) to take it over, or give ${key} another name.`,
      });
    }
  }
  const ids = new Map([...observed].map(([key, o]) => [key, o.id]));
  const desired = new Map<string, DesiredObject>();
  for (const obj of input.objects) {
    desired.set(
      objectKey(obj),
      resolveObject(obj, {
        project: options.project,
        ids,
        contents: input.contents,
        secret: options.secret,
        salt,
      }),
    );
  }
  return { desired, observed, snapshot, salt, storedSalt, problems };
}

/** The plan of a resolved region: each object compared, ordered, with its notes. */
export function planResolved(input: RegionInput, resolved: ResolvedRegion, options: LiveOptions): RegionWork {
  const { desired, observed, snapshot } = resolved;
  const problems = [...resolved.problems];
  const entries: PlanEntry[] = [];
  // Dependencies come from the rendered specs: in resolved ones, references are already ids.
  const dependsOn = new Map(input.objects.map((o) => [objectKey(o), dependenciesOf(o)]));
  const push = (e: PlanEntry) => entries.push({ ...e, depends_on: dependsOn.get(e.key) ?? e.depends_on });
  for (const [key, want] of desired) {
    const have = observed.get(key);
    if (!have) {
      push(planObject(key, undefined, want));
      unresolved(input.region, key, want, undefined, problems);
      continue;
    }
    const entry = snapshot.state?.objects[key];
    const before = comparable(have, want, snapshot.permissions.get(key), entry, snapshot.principal);
    const planned = planObject(key, before, unresolved(input.region, key, want, before, problems));
    push(withReasons(planned, want, entry));
  }
  // Every object matched but no longer defined is codeploy's (recorded, marked, or created by an
  // interrupted apply): pruned, or kept and said so.
  for (const [key, have] of observed) {
    if (desired.has(key)) continue;
    if (options.prune)
      entries.push(
        planObject(
          key,
          {
            kind: have.kind,
            name: key.slice(key.indexOf('/') + 1),
            passive: 'off',
            spec: have.spec,
            sensitive: [],
          },
          undefined,
        ),
      );
  }
  if (options.prune && desired.size === 0 && entries.some((e) => e.action === 'delete')) {
    problems.push({
      key: '*',
      region: input.region,
      message: `refusing to prune every object: the config defines none. Check the definitions globs.`,
    });
  }
  const destructive = recreateCosts(entries, desired, input.region, problems);
  const ordered = orderEntries(entries);
  const orphans = options.prune ? [] : [...observed.keys()].filter((k) => !desired.has(k));
  const unkeyed =
    !options.digestKey && [...desired.values()].some((d) => Object.keys(d.secretValues ?? {}).length > 0);
  const notes = [
    ...(unkeyed
      ? [
          'secret digests are salted with a value kept beside them in the state record, which workspace users may read: set CODEPLOY_DIGEST_KEY (a secret of the plan and deploy jobs) to key them',
        ]
      : []),
    ...destructive,
    ...snapshot.matchedByName.map(
      (k) =>
        `${k} was found by its unique name (this workspace has no codeploy state record): codeploy manages it from now on`,
    ),
    ...snapshot.recovered.map(
      (k) => `${k} was created by an apply that was interrupted before recording it: codeploy records it now`,
    ),
    ...orphans.map((k) => `${k} is no longer defined; it stays because prune is off`),
    ...unmanagedBeforeStandDown(input, snapshot),
    ...problems.filter((p) => p.applyOnly).map((p) => `${p.message} (an apply will refuse to run)`),
  ];
  const deleted = new Set(entries.filter((e) => e.action === 'delete').map((e) => e.key));
  const unrecorded = [...observed.keys()].filter((k) => !snapshot.state?.objects[k] && !deleted.has(k));
  return {
    unrecorded,
    plan: {
      region: input.region,
      role: input.role,
      summary: summarize(ordered),
      entries: ordered,
      ...(notes.length ? { notes } : {}),
    },
    ...resolved,
    problems,
  };
}

/**
 * Marks each change `config` when the definitions changed it since the last apply, `drift` when the
 * workspace no longer holds what was last applied.
 */
function withReasons(entry: PlanEntry, want: DesiredObject, applied: StateEntry | undefined): PlanEntry {
  if (entry.changes.length === 0) return entry;
  if (!applied) return { ...entry, changes: entry.changes.map((c) => ({ ...c, reason: 'config' as const })) };
  // What codeploy last applied, diffed against what it wants now: those paths are config changes.
  const last: RenderedObject = {
    kind: want.kind,
    name: want.name,
    passive: want.passive,
    spec: applied.applied,
    sensitive: want.sensitive,
    ...(applied.permissions ? { permissions: applied.permissions } : {}),
    ...(applied.lifecycle ? { lifecycle: applied.lifecycle } : {}),
    ...(applied.content_sha256 ? { content_sha256: applied.content_sha256 } : {}),
  };
  const configPaths = new Set(diffObjects(last, want, { pointers: [], patterns: [] }).map((c) => c.path));
  return {
    ...entry,
    changes: entry.changes.map((c) => ({
      ...c,
      reason: configPaths.has(c.path) ? ('config' as const) : ('drift' as const),
    })),
  };
}

/**
 * A recreate that destroys data (a pipeline's tables) needs `allow_recreate: true` in the definition;
 * without it an apply refuses. Either way every plan says what the recreate costs.
 */
function recreateCosts(
  entries: readonly PlanEntry[],
  desired: ReadonlyMap<string, DesiredObject>,
  region: string,
  problems: Problem[],
): string[] {
  const notes: string[] = [];
  for (const e of entries) {
    const cost = kindRules(e.kind).recreateDestroys;
    if (e.action !== 'recreate' || !cost) continue;
    const fields = e.changes
      .filter((c) => c.forces_recreate)
      .map((c) => c.path)
      .join(', ');
    if (desired.get(e.key)?.allow_recreate) {
      notes.push(`${e.key} will be deleted and created again (${fields} cannot change in place): ${cost}`);
    } else {
      problems.push({
        key: e.key,
        region,
        applyOnly: true,
        message: `${e.key} can only take the change to ${fields} by being deleted and created again, and ${cost}. Set allow_recreate: true on its definition to do it.`,
      });
    }
  }
  return notes;
}

/** Problems as lines: one that several regions share is said once, naming them all. */
export function problemLines(problems: readonly Problem[]): string[] {
  const regions = new Map<string, string[]>();
  for (const p of problems) {
    const line = `${p.key}\0${p.message}`;
    regions.set(line, [...(regions.get(line) ?? []), p.region]);
  }
  return [...regions].map(([line, where]) => `${where.join(', ')}: ${line.slice(line.indexOf('\0') + 1)}`);
}

/**
 * Values the config does not give (a secret whose variable is not set): the workspace keeps its own,
 * and one it does not have either is a problem that stops an apply.
 */
function unresolved(
  region: string,
  key: string,
  want: DesiredObject,
  before: RenderedObject | undefined,
  problems: Problem[],
): DesiredObject {
  const hooks = kindRules(want.kind).live;
  if (!hooks) return want;
  const { spec, missing } = hooks.unresolved(want.spec, before?.spec, want.unsetSecrets);
  for (const m of missing) problems.push({ key, region, message: `${key}: ${m}`, applyOnly: true });
  return { ...want, spec };
}

export { identityOf };

/** At most this many unmanaged objects are named in a stand-down's note; the count is always given. */
const UNMANAGED_NAMED = 20;

/**
 * Before a region that was active stands down (a failback, or a planned failover): what it holds
 * that codeploy does not manage, made by hand during the outage perhaps. Standing down does not
 * touch those, so they would go on running there: import them or drop them first.
 */
function unmanagedBeforeStandDown(input: RegionInput, snapshot: Snapshot): string[] {
  if (input.role !== 'passive' || snapshot.state?.roles?.active !== input.region) return [];
  const found = unmanagedObjects(snapshot);
  if (found.length === 0) return [];
  const named = found.slice(0, UNMANAGED_NAMED).map((o) => `${o.kind} "${o.name}" (${o.id})`);
  const more = found.length > named.length ? ` and ${found.length - named.length} more` : '';
  return [
    `${input.region} stands down, and holds ${found.length} object(s) codeploy does not manage: ${named.join(', ')}${more}. Made by hand while it was active? Standing down does not touch them, so they go on running here: import them (codeploy import) or delete them.`,
  ];
}
