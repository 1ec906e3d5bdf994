/**
 * The emulator in a process of its own (`codeploy emulator`), for the timing runs: in the bench's
 * process it took CPU from the client it was timing, which a real workspace's server does not.
 */
import { type ChildProcess, spawn } from 'node:child_process';

export class ChildEmulator {
  private child: ChildProcess | undefined;
  private readonly tokens = new Map<string, string>();
  private readonly hostOf = new Map<string, string>();
  private readonly latencyMs: number;

  constructor(latencyMs: number) {
    this.latencyMs = latencyMs;
  }

  async start(): Promise<Record<string, string>> {
    const child = spawn(
      process.execPath,
      [
        'src/cli/bin.ts',
        'emulator',
        '--latency',
        String(this.latencyMs),
        '--no-rate-limits',
        '--groups',
        'eng',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    this.child = child;
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.once('exit', () => reject(new Error(`the emulator exited: ${out}`)));
      child.stdout?.on('data', (d) => {
        out += d;
        if (out.includes('Use them with')) resolve();
      });
    });
    for (const m of out.matchAll(/^\s+(\S+)\s+(http\S+)\s+token (\S+)/gm)) {
      this.hostOf.set(m[1] ?? '', m[2] ?? '');
      this.tokens.set(m[1] ?? '', m[3] ?? '');
    }
    return Object.fromEntries(this.hostOf);
  }

  workspace(name: string): { token: string } {
    return { token: this.tokens.get(name) ?? '' };
  }

  /** Requests each workspace answered. */
  async requestCount(name: string): Promise<number> {
    const r = await fetch(`${this.hostOf.get(name)}/__emulator/requests`);
    return ((await r.json()) as { requests: unknown[] }).requests.length;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    child.removeAllListeners('exit');
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}
