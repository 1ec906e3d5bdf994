import type { LockInfo } from '../../ports/workspace.ts';

/** The few file operations the lock needs, on the workspace file tree. */
export interface LockFiles {
  read(path: string): Promise<string | undefined>;
  /** Creates the file; throws when it exists (an import without overwrite is atomic). */
  create(path: string, text: string): Promise<void>;
  overwrite(path: string, text: string): Promise<void>;
  /** Deletes the file; a file that is not there is fine. */
  remove(path: string): Promise<void>;
  /** Whether an error from `create` means the file was there already (or the create may have happened). */
  isTaken(err: unknown): boolean;
}

export class LockLostError extends Error {
  override name = 'LockLostError';
}

/**
 * The deploy lock in one workspace, safe with nothing but atomic create, overwrite and delete:
 * - acquire: create `deploy.lock` (atomic: of two runs, one gets it);
 * - take over an expired lock: first create `deploy.takeover-<generation>`, so of several runs only
 *   one takes over that generation, then check the generation is unchanged, write the next one and
 *   remove the claim (a late contender then finds the new generation and gives up);
 * - renew (the heartbeat) and release only while the lock still carries this run's id; a run never
 *   deletes a lock it does not hold;
 * - break: an explicit act that records who broke which lock, in `lock-broken.json`.
 * A holder whose lease could not be renewed stops writing before it lapses (the core's lease guard),
 * so a takeover after expiry never overlaps with a live holder's writes.
 */
export class WorkspaceLock {
  private readonly files: LockFiles;
  private readonly path: string;
  private readonly folder: string;

  constructor(files: LockFiles, folder: string) {
    this.files = files;
    this.folder = folder;
    this.path = `${folder}/deploy.lock`;
  }

  async peek(): Promise<LockInfo | undefined> {
    const text = await this.files.read(this.path);
    if (!text) return undefined;
    try {
      return JSON.parse(text) as LockInfo;
    } catch {
      // Unreadable: treat as a lock that expired long ago, so it can be taken over or broken.
      return {
        holder: '(unreadable lock)',
        run_id: '',
        acquired_at: '',
        expires_at: new Date(0).toISOString(),
      };
    }
  }

  async acquire(
    lock: LockInfo,
    now: number,
  ): Promise<{ acquired: true; lock: LockInfo } | { acquired: false; holder: LockInfo }> {
    const mine: LockInfo = { ...lock, generation: 1 };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await this.files.create(this.path, JSON.stringify(mine));
        return { acquired: true, lock: mine };
      } catch (err) {
        if (!this.files.isTaken(err)) throw err;
      }
      const current = await this.peek();
      if (!current) continue; // released meanwhile: try again
      // A create whose answer was lost may well have taken the lock for this run.
      if (current.run_id === lock.run_id) return { acquired: true, lock: current };
      if (Date.parse(current.expires_at) > now) return { acquired: false, holder: current };
      return this.takeOver(lock, current);
    }
    const holder = await this.peek();
    return holder ? { acquired: false, holder } : { acquired: false, holder: mine };
  }

  private async takeOver(
    lock: LockInfo,
    expired: LockInfo,
  ): Promise<{ acquired: true; lock: LockInfo } | { acquired: false; holder: LockInfo }> {
    const generation = expired.generation ?? 1;
    const claim = `${this.folder}/deploy.takeover-${generation}`;
    try {
      await this.files.create(claim, JSON.stringify({ run_id: lock.run_id, holder: lock.holder }));
    } catch (err) {
      if (!this.files.isTaken(err)) throw err;
      return { acquired: false, holder: expired }; // another run is taking it over
    }
    const again = await this.peek();
    if (!again || (again.generation ?? 1) !== generation || again.run_id !== expired.run_id) {
      await this.files.remove(claim);
      return again ? { acquired: false, holder: again } : this.acquire(lock, Date.now());
    }
    const mine: LockInfo = { ...lock, generation: generation + 1, took_over_from: expired.holder };
    await this.files.overwrite(this.path, JSON.stringify(mine));
    await this.files.remove(claim);
    return { acquired: true, lock: mine };
  }

  /** Extends the lease; throws LockLostError when the lock no longer carries this run's id. */
  async renew(lock: LockInfo, expiresAt: string): Promise<LockInfo> {
    const current = await this.peek();
    if (current?.run_id !== lock.run_id)
      throw new LockLostError(
        current ? `the deploy lock is now held by ${current.holder}` : 'the deploy lock was removed',
      );
    const renewed = { ...lock, expires_at: expiresAt };
    await this.files.overwrite(this.path, JSON.stringify(renewed));
    return renewed;
  }

  /** Deletes the lock if, and only if, it still carries this run's id. */
  async release(lock: LockInfo): Promise<'released' | 'not-held'> {
    const current = await this.peek();
    if (current?.run_id !== lock.run_id) return 'not-held';
    await this.files.remove(this.path);
    return 'released';
  }

  /** Removes whatever lock is there, on purpose, and records who did it and what they removed. */
  async break(by: string, at: string): Promise<LockInfo | undefined> {
    const current = await this.peek();
    if (!current) return undefined;
    await this.files.overwrite(
      `${this.folder}/lock-broken.json`,
      JSON.stringify({ broken_by: by, broken_at: at, lock: current }, null, 1),
    );
    await this.files.remove(this.path);
    await this.files.remove(`${this.folder}/deploy.takeover-${current.generation ?? 1}`);
    return current;
  }
}
