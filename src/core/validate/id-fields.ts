import { KINDS } from '../kinds/index.ts';
import type { KindName } from '../model/kinds.ts';
import { type Path, tableOf } from '../model/path.ts';

/**
 * Fields that hold the workspace id of another object, from each kind's `referencedBy`. An id is
 * different in every workspace, so a literal here would point the secondary at the primary's object
 * (or at nothing): these must be written as references, e.g. `${clusters.shared-etl.id}`, or as a
 * per-region `${var.…}`.
 */
export const ID_FIELDS: ReadonlyArray<{ pattern: string; kind: KindName }> = Object.values(KINDS).flatMap(
  (rules) => (rules.referencedBy ?? []).map((pattern) => ({ pattern, kind: rules.kind })),
);

/** Pattern → kind, the first kind naming a pattern keeping it. */
const BY_PATTERN: Readonly<Record<string, KindName>> = Object.fromEntries(
  [...new Map(ID_FIELDS.map((f) => [f.pattern, f.kind])).keys()].map((pattern) => [
    pattern,
    ID_FIELDS.find((f) => f.pattern === pattern)?.kind as KindName,
  ]),
);

/** Looked up once: the reference check asks about every value of every definition. */
const ID_TABLE = tableOf(BY_PATTERN);

/** The kind whose id the field at `path` (inside a spec) holds, if it is an id field. */
export function idFieldAt(path: Path): { kind: KindName } | undefined {
  const kind = ID_TABLE.first(path);
  return kind ? { kind } : undefined;
}
