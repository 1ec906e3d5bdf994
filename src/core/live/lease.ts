import type { LockInfo, Workspace } from '../../ports/workspace.ts';

interface Held {
  ws: Workspace;
  lock: LockInfo;
  /** When the lease was last extended, on this run's clock. */
  renewedAt: number;
  lost?: string;
}

/**
 * This run's deploy locks, one per region it writes to, held on a short lease that a heartbeat
 * renews every third of it. A region whose lease could not be renewed (or whose lock was taken or
 * broken) is guarded: no write starts there once the lease may have lapsed, so a run that took the
 * lock over never writes alongside this one.
 */
/** A write not started because the run stopped (cancelled, lease lost): the next run does it. */
export class Interrupted extends Error {
  override name = 'Interrupted';
}

export class DeployLeases {
  private readonly held = new Map<string, Held>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly leaseMs: number;
  private readonly clock: () => number;

  constructor(leaseMs: number, clock: () => number = Date.now) {
    this.leaseMs = leaseMs;
    this.clock = clock;
  }

  async acquire(
    region: string,
    ws: Workspace,
    lock: LockInfo,
  ): Promise<{ acquired: true } | { acquired: false; holder: LockInfo }> {
    const got = await ws.acquireLock(lock, this.clock());
    if (!got.acquired) return got;
    this.held.set(region, { ws, lock: got.lock, renewedAt: this.clock() });
    this.timer ??= setInterval(() => void this.renewAll(), Math.max(50, Math.floor(this.leaseMs / 3)));
    this.timer.unref?.();
    return { acquired: true };
  }

  /** Throws when this region's lease is lost or may have lapsed: the caller must not write there. */
  guard(region: string): void {
    const h = this.held.get(region);
    if (!h) return;
    if (h.lost) throw new Interrupted(`stopped before writing: ${h.lost}`);
    // Stop a sixth of the lease early: a renewal in flight must not be counted on.
    if (this.clock() > h.renewedAt + this.leaseMs - this.leaseMs / 6)
      throw new Interrupted("stopped before writing: the deploy lock's lease could not be renewed in time");
  }

  private async renewAll(): Promise<void> {
    await Promise.all(
      [...this.held.values()].map(async (h) => {
        if (h.lost) return;
        const at = this.clock();
        try {
          h.lock = await h.ws.renewLock(h.lock, new Date(at + this.leaseMs).toISOString());
          h.renewedAt = at;
        } catch (err) {
          // A renewal that failed for a moment is tried again next beat; a lock held by another is lost.
          if (err instanceof Error && err.name === 'LockLostError') h.lost = err.message;
        }
      }),
    );
  }

  /** Stops the heartbeat and releases every lock still held; returns what could not be released. */
  async releaseAll(): Promise<string[]> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    const warnings: string[] = [];
    await Promise.all(
      [...this.held].map(async ([region, h]) => {
        try {
          const result = await h.ws.releaseLock(h.lock);
          if (result === 'not-held')
            warnings.push(
              `${region}: the deploy lock was no longer this run's at the end (${h.lost ?? 'taken over or broken'})`,
            );
        } catch (err) {
          warnings.push(
            `${region}: the deploy lock could not be released (${err instanceof Error ? err.message : String(err)}); it lapses ${Math.round(this.leaseMs / 60_000)} minute(s) after the last renewal, or run codeploy unlock --region ${region}`,
          );
        }
      }),
    );
    this.held.clear();
    return warnings;
  }
}
