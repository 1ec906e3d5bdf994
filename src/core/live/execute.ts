import type { DesiredObject, Workspace } from '../../ports/workspace.ts';
import { objectKey } from '../model/definition.ts';
import { MinHeap } from '../model/min-heap.ts';
import { planObject } from '../plan/plan.ts';
import type { PlanEntry } from '../plan/types.ts';
import { aclToSend } from './acl.ts';
import { comparable } from './compare.ts';
import { Interrupted } from './lease.ts';
import type { LiveOptions, RegionInput, RegionWork } from './plan-live.ts';
import type { ProgressSink } from './progress.ts';
import { resolveObject } from './resolve.ts';
import { eachLimited, identityOf } from './snapshot.ts';
import { foundEntry, type StateWriter, stateEntry } from './state-record.ts';

export interface ObjectOutcome {
  key: string;
  action: PlanEntry['action'];
  status: 'done' | 'failed' | 'skipped';
  error?: string;
  /** The failure is temporary (a 5xx, a rate limit, a timeout, a cancel): a re-run can cure it. */
  transient?: true;
  /** Done, but with something left undone around it (a terminated cluster that could not be pinned). */
  warnings?: string[];
  /** Something was written to the workspace for this object (a no-change entry writes nothing). */
  written?: true;
}

/** What an adapter's errors mean to the apply. */
export interface ErrorClassifier {
  /** The create may have happened (the transport's AmbiguousWriteError). */
  isAmbiguous(err: unknown): boolean;
  isAlreadyExists(err: unknown): boolean;
  /** Temporary: the same request later may well succeed (5xx, 429, no answer). */
  isTransient(err: unknown): boolean;
}

/**
 * Applies one region's plan. Objects go in dependency order, several at a time; each is re-resolved
 * just before it is written (a dependency created a moment ago now has an id), and each success is
 * recorded in the state at once. A failure skips the objects that depend on it and nothing else.
 */
export async function executeRegion(
  input: RegionInput,
  work: RegionWork,
  ws: Workspace,
  writer: StateWriter,
  options: LiveOptions & {
    concurrency: number;
    errors: ErrorClassifier;
    progress: ProgressSink;
    /** Throws when this region must not be written any more (its lock's lease is lost). */
    guard?: () => void;
  },
): Promise<ObjectOutcome[]> {
  const ids = new Map([...work.observed].map(([k, o]) => [k, o.id]));
  const outcomes = new Map<string, ObjectOutcome>();
  const byKey = new Map(input.objects.map((o) => [objectKey(o), o]));
  const entries = work.plan.entries;
  const forward = entries.filter((e) => e.action !== 'delete');
  const deletes = entries.filter((e) => e.action === 'delete');
  const total = entries.filter((e) => e.action !== 'no-change').length;
  let doneCount = 0;
  const principal = work.snapshot.principal;
  const warnings = new Map<string, string[]>();
  /** What was done, but not all of it: kept on the outcome and shown as it happens. */
  const warn = (key: string, messages: readonly string[]) => {
    for (const message of messages) {
      warnings.set(key, [...(warnings.get(key) ?? []), message]);
      options.progress({ type: 'object-warning', region: input.region, key, message });
    }
  };
  /** Puts an object in its runtime state; true when all of it was done (a terminated cluster pinned too). */
  const settle = async (key: string, want: DesiredObject, id: string): Promise<boolean> => {
    const messages = await ws.setLifecycle(want.kind, id, want.lifecycle?.state ?? '');
    warn(key, messages);
    return messages.length === 0;
  };

  const runOne = async (entry: PlanEntry): Promise<void> => {
    const blocked = entry.depends_on.find(
      (d) => outcomes.get(d)?.status === 'failed' || outcomes.get(d)?.status === 'skipped',
    );
    if (blocked) {
      outcomes.set(entry.key, {
        key: entry.key,
        action: entry.action,
        status: 'skipped',
        error: `depends on ${blocked}, which failed`,
      });
      return;
    }
    try {
      const changed = await applyEntry(entry);
      if (changed) {
        doneCount++;
        options.progress({
          type: 'object',
          region: input.region,
          key: entry.key,
          action: entry.action,
          done: doneCount,
          total,
        });
      }
      const notes = warnings.get(entry.key);
      outcomes.set(entry.key, {
        key: entry.key,
        action: entry.action,
        status: 'done',
        ...(notes ? { warnings: notes } : {}),
        ...(changed ? { written: true as const } : {}),
      });
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      options.progress({
        type: 'object-failed',
        region: input.region,
        key: entry.key,
        action: entry.action,
        error,
      });
      const transient = err instanceof Interrupted || options.errors.isTransient(err);
      outcomes.set(entry.key, {
        key: entry.key,
        action: entry.action,
        status: 'failed',
        error,
        ...(transient ? { transient: true as const } : {}),
      });
    }
  };

  /** Returns whether anything was written. */
  const applyEntry = async (entry: PlanEntry): Promise<boolean> => {
    options.guard?.();
    if (entry.action === 'delete') {
      const have = work.observed.get(entry.key);
      if (have) await ws.delete(have.kind, have.id);
      writer.set(entry.key, undefined);
      return true;
    }
    const rendered = byKey.get(entry.key);
    if (!rendered) return false;
    // Re-resolved now: ids of objects created earlier in this apply are known.
    const want = resolveObject(rendered, {
      project: options.project,
      ids,
      contents: input.contents,
      secret: options.secret,
      salt: work.salt,
    });
    let have = work.observed.get(entry.key);
    if (entry.action === 'recreate' && have) {
      await ws.delete(have.kind, have.id);
      writer.set(entry.key, undefined);
      have = undefined;
    }
    const previous = writer.current.objects[entry.key];
    if (!have) {
      const id = await createSafely(ws, want, options.errors);
      ids.set(entry.key, id);
      writer.set(entry.key, stateEntry(id, want, work.salt));
      if (want.permissions !== undefined)
        await ws.setPermissions(want.kind, id, aclToSend(want.kind, want.permissions, undefined, principal));
      if (want.lifecycle && (await settle(entry.key, want, id)))
        writer.set(entry.key, stateEntry(id, want, work.salt, undefined, true));
      return true;
    }
    const current = work.snapshot.permissions.get(entry.key);
    const before = comparable(have, want, current, previous, work.snapshot.principal);
    const changes = planObject(entry.key, before, want).changes;
    if (changes.length === 0) {
      // Found (by marker or unique name) but not in the record: record it, so that the next run
      // knows it by id and prune can remove it one day.
      // Adopted after a replacement by hand: the record now names the new object.
      if (!previous || previous.id !== have.id || work.snapshot.replaced.has(entry.key))
        writer.set(entry.key, foundEntry(have, work.salt, want));
      return false;
    }
    const specChanged = changes.some((c) => c.path.startsWith('spec') || c.path === 'content_sha256');
    if (specChanged) await ws.update(want, have);
    if (changes.some((c) => c.path.startsWith('permissions')) && want.permissions !== undefined) {
      await ws.setPermissions(want.kind, have.id, aclToSend(want.kind, want.permissions, current, principal));
    }
    // An edit restarts a warehouse, and may start a cluster: put it back where it must stay.
    let held = previous?.lifecycle?.held === true;
    if (want.lifecycle && (specChanged || changes.some((c) => c.path === 'lifecycle.state')))
      held = await settle(entry.key, want, have.id);
    writer.set(entry.key, stateEntry(have.id, want, work.salt, previous, held));
    return true;
  };

  await runDag(forward, options.concurrency, runOne);
  // Deletes after everything else, dependents first (the plan already ordered them so).
  await eachLimited(deletes, 1, runOne);
  // The record's last writes are not waited for here: they go on while the caller reads the region
  // back, and the caller flushes the writer before it reports.
  return entries.map(
    (e) => outcomes.get(e.key) ?? { key: e.key, action: e.action, status: 'skipped' as const },
  );
}

/**
 * A create that never makes a duplicate: after an ambiguous failure (the server may have acted),
 * look the object up by its ownership marker before trying again.
 */
export async function createSafely(
  ws: Workspace,
  want: DesiredObject,
  errors: ErrorClassifier,
  attempts = 3,
): Promise<string> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await ws.create(want);
    } catch (err) {
      lastError = err;
      if (!errors.isAmbiguous(err) && !errors.isAlreadyExists(err)) throw err;
      const found = await ws.findOwned(want.kind, want.owner, identityOf(want));
      if (found) {
        // The create acted but its answer was lost: what it does after the object exists may not have run.
        await ws.finishCreate(want, found);
        return found;
      }
      if (errors.isAlreadyExists(err)) throw err; // exists, but not ours: a clash that appeared mid-apply
    }
  }
  throw lastError;
}

/**
 * Runs entries as soon as the entries they depend on are finished, at most `limit` at a time, the
 * earliest in the plan's order first. Each entry counts its unfinished dependencies, so a finish
 * wakes only its dependents (scanning every entry after each one was quadratic at thousands).
 */
async function runDag(
  entries: PlanEntry[],
  limit: number,
  run: (e: PlanEntry) => Promise<void>,
): Promise<void> {
  const indexOf = new Map(entries.map((e, i) => [e.key, i]));
  const waiting = entries.map(() => 0);
  const dependents = entries.map(() => [] as number[]);
  for (const [i, e] of entries.entries()) {
    for (const d of new Set(e.depends_on)) {
      const j = indexOf.get(d);
      if (j === undefined || j === i) continue;
      waiting[i] = (waiting[i] ?? 0) + 1;
      dependents[j]?.push(i);
    }
  }
  const ready = new MinHeap<number>((a, b) => a - b);
  for (const [i, n] of waiting.entries()) if (n === 0) ready.push(i);
  const started = entries.map(() => false);
  let active = 0;
  let finished = 0;
  await new Promise<void>((resolve) => {
    const pump = () => {
      if (finished === entries.length) return resolve();
      // A cycle (validation refuses one) would wait forever: its earliest entry goes first.
      if (active === 0 && ready.size === 0) ready.push(started.indexOf(false));
      while (active < limit && ready.size > 0) {
        const i = ready.pop() as number;
        if (started[i]) continue;
        started[i] = true;
        active++;
        run(entries[i] as PlanEntry).finally(() => {
          active--;
          finished++;
          for (const j of dependents[i] ?? []) {
            waiting[j] = (waiting[j] ?? 0) - 1;
            if (waiting[j] === 0) ready.push(j);
          }
          pump();
        });
      }
    };
    pump();
  });
}
