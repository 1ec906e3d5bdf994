import { isObject, type Json } from './json.ts';
import type { Path, Segment } from './path.ts';

/** Calls `visit` for every string inside `value`, with its path. */
export function forEachString(
  value: unknown,
  visit: (text: string, path: Segment[]) => void,
  path: Segment[] = [],
): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) forEachString(v, visit, [...path, i]);
  } else if (isObject(value))
    for (const [k, v] of Object.entries(value)) forEachString(v, visit, [...path, k]);
}

/** A copy of `value` with every string replaced by what `map` returns for it (a string or any JSON). */
export function mapStrings<T extends Json>(
  value: T,
  map: (text: string, path: Path) => Json,
  path: Segment[] = [],
): T {
  if (typeof value === 'string') return map(value, path) as T;
  if (Array.isArray(value)) return value.map((v, i) => mapStrings(v, map, [...path, i])) as T;
  if (isObject(value)) {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, map, [...path, k]);
    return out as T;
  }
  return value;
}
