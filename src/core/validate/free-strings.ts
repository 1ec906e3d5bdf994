import type { KindName } from '../model/kinds.ts';
import type { Segment } from '../model/path.ts';
import { freeStringFields } from './generated/validators.js';

/**
 * Where a kind's spec takes any string (any text passes its schema there), as read off the schema
 * at build time by scripts/free-strings.ts: property names, maps of free strings, and maps whose
 * values are constrained.
 */
export interface FreeStringTable {
  keys: ReadonlySet<string>;
  maps: ReadonlySet<string>;
  guarded: ReadonlySet<string>;
}

const tables = new Map<KindName, FreeStringTable>();

export function freeStringTable(kind: KindName): FreeStringTable {
  let table = tables.get(kind);
  if (!table) {
    const fields = freeStringFields[kind];
    table = { keys: new Set(fields.keys), maps: new Set(fields.maps), guarded: new Set(fields.guarded) };
    tables.set(kind, table);
  }
  return table;
}

/**
 * Whether the string at `path` (from `path[from]` on, inside the spec) may hold any text: then a
 * rewrite of it (a reference resolved, a storage prefix remapped) cannot break the spec's schema.
 * Found by the nearest key, and the key of the map it may sit in: see scripts/free-strings.ts.
 */
export function isFreeString(table: FreeStringTable, path: readonly Segment[], from = 0): boolean {
  let at = path.length - 1;
  while (at >= from && typeof path[at] !== 'string') at--;
  if (at < from) return false;
  const parent = at > from ? path[at - 1] : undefined;
  if (typeof parent === 'string') {
    if (table.guarded.has(parent)) return false;
    if (table.maps.has(parent)) return true;
  }
  return table.keys.has(path[at] as string);
}
