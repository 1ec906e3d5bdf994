import type { ObservedObject, Workspace } from '../../ports/workspace.ts';
import { kindRules } from '../kinds/index.ts';
import type { LiveView } from '../kinds/types.ts';
import type { RegionInput } from '../live/plan-live.ts';
import { eachLimited, readSnapshot, type Snapshot } from '../live/snapshot.ts';
import type { PassivePolicy } from '../model/config.ts';
import type { Grant, RenderedObject } from '../model/definition.ts';
import { objectKey } from '../model/definition.ts';
import { isDisabledIn, type Role } from '../model/kinds.ts';

/** One passive invariant over a region: how many objects it was checked on, and what breaks it. */
export interface InvariantResult {
  /** The invariant's name, from its kind's file (`no unpaused schedule`). */
  name: string;
  /** A breach lets work happen now (see PassiveInvariant.decisive). */
  decisive: boolean;
  checked: number;
  /** One line per object that breaks it: `job "nightly-etl": its schedule is not paused`. */
  broken: string[];
}

/** The objects of a region that must not run there: passive ones in a passive region, `passive: only` in the active one. */
export function mustNotRun(role: Role, objects: readonly RenderedObject[]): RenderedObject[] {
  return objects.filter((o) => isDisabledIn(role, o.passive) && kindRules(o.kind).passiveInvariants);
}

/**
 * Checks every passive invariant (see each kind's `passiveInvariants`) on the live objects that must
 * not run in this region, one invariant at a time, so a report names each one that holds or not.
 * An object that is not there is not checked here: it is a missing object, reported apart.
 */
export function checkPassiveInvariants(
  objects: ReadonlyArray<{ key: string; obj: RenderedObject; live: ObservedObject | undefined }>,
  grants: ReadonlyMap<string, Grant[]>,
  policy: PassivePolicy,
  deployer: string | undefined,
): InvariantResult[] {
  const results = new Map<string, InvariantResult>();
  for (const { key, obj, live } of objects) {
    for (const invariant of kindRules(obj.kind).passiveInvariants ?? []) {
      const result = results.get(invariant.name) ?? {
        name: invariant.name,
        decisive: invariant.decisive,
        checked: 0,
        broken: [],
      };
      results.set(invariant.name, result);
      if (!live) continue;
      const permissions = grants.get(key) ?? live.permissions;
      const view: LiveView = {
        spec: live.spec,
        ...(live.lifecycle ? { lifecycle: live.lifecycle } : {}),
        ...(permissions ? { permissions } : {}),
        ...(deployer ? { deployer } : {}),
      };
      result.checked++;
      const broken = invariant.broken(view, policy);
      if (broken) result.broken.push(`${obj.kind} "${obj.name}": ${broken}`);
    }
  }
  return [...results.values()];
}

/**
 * Every passive invariant on what must not run in a region, as the workspace holds it: the objects
 * matched in a snapshot, with their grants (read where the snapshot did not read them). Verify and
 * the check between a stand-down and a promotion both make it.
 */
export async function invariantsIn(
  ws: Workspace,
  input: Pick<RegionInput, 'role' | 'objects'>,
  snapshot: Pick<Snapshot, 'matched' | 'permissions' | 'principal'>,
  policy: PassivePolicy,
  concurrency: number,
): Promise<InvariantResult[]> {
  const objects = mustNotRun(input.role, input.objects).map((obj) => {
    const key = objectKey(obj);
    return { key, obj, live: snapshot.matched.get(key) };
  });
  const grants = await grantsToCheck(ws, objects, snapshot.permissions, concurrency);
  return checkPassiveInvariants(objects, grants, policy, snapshot.principal);
}

/**
 * The grants of each object that must not run, read where the snapshot did not read them (a
 * definition that sets no permissions): a run permission granted by hand must show too.
 */
async function grantsToCheck(
  ws: Workspace,
  objects: ReadonlyArray<{ key: string; obj: RenderedObject; live: ObservedObject | undefined }>,
  known: ReadonlyMap<string, Grant[]>,
  concurrency: number,
): Promise<Map<string, Grant[]>> {
  const out = new Map(known);
  const wanted = objects.filter(
    ({ key, obj, live }) =>
      live && !out.has(key) && !live.permissions && kindRules(obj.kind).permissionLevels.length > 0,
  );
  await eachLimited(wanted, concurrency, async ({ key, obj, live }) => {
    const grants = live ? await ws.readPermissions(obj.kind, live.id) : undefined;
    if (grants) out.set(key, grants);
  });
  return out;
}

/**
 * After a region stood down, before another is promoted: read it again and check every passive
 * invariant on what must not run there. `blocking`: breaches that let work happen now (another
 * region is not promoted over them); `other`: the rest, reported.
 */
export async function standDownProblems(
  ws: Workspace,
  input: RegionInput,
  project: string,
  policy: PassivePolicy,
  options: { concurrency: number; principal?: string },
): Promise<{ blocking: string[]; other: string[] }> {
  const snapshot = await readSnapshot(ws, project, input.objects, options.concurrency);
  // Who deploys was read by the preflight (scim/v2/Me): not asked again.
  if (options.principal) snapshot.principal = options.principal;
  const results = await invariantsIn(ws, input, snapshot, policy, options.concurrency);
  const lines = (decisive: boolean) =>
    results.filter((c) => c.decisive === decisive).flatMap((c) => c.broken.map((b) => `${c.name}: ${b}`));
  return { blocking: lines(true), other: lines(false) };
}
