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
 * `value` with every object's keys sorted. Copy on write: an object whose keys are in order already
 * and none of whose values changed is returned as it is, and so is an array none of whose items
 * changed. The result may share parts with `value`: neither may be changed in place afterwards.
 * (Rendering copied every object for every region, and kept the copies to the end.) `onString`,
 * when given, sees every string on the way with its path (one array, changed as the walk goes on:
 * copy it to keep it), so a check of the strings needs no walk of its own.
 */
export function sortKeys(
  value: unknown,
  onString?: (text: string, path: readonly Segment[]) => void,
): unknown {
  return sortChanged(value, undefined, onString);
}

/**
 * sortKeys for a value made from `before`, whose keys are sorted, by changes that copied what they
 * changed and shared the rest (patches, the role overlay, normalization): a part that is `before`'s
 * own, the same value at the same place, is kept without a visit; only the others are sorted, and
 * only their strings are passed to `onString`. With `before` undefined, it is sortKeys. Rendering
 * sorted every object of every spec for every region; definitions now load sorted (see
 * readPlainYaml's `sortKeys`), and this sorts only what rendering changed, a few objects each.
 */
export function sortChanged(
  value: unknown,
  before: unknown,
  onString?: (text: string, path: readonly Segment[]) => void,
): unknown {
  const path: Segment[] = [];
  const walk = (v: unknown, b: unknown): unknown => {
    if (v === b) return v;
    if (Array.isArray(v)) {
      const old = Array.isArray(b) ? b : undefined;
      let out: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        const item = v[i];
        const sorted = walk(item, old?.[i]);
        path.pop();
        if (sorted !== item && !out) out = v.slice(0, i);
        if (out) out.push(sorted);
      }
      return out ?? v;
    }
    if (isObject(v)) {
      const old = isObject(b) ? b : undefined;
      const keys = Object.keys(v);
      let inOrder = true;
      for (let i = 1; i < keys.length; i++)
        if ((keys[i - 1] as string) > (keys[i] as string)) {
          inOrder = false;
          break;
        }
      if (!inOrder) sortStrings(keys);
      let out: Record<string, unknown> | undefined = inOrder ? undefined : {};
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        path.push(key);
        const field = v[key];
        const sorted = walk(field, old?.[key]);
        path.pop();
        if (sorted !== field && !out) {
          out = {};
          for (let j = 0; j < i; j++) out[keys[j] as string] = v[keys[j] as string];
        }
        if (out) out[key] = sorted;
      }
      return out ?? v;
    }
    if (onString && typeof v === 'string') onString(v, path);
    return v;
  };
  return walk(value, before);
}

/**
 * A copy of the fields of `value` that come before `key`: where a copy-on-write walk of an object
 * (mapStrings, redaction) finds the first field that changed, it copies those and goes on.
 */
export function fieldsBefore<T>(value: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const out: Record<string, T> = {};
  for (const before in value) {
    if (before === key) break;
    out[before] = value[before] as T;
  }
  return out;
}

/**
 * Sorts a list of strings in place, as `Array.prototype.sort` does. A short list (an object's keys,
 * an object's references) is sorted by insertion: the built-in sort allocates a work copy of every
 * list, which made loading's sorted mappings a tenth of an offline plan's allocations.
 */
export function sortStrings(list: string[]): string[] {
  if (list.length > 32) return list.sort();
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as string;
    let j = i - 1;
    while (j >= 0 && (list[j] as string) > item) {
      list[j + 1] = list[j] as string;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
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
