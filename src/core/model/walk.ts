import { isObject, type Json } from './json.ts';
import type { Path, Segment } from './path.ts';

/**
 * Calls `visit` for every string inside `value`, with its path. The path is one array, changed as
 * the walk goes on (a copy per string made a plan of 5,000 definitions spend a tenth of its time
 * here): a visitor that keeps it must copy it.
 */
export function forEachString(value: unknown, visit: (text: string, path: readonly Segment[]) => void): void {
  const path: Segment[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') visit(v, path);
    else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i]);
        path.pop();
      }
    } else if (isObject(v))
      for (const k in v) {
        path.push(k);
        walk(v[k]);
        path.pop();
      }
  };
  walk(value);
}

/**
 * A copy of `value` with every string replaced by what `map` returns for it (a string or any JSON).
 * As with forEachString, the path is one changing array.
 */
export function mapStrings<T extends Json>(value: T, map: (text: string, path: Path) => Json): T {
  return mapLeaves(value, (leaf, path) => (typeof leaf === 'string' ? map(leaf, path) : leaf)) as T;
}

/**
 * A copy of `value` with every leaf (anything but an array or an object) replaced by what `map`
 * returns for it; `at` is the path of `value` itself. The path is one changing array.
 */
export function mapLeaves(value: Json, map: (leaf: Json, path: Path) => Json, at: Path = []): Json {
  const path: Segment[] = [...at];
  const walk = (v: Json): Json => {
    if (Array.isArray(v)) {
      const out: Json[] = new Array(v.length);
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        out[i] = walk(v[i] as Json);
        path.pop();
      }
      return out;
    }
    if (isObject(v)) {
      const out: Record<string, Json> = {};
      for (const k in v) {
        path.push(k);
        out[k] = walk(v[k] as Json);
        path.pop();
      }
      return out;
    }
    return map(v, path);
  };
  return walk(value);
}
