import type { DesiredObject } from '../../ports/workspace.ts';
import { kindRules } from '../kinds/index.ts';
import { objectKey, type RenderedObject } from '../model/definition.ts';
import { type Json, type JsonObject, sortKeys } from '../model/json.ts';
import { mapLeaves } from '../model/walk.ts';
import { interpolate } from '../render/variables.ts';

/** Shown in a plan where an id exists only once its object is created. */
export const KNOWN_AFTER_APPLY = '(known after apply)';

export interface ResolveContext {
  project: string;
  /** Object key → its id in this workspace (from the state record or the objects found). */
  ids: ReadonlyMap<string, string>;
  /** Object key → content of its source file (notebooks, files, init scripts). */
  contents: ReadonlyMap<string, string>;
  /** Secret values by environment variable name; undefined when not set. */
  secret: (name: string) => string | undefined;
  /** The salt of this workspace's secret digests (kept in its state record). */
  salt: string;
}

export function ownerMarker(project: string, key: string): string {
  return `${project}/${key}`;
}

/**
 * A rendered object made ready for one workspace: references to other objects' ids resolved to
 * this workspace's ids (or KNOWN_AFTER_APPLY), `$${…}` unescaped, the ownership marker added,
 * secret values looked up (and replaced in the spec by digests, which is what gets compared).
 */
export function resolveObject(obj: RenderedObject, ctx: ResolveContext): DesiredObject {
  const key = objectKey(obj);
  const owner = ownerMarker(ctx.project, key);
  const rules = kindRules(obj.kind);
  let spec = interpolate(
    obj.spec as Json,
    (ref) =>
      ref.type === 'object' && ref.attribute === 'id'
        ? (ctx.ids.get(ref.key) ?? KNOWN_AFTER_APPLY)
        : undefined,
    true,
  ) as JsonObject;
  spec = coerceIds(spec);
  if (rules.ownerMarker) spec = rules.ownerMarker.mark(spec, owner);
  const desired: DesiredObject = { ...obj, spec: sortKeys(spec) as JsonObject, owner };
  const content = ctx.contents.get(key);
  if (content !== undefined) desired.content = content;
  if (rules.live) Object.assign(desired, rules.live.resolve(desired.spec, ctx));
  return desired;
}

/** Fields the API types as numbers (job ids in run_job_task) get numbers, not strings. */
function coerceIds(spec: JsonObject): JsonObject {
  return mapLeaves(spec, (leaf, path) =>
    path.at(-1) === 'job_id' && typeof leaf === 'string' && /^\d+$/.test(leaf) ? Number(leaf) : leaf,
  ) as JsonObject;
}
