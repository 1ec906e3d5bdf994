import { deepEqual, isObject, type JsonObject } from '../model/json.ts';
import type { KindRules } from './types.ts';

export interface CreateShape {
  spec: JsonObject;
  /** The wrapper key the spec was taken from (`settings`, `spec`), if any. */
  unwrappedFrom?: string;
  /** True when the value was a wrapped export that was transformed (not just a sub-object). */
  unwrapped: boolean;
  stripped: string[];
  /** The kind's normalization changed the shape (e.g. the legacy single-task job). */
  rewritten: boolean;
}

/**
 * Turns what the API returns (a GET or list item) into what a create request takes: unwraps
 * `settings`/`spec`, strips read-only fields, and normalizes legacy shapes. Definitions that paste
 * an export and `codeploy import` both go through this one function.
 */
export function toCreateShape(rules: KindRules, value: JsonObject): CreateShape {
  let spec = value;
  const unwrapped = rules.unwrapExport?.(value);
  let unwrappedFrom: string | undefined;
  if (unwrapped) {
    unwrappedFrom = Object.keys(value).find((k) => value[k] === unwrapped);
    spec = unwrapped;
  }
  const stripped = rules.readOnlyFields.filter((f) => f in spec || (unwrapped !== undefined && f in value));
  // A copy without the read-only fields, made by a loop: entries arrays per definition showed in a load's profile.
  const kept: JsonObject = {};
  for (const key in spec)
    if (!rules.readOnlyFields.includes(key)) kept[key] = spec[key] as JsonObject[string];
  spec = kept;
  let rewritten = false;
  if (rules.normalize) {
    const normalized = rules.normalize(spec);
    rewritten = normalized !== spec && isObject(normalized) && !deepEqual(normalized, spec);
    spec = normalized;
  }
  return {
    spec,
    unwrapped: unwrapped !== undefined,
    ...(unwrappedFrom ? { unwrappedFrom } : {}),
    stripped,
    rewritten,
  };
}
