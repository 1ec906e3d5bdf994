import { KINDS } from '../kinds/index.ts';
import type { KindName } from '../model/kinds.ts';

/**
 * Fields that hold the workspace id of another object, from each kind's `referencedBy`. An id is
 * different in every workspace, so a literal here would point the secondary at the primary's object
 * (or at nothing): these must be written as references, e.g. `${clusters.shared-etl.id}`, or as a
 * per-region `${var.…}`.
 */
export const ID_FIELDS: ReadonlyArray<{ pattern: string; kind: KindName }> = Object.values(KINDS).flatMap(
  (rules) => (rules.referencedBy ?? []).map((pattern) => ({ pattern, kind: rules.kind })),
);
