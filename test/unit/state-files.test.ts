import { describe, expect, it } from 'vitest';
import { StateFiles } from '../../src/adapters/databricks/state-files.ts';
import type { StateEntry, StateRecord } from '../../src/ports/workspace.ts';

/** A workspace folder in memory, counting uploads. */
function folder() {
  const files = new Map<string, string>();
  const writes: string[] = [];
  return {
    files,
    writes,
    io: {
      read: async (path: string) => files.get(path),
      write: async (path: string, text: string) => {
        files.set(path, text);
        writes.push(path.slice(path.lastIndexOf('/') + 1));
      },
      remove: async (path: string) => {
        files.delete(path);
      },
    },
  };
}

function record(objects: number, note = ''): StateRecord {
  const entries: Record<string, StateEntry> = {};
  for (let i = 0; i < objects; i++)
    entries[`job/job-${i}`] = {
      id: String(1000 + i),
      spec_sha256: 'x'.repeat(64),
      applied: { name: `job-${i}`, description: `${note}${'a long description '.repeat(5)}` },
    };
  return {
    format_version: 1,
    project: 'p',
    region: 'primary',
    applied_at: '2026-12-05T00:00:00.000Z',
    secret_salt: 'salt',
    objects: entries,
  };
}

describe('the state record as workspace files', () => {
  it('stays one state.json while small', async () => {
    const f = folder();
    await new StateFiles(f.io, '/s', 10_000).write(record(3));
    expect([...f.files.keys()]).toEqual(['/s/state.json']);
    expect(await new StateFiles(f.io, '/s', 10_000).read()).toEqual(record(3));
  });

  it('is read by a person as its header, then one line per object', async () => {
    const f = folder();
    await new StateFiles(f.io, '/s', 10_000).write(record(2, 'two\nlines '));
    const lines = (f.files.get('/s/state.json') ?? '').split('\n');
    expect(lines.slice(0, 3)).toEqual(['{', ' "format_version": 1,', ' "project": "p",']);
    expect(lines.filter((l) => l.startsWith('  "job/')).length).toBe(2);
    // A line break inside a value stays escaped: each object keeps its one line.
    expect(lines.length).toBe(11);
  });

  it('moves its objects into shards under the size limit, reads them back whole, and uploads only what changed', async () => {
    const f = folder();
    const files = new StateFiles(f.io, '/s', 4_000);
    await files.write(record(100));
    const header = JSON.parse(f.files.get('/s/state.json') ?? '{}');
    expect(header.objects).toBeUndefined();
    expect(header.shards).toBeGreaterThan(1);
    for (const [path, text] of f.files) expect(text.length, path).toBeLessThan(3 * 4_000);
    expect(await new StateFiles(f.io, '/s', 4_000).read()).toEqual(record(100));

    // One object changes: its shard and the header are uploaded, nothing else.
    f.writes.length = 0;
    const next = record(100);
    (next.objects['job/job-7'] as StateEntry).id = 'changed';
    next.applied_at = '2026-12-05T00:00:02.000Z';
    await files.write(next);
    expect(f.writes).toHaveLength(2);
    expect(f.writes[1]).toBe('state.json');
    expect(await new StateFiles(f.io, '/s', 4_000).read()).toEqual(next);
  });

  it('grows its shard count, and goes back to one file, leaving no stale shard behind', async () => {
    const f = folder();
    const files = new StateFiles(f.io, '/s', 4_000);
    await files.write(record(40));
    const before = JSON.parse(f.files.get('/s/state.json') ?? '{}').shards;
    await files.write(record(400));
    const after = JSON.parse(f.files.get('/s/state.json') ?? '{}').shards;
    expect(after).toBeGreaterThan(before);
    expect([...f.files.keys()].filter((p) => p.includes(`.objects.${before}.`))).toEqual([]);
    expect(await new StateFiles(f.io, '/s', 4_000).read()).toEqual(record(400));
    await files.write(record(2));
    expect([...f.files.keys()]).toEqual(['/s/state.json']);
  });

  it('refuses to read a record whose shard is missing, saying which', async () => {
    const f = folder();
    await new StateFiles(f.io, '/s', 4_000).write(record(100));
    const shards = JSON.parse(f.files.get('/s/state.json') ?? '{}').shards;
    f.files.delete(`/s/state.objects.${shards}.0.json`);
    await expect(new StateFiles(f.io, '/s', 4_000).read()).rejects.toThrow(
      /shards, and \/s\/state\.objects\.\d+\.0\.json is missing/,
    );
  });
});
