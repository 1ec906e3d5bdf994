import { fieldsBefore, isObject, type Json } from './json.ts';
import type { Path, Segment } from './path.ts';

/**
 * Calls `visit` for every leaf inside `value` (anything but an array or an object), with its path.
 * The path is one array, changed as the walk goes on (a copy per value made a plan of 5,000
 * definitions spend a tenth of its time here): a visitor that keeps it must copy it.
 */
export function forEachLeaf(value: unknown, visit: (leaf: unknown, path: readonly Segment[]) => void): void {
  new LeafVisit(visit).walk(value);
}

/** The walk of forEachLeaf, a class for the reason LeafWalk is one (below). */
class LeafVisit {
  private readonly visit: (leaf: unknown, path: readonly Segment[]) => void;
  private readonly path: Segment[] = [];

  constructor(visit: (leaf: unknown, path: readonly Segment[]) => void) {
    this.visit = visit;
  }

  walk(v: unknown): void {
    const path = this.path;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        this.walk(v[i]);
        path.pop();
      }
    } else if (isObject(v))
      for (const k in v) {
        path.push(k);
        this.walk(v[k]);
        path.pop();
      }
    else this.visit(v, path);
  }
}

/** forEachLeaf for the strings only. */
export function forEachString(value: unknown, visit: (text: string, path: readonly Segment[]) => void): void {
  forEachLeaf(value, (leaf, path) => {
    if (typeof leaf === 'string') visit(leaf, path);
  });
}

/**
 * `value` with every string replaced by what `map` returns for it (a string or any JSON). As with
 * forEachString, the path is one changing array; as with mapLeaves, what does not change is shared.
 */
export function mapStrings<T extends Json>(value: T, map: (text: string, path: Path) => Json): T {
  // Not through a wrapper of `map`: a wrapper made per call made V8 drop the walk's optimized code.
  return walkLeaves(value, map as (leaf: Json, path: Path) => Json, [], true) as T;
}

/**
 * `value` with every leaf (anything but an array or an object) replaced by what `map` returns for
 * it; `at` is the path of `value` itself. The path is one changing array. Copy on write: an array or
 * object none of whose leaves changed is returned as it is, not copied (most strings of a spec have
 * nothing to interpolate, and the copies were a quarter of a plan's time, in the collector). So the
 * result may share parts with `value`: neither may be changed in place afterwards.
 */
export function mapLeaves(value: Json, map: (leaf: Json, path: Path) => Json, at: Path = []): Json {
  return walkLeaves(value, map, at, false);
}

/** mapLeaves, or with `stringsOnly` mapStrings: leaves that are not strings are then kept as they are. */
function walkLeaves(
  value: Json,
  map: (leaf: Json, path: Path) => Json,
  at: Path,
  stringsOnly: boolean,
): Json {
  return new LeafWalk(map, [...at], stringsOnly).walk(value);
}

/**
 * The walk of walkLeaves, as a class rather than a closure made per call: a recursive closure
 * calls a new function at every call, and its methods are the same for every spec walked, which
 * V8 optimizes once (the reference check's walk got 4% of an offline plan faster so).
 */
class LeafWalk {
  private readonly map: (leaf: Json, path: Path) => Json;
  private readonly path: Segment[];
  private readonly stringsOnly: boolean;

  constructor(map: (leaf: Json, path: Path) => Json, path: Segment[], stringsOnly: boolean) {
    this.map = map;
    this.path = path;
    this.stringsOnly = stringsOnly;
  }

  walk(v: Json): Json {
    const path = this.path;
    if (Array.isArray(v)) {
      let out: Json[] | undefined;
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        const item = v[i] as Json;
        const mapped = this.walk(item);
        path.pop();
        if (mapped !== item && !out) out = v.slice(0, i);
        if (out) out.push(mapped);
      }
      return out ?? v;
    }
    if (isObject(v)) {
      let out: Record<string, Json> | undefined;
      for (const k in v) {
        path.push(k);
        const field = v[k] as Json;
        const mapped = this.walk(field);
        path.pop();
        if (mapped !== field && !out) out = fieldsBefore(v, k);
        if (out) out[k] = mapped;
      }
      return out ?? v;
    }
    return this.stringsOnly && typeof v !== 'string' ? v : this.map(v, path);
  }
}
