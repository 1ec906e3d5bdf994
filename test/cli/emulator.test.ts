import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../support/project.ts';

it('codeploy emulator serves the named workspaces and prints each host and a token it accepts', async () => {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'dist/cli.js'), 'emulator', '--workspaces', 'east,west', '--transition', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    let out = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no output: ${out}`)), 10_000);
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('Use them with')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const lines = [...out.matchAll(/^ {2}(\w+) +(http:\/\/127\.0\.0\.1:\d+) +token (\S+)/gm)].map((m) => ({
      name: m[1],
      host: m[2] ?? '',
      token: m[3] ?? '',
    }));
    expect(lines.map((l) => l.name)).toEqual(['east', 'west']);
    for (const { host, token } of lines) {
      const ok = await fetch(`${host}/api/2.2/jobs/list`, { headers: { authorization: `Bearer ${token}` } });
      expect(ok.status).toBe(200);
      const refused = await fetch(`${host}/api/2.2/jobs/list`, {
        headers: { authorization: 'Bearer wrong' },
      });
      expect(refused.status).toBe(401);
      const log = (await (await fetch(`${host}/__emulator/requests`)).json()) as {
        requests: Array<{ status: number }>;
      };
      expect(log.requests.map((r) => r.status)).toEqual([200, 401]);
    }
  } finally {
    child.kill('SIGTERM');
  }
});
