import type { StateEntry, StateRecord } from '../../ports/workspace.ts';

/**
 * Past this size the objects leave `state.json` for shards of about this size each. A workspace file
 * import is refused above 10 MB (400 MAX_NOTEBOOK_SIZE_EXCEEDED, the API facts), a record grows about
 * 2.6 KB per object, and base64 makes the request a third larger: 4 MB leaves room.
 */
export const SHARD_BYTES = 4 * 1024 * 1024;

/** How the record is read and written: the workspace's files, by path. */
export interface StateFileIO {
  read(path: string): Promise<string | undefined>;
  write(path: string, text: string): Promise<void>;
  remove(path: string): Promise<void>;
}

type Header = Omit<StateRecord, 'objects'> & { objects?: Record<string, StateEntry>; shards?: number };

/**
 * The state record as workspace files. A small record is one file, `state.json`, as a person would
 * expect to read it. A large one keeps its header there (`shards: N`) and its objects in N shard
 * files, each object in the shard its key hashes to, so no file nears the import limit and a write
 * uploads only the shards that changed. Shards are written before the header that names them, and
 * the shards of another shard count are removed only after: a run killed in between leaves a header
 * whose shards are all there.
 */
export class StateFiles {
  private readonly io: StateFileIO;
  private readonly folder: string;
  /** File → its text as last read or written: an unchanged shard is not uploaded again. */
  private readonly known = new Map<string, string>();
  /** The shard count of the record as stored (0: the objects are in state.json). */
  private shards = 0;
  private readonly shardBytes: number;

  constructor(io: StateFileIO, folder: string, shardBytes = SHARD_BYTES) {
    this.io = io;
    this.folder = folder;
    this.shardBytes = shardBytes;
  }

  private get headerPath(): string {
    return `${this.folder}/state.json`;
  }

  private shardPath(count: number, index: number): string {
    return `${this.folder}/state.objects.${count}.${index}.json`;
  }

  async read(): Promise<StateRecord | undefined> {
    const text = await this.io.read(this.headerPath);
    if (text === undefined) return undefined;
    this.known.set(this.headerPath, text);
    const { shards, ...header } = JSON.parse(text) as Header;
    if (!shards) {
      this.shards = 0;
      return header as StateRecord;
    }
    const objects: Record<string, StateEntry> = {};
    for (let i = 0; i < shards; i++) {
      const path = this.shardPath(shards, i);
      const part = await this.io.read(path);
      if (part === undefined)
        throw new Error(
          `the state record names ${shards} shards, and ${path} is missing: restore it, or delete state.json to match objects by marker and name`,
        );
      this.known.set(path, part);
      Object.assign(objects, JSON.parse(part) as Record<string, StateEntry>);
    }
    this.shards = shards;
    return { ...header, objects } as StateRecord;
  }

  /** Every text is made before the first write: the caller may change the record meanwhile. */
  async write(record: StateRecord): Promise<void> {
    const whole = recordText(record);
    // Characters, not bytes: a record is mostly ASCII, and the limit leaves room for the rest.
    if (whole.length <= this.shardBytes) {
      await this.put(this.headerPath, whole);
      await this.removeShards(this.shards);
      this.shards = 0;
      return;
    }
    // A power of two, and never fewer shards while the record stays sharded: keys keep their shard.
    const needed = 2 ** Math.ceil(Math.log2(Math.ceil(whole.length / this.shardBytes)));
    const count = Math.max(needed, this.shards);
    const buckets = Array.from({ length: count }, () => ({}) as Record<string, StateEntry>);
    for (const [key, entry] of Object.entries(record.objects))
      (buckets[shardOf(key, count)] as Record<string, StateEntry>)[key] = entry;
    const shardTexts = buckets.map((bucket) => objectLines(bucket));
    const { objects: _, ...header } = record;
    const headerText = JSON.stringify({ ...header, shards: count }, null, 1);
    for (const [i, text] of shardTexts.entries()) await this.put(this.shardPath(count, i), text);
    await this.put(this.headerPath, headerText);
    if (this.shards !== count) await this.removeShards(this.shards);
    this.shards = count;
  }

  private async put(path: string, text: string): Promise<void> {
    if (this.known.get(path) === text) return;
    await this.io.write(path, text);
    this.known.set(path, text);
  }

  private async removeShards(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      const path = this.shardPath(count, i);
      await this.io.remove(path);
      this.known.delete(path);
    }
  }
}

/**
 * The record as a person reads it: its header indented, then one line per object. Indenting the
 * objects too made the file (uploaded whole after every wave of writes) twice its size.
 */
export function recordText(record: StateRecord): string {
  const { objects, ...header } = record;
  const head = JSON.stringify(header, null, 1);
  const body = objectLines(objects).replaceAll('\n', '\n ');
  return head === '{}' ? `{\n "objects": ${body}\n}` : `${head.slice(0, -2)},\n "objects": ${body}\n}`;
}

function objectLines(objects: Record<string, StateEntry>): string {
  const lines = Object.entries(objects).map(
    ([key, entry]) => ` ${JSON.stringify(key)}: ${JSON.stringify(entry)}`,
  );
  return lines.length > 0 ? `{\n${lines.join(',\n')}\n}` : '{}';
}

/** FNV-1a of the key, modulo the shard count: stable across runs and machines. */
function shardOf(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}
