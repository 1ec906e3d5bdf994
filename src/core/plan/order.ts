import { kindRules } from '../kinds/index.ts';
import type { PlanEntry } from './types.ts';

/**
 * Apply order: creates and updates in dependency order (policies and pools before clusters,
 * clusters before jobs, and any referenced object before the one referencing it), then deletes in
 * the reverse of that order, so nothing is deleted while something still points at it.
 * Ties break by kind wave, then by key, so the order is stable from run to run.
 */
export function orderEntries(entries: PlanEntry[]): PlanEntry[] {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const rank = (e: PlanEntry) => `${String(kindRules(e.kind).wave).padStart(3, '0')}|${e.key}`;
  const pending = new Map(entries.map((e) => [e.key, new Set(e.depends_on.filter((d) => byKey.has(d)))]));
  const sorted: PlanEntry[] = [];
  while (pending.size > 0) {
    const ready = [...pending.entries()]
      .filter(([, deps]) => deps.size === 0 || [...deps].every((d) => !pending.has(d)))
      .map(([key]) => byKey.get(key) as PlanEntry);
    // A cycle cannot reach here (validation refuses one); take the lowest-ranked to make progress.
    const pick = (ready.length > 0 ? ready : [...pending.keys()].map((k) => byKey.get(k) as PlanEntry)).sort(
      (a, b) => (rank(a) < rank(b) ? -1 : 1),
    )[0] as PlanEntry;
    sorted.push(pick);
    pending.delete(pick.key);
  }
  const forward = sorted.filter((e) => e.action !== 'delete');
  const deletes = sorted.filter((e) => e.action === 'delete').reverse();
  return [...forward, ...deletes].map((e, order) => ({ ...e, order }));
}
