import { kindRules } from '../kinds/index.ts';
import { MinHeap } from '../model/min-heap.ts';
import type { PlanEntry } from './types.ts';

/**
 * Apply order: creates and updates in dependency order (policies and pools before clusters,
 * clusters before jobs, and any referenced object before the one referencing it), then deletes in
 * the reverse of that order, so nothing is deleted while something still points at it.
 * Ties break by kind wave, then by key, so the order is stable from run to run.
 *
 * Sets each entry's `order` (its place in the result).
 *
 * Kahn's algorithm with a heap on a rank computed once: at each step the lowest-ranked entry whose
 * dependencies are all placed (the smallest topological order), in O(n log n + edges).
 */
export function orderEntries(entries: PlanEntry[]): PlanEntry[] {
  // Entries are handled by their index: ranks, counts and dependents are arrays, not maps.
  const indexOf = new Map<string, number>();
  entries.forEach((e, i) => {
    indexOf.set(e.key, i);
  });
  // The rank is each entry's place in (wave, key) order, sorted once: the heap compares numbers.
  // It holds ranks, with one comparator for every call: a comparator made per call (per region)
  // made V8 throw away the heap's optimized code at the second region's plan.
  const wave = entries.map((e) => kindRules(e.kind).wave);
  const key = entries.map((e) => e.key);
  const atRank = entries
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (wave[a] as number) - (wave[b] as number) || ((key[a] as string) < (key[b] as string) ? -1 : 1),
    );
  const rank = new Array<number>(entries.length);
  atRank.forEach((i, place) => {
    rank[i] = place;
  });
  const waiting = new Array<number>(entries.length).fill(0);
  const dependents: number[][] = entries.map(() => []);
  // A dependency listed twice counts once: `counted[d] === i` once d is counted for entry i.
  const counted = new Array<number>(entries.length).fill(-1);
  entries.forEach((e, i) => {
    // Index loops here and below: `for…of` makes an iterator per list until V8 optimizes it away.
    const deps = e.depends_on;
    for (let k = 0; k < deps.length; k++) {
      const at = indexOf.get(deps[k] as string);
      if (at === undefined || at === i || counted[at] === i) continue;
      counted[at] = i;
      waiting[i] = (waiting[i] as number) + 1;
      dependents[at]?.push(i);
    }
  });
  const ready = new MinHeap<number>(ascending);
  for (let i = 0; i < entries.length; i++) if (waiting[i] === 0) ready.push(rank[i] as number);
  const placed = new Array<boolean>(entries.length).fill(false);
  const sorted: PlanEntry[] = [];
  // Entries left in a cycle (validation refuses one), lowest rank first, to make progress.
  let nextStuck = 0;
  while (sorted.length < entries.length) {
    const r = ready.pop();
    let i: number;
    if (r !== undefined) {
      i = atRank[r] as number;
      if (placed[i]) continue;
    } else {
      while (placed[atRank[nextStuck] as number]) nextStuck++;
      i = atRank[nextStuck] as number;
    }
    placed[i] = true;
    sorted.push(entries[i] as PlanEntry);
    const waiters = dependents[i] as number[];
    for (let k = 0; k < waiters.length; k++) {
      const next = waiters[k] as number;
      const left = (waiting[next] as number) - 1;
      waiting[next] = left;
      if (left === 0 && !placed[next]) ready.push(rank[next] as number);
    }
  }
  const forward = sorted.filter((e) => e.action !== 'delete');
  const deletes = sorted.filter((e) => e.action === 'delete').reverse();
  const ordered = forward.concat(deletes);
  // In place: the callers pass entries made for this plan, and a copy of each was a tenth of the
  // ordering's time.
  ordered.forEach((e, order) => {
    e.order = order;
  });
  return ordered;
}

function ascending(a: number, b: number): number {
  return a - b;
}
