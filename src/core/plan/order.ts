import { kindRules } from '../kinds/index.ts';
import { MinHeap } from '../model/min-heap.ts';
import type { PlanEntry } from './types.ts';

/**
 * Apply order: creates and updates in dependency order (policies and pools before clusters,
 * clusters before jobs, and any referenced object before the one referencing it), then deletes in
 * the reverse of that order, so nothing is deleted while something still points at it.
 * Ties break by kind wave, then by key, so the order is stable from run to run.
 *
 * Kahn's algorithm with a heap on a rank computed once: at each step the lowest-ranked entry whose
 * dependencies are all placed (the smallest topological order), in O(n log n + edges).
 */
export function orderEntries(entries: PlanEntry[]): PlanEntry[] {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const rank = new Map(
    entries.map((e) => [e, `${String(kindRules(e.kind).wave).padStart(3, '0')}|${e.key}`]),
  );
  const waiting = new Map<PlanEntry, number>();
  const dependents = new Map<string, PlanEntry[]>();
  for (const e of entries) {
    const deps = new Set(e.depends_on.filter((d) => d !== e.key && byKey.has(d)));
    waiting.set(e, deps.size);
    for (const d of deps) {
      const list = dependents.get(d);
      if (list) list.push(e);
      else dependents.set(d, [e]);
    }
  }
  const ready = new MinHeap<PlanEntry>((a, b) =>
    (rank.get(a) as string) < (rank.get(b) as string) ? -1 : 1,
  );
  for (const e of entries) if (waiting.get(e) === 0) ready.push(e);
  const placed = new Set<PlanEntry>();
  const sorted: PlanEntry[] = [];
  const place = (e: PlanEntry) => {
    placed.add(e);
    sorted.push(e);
    for (const next of dependents.get(e.key) ?? []) {
      const left = (waiting.get(next) as number) - 1;
      waiting.set(next, left);
      if (left === 0 && !placed.has(next)) ready.push(next);
    }
  };
  // Entries left in a cycle (validation refuses one), lowest rank first, to make progress.
  const stuck = [...entries].sort((a, b) => ((rank.get(a) as string) < (rank.get(b) as string) ? -1 : 1));
  let nextStuck = 0;
  while (sorted.length < entries.length) {
    const e = ready.pop();
    if (e) {
      if (!placed.has(e)) place(e);
      continue;
    }
    while (placed.has(stuck[nextStuck] as PlanEntry)) nextStuck++;
    place(stuck[nextStuck] as PlanEntry);
  }
  const forward = sorted.filter((e) => e.action !== 'delete');
  const deletes = sorted.filter((e) => e.action === 'delete').reverse();
  return [...forward, ...deletes].map((e, order) => ({ ...e, order }));
}
