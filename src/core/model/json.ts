import type { Segment } from './path.ts';

/** Plain JSON values, as parsed from YAML/JSON definitions and as sent to the Databricks API. */
export type Json = string | number | boolean | null | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy; definitions are immutable once loaded and every stage works on its own copy. */
export function clone<T extends Json>(value: T): T {
  return structuredClone(value);
}

/** JSON with sorted keys, so equal values always print (and hash) the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/**
 * A copy of `value` with every object's keys sorted. `onString`, when given, sees every string on
 * the way with its path (one array, changed as the walk goes on: copy it to keep it), so a check of
 * the strings needs no walk of its own: rendering checks for region leaks here.
 */
export function sortKeys(
  value: unknown,
  onString?: (text: string, path: readonly Segment[]) => void,
): unknown {
  const path: Segment[] = [];
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        out.push(walk(v[i]));
        path.pop();
      }
      return out;
    }
    if (isObject(v)) {
      const out: Record<string, unknown> = {};
      for (const key of sortedKeys(v)) {
        path.push(key);
        out[key] = walk(v[key]);
        path.pop();
      }
      return out;
    }
    if (onString && typeof v === 'string') onString(v, path);
    return v;
  };
  return walk(value);
}

/**
 * An object's keys in sorted order. Objects of one or two keys are common in specs (`{task_key}`,
 * `{notebook: {path}}`) and `Array.prototype.sort` allocates a work copy even for those.
 */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value);
  if (keys.length > 2) return keys.sort();
  if (keys.length === 2 && (keys[0] as string) > (keys[1] as string)) keys.reverse();
  return keys;
}

/**
 * Whether two values print the same as canonical JSON (key order aside; a key whose value is
 * undefined counts as absent, and an undefined array item as null, as in JSON), without printing
 * them: the plan asks this at every level of every object.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i] ?? null, b[i] ?? null)) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (x[key] === undefined) continue;
    count++;
    if (!Object.hasOwn(y, key) || !deepEqual(x[key], y[key])) return false;
  }
  for (const key in y) if (y[key] !== undefined) count--;
  return count === 0;
}
