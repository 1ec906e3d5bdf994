import type { Workspace } from '../../src/ports/workspace.ts';

/** The Workspace calls that change a workspace: a kill point sits after any one of them. */
export const WRITE_CALLS = [
  'create',
  'update',
  'delete',
  'setPermissions',
  'setLifecycle',
  'writeState',
  'acquireLock',
  'renewLock',
  'releaseLock',
] as const;

/** Thrown for every call after the kill point: nothing of the "dead" run reaches the workspace again. */
export class Killed extends Error {
  constructor() {
    super('killed (simulated kill -9)');
  }
}

/**
 * One process's workspaces, which "die" together right after the `afterWrites`-th write any of them
 * makes: that write reaches its workspace, and from then on every call, read or write, fails without
 * reaching one, as if the process were gone. `count()` says how many writes a run made.
 */
export function killSwitch(
  afterWrites = Number.POSITIVE_INFINITY,
  /** Or: die right after the first write this picks (`create` of a cluster-policy, say). */
  dieAfter: (call: string, args: unknown[]) => boolean = () => false,
) {
  let writes = 0;
  let dead = false;
  const wrap = (ws: Workspace): Workspace =>
    new Proxy(ws, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          if (dead) throw new Killed();
          const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          if ((WRITE_CALLS as readonly (string | symbol)[]).includes(prop)) {
            writes++;
            if (writes >= afterWrites || dieAfter(String(prop), args)) dead = true;
          }
          return result;
        };
      },
    });
  return { wrap, count: () => writes, killed: () => dead };
}
