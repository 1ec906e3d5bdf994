/**
 * Paths into a JSON value, and the small pattern language the field rules are written in.
 *
 * A pattern is a dot-separated list of segments: a key (`schedule`), `*` for any one key,
 * `[]` after a key for any element of that array (`tasks[].new_cluster`), and `**` for any
 * number of segments (`**.spark_conf`). Patterns are matched against concrete paths such as
 * `['tasks', 0, 'new_cluster']`.
 */
export type Segment = string | number;
export type Path = readonly Segment[];

type PatternPart = { key: string } | { anyKey: true } | { anyIndex: true } | { anyDepth: true };

const compiled = new Map<string, PatternPart[]>();

function compile(pattern: string): PatternPart[] {
  const cached = compiled.get(pattern);
  if (cached) return cached;
  const parts: PatternPart[] = [];
  for (const raw of pattern.split('.')) {
    let seg = raw;
    let arrays = 0;
    while (seg.endsWith('[]')) {
      seg = seg.slice(0, -2);
      arrays++;
    }
    if (seg === '**') parts.push({ anyDepth: true });
    else if (seg === '*') parts.push({ anyKey: true });
    else if (seg !== '') parts.push({ key: seg });
    for (let i = 0; i < arrays; i++) parts.push({ anyIndex: true });
  }
  compiled.set(pattern, parts);
  return parts;
}

export function matchPath(pattern: string, path: Path): boolean {
  return matchFrom(compile(pattern), 0, path, 0);
}

function matchFrom(parts: PatternPart[], pi: number, path: Path, si: number): boolean {
  if (pi === parts.length) return si === path.length;
  const part = parts[pi];
  if (!part) return false;
  if ('anyDepth' in part) {
    for (let skip = si; skip <= path.length; skip++) {
      if (matchFrom(parts, pi + 1, path, skip)) return true;
    }
    return false;
  }
  if (si >= path.length) return false;
  const seg = path[si];
  if ('anyIndex' in part) return typeof seg === 'number' && matchFrom(parts, pi + 1, path, si + 1);
  if ('anyKey' in part) return typeof seg === 'string' && matchFrom(parts, pi + 1, path, si + 1);
  return seg === part.key && matchFrom(parts, pi + 1, path, si + 1);
}

export function matchesAny(patterns: readonly string[], path: Path): boolean {
  return tableOf(patterns).first(path) !== undefined;
}

/**
 * Patterns filed by the key their last segment names: a look-up tries only those that can match
 * the path's last segment (and those ending in a wildcard). The plan looks up every field of every
 * object in its kind's rules; trying each pattern in turn was most of a plan's time.
 */
class PatternTable<V> {
  private readonly byLast = new Map<string, Array<{ at: number; parts: PatternPart[]; value: V }>>();
  private readonly open: Array<{ at: number; parts: PatternPart[]; value: V }> = [];

  constructor(entries: ReadonlyArray<readonly [string, V]>) {
    for (const [at, [pattern, value]] of entries.entries()) {
      const parts = compile(pattern);
      const last = parts.at(-1);
      const entry = { at, parts, value };
      if (last && 'key' in last) {
        const list = this.byLast.get(last.key);
        if (list) list.push(entry);
        else this.byLast.set(last.key, [entry]);
      } else this.open.push(entry);
    }
  }

  /** The value of the first pattern, in the order given, that matches the path. */
  first(path: Path): V | undefined {
    const last = path.at(-1);
    const named = typeof last === 'string' ? this.byLast.get(last) : undefined;
    const a = named && firstMatch(named, path);
    const b = firstMatch(this.open, path);
    if (a && b) return a.at < b.at ? a.value : b.value;
    return (a ?? b)?.value;
  }

  /** Every value whose pattern matches the path, in the order given (most paths match none). */
  all(path: Path): V[] {
    const last = path.at(-1);
    const named = typeof last === 'string' ? this.byLast.get(last) : undefined;
    let found: Array<{ at: number; value: V }> | undefined;
    for (const list of named ? [named, this.open] : [this.open])
      for (let i = 0; i < list.length; i++) {
        const e = list[i] as { at: number; parts: PatternPart[]; value: V };
        if (!matchFrom(e.parts, 0, path, 0)) continue;
        found ??= [];
        found.push(e);
      }
    if (!found) return [];
    return found.sort((a, b) => a.at - b.at).map((e) => e.value);
  }
}

/** A loop rather than `find`: the closure `find` needs would be made for every field of every object. */
function firstMatch<E extends { parts: PatternPart[] }>(entries: readonly E[], path: Path): E | undefined {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as E;
    if (matchFrom(entry.parts, 0, path, 0)) return entry;
  }
  return undefined;
}

const tables = new WeakMap<object, PatternTable<unknown>>();

/**
 * The table of `source`, built by `entriesOf` on first use and kept while `source` lives. The
 * builders are module functions, not closures: the plan asks for a table at every field.
 */
function cachedTable<S extends object, V>(
  source: S,
  entriesOf: (source: S) => ReadonlyArray<readonly [string, V]>,
): PatternTable<V> {
  let table = tables.get(source) as PatternTable<V> | undefined;
  if (!table) {
    table = new PatternTable(entriesOf(source));
    tables.set(source, table as PatternTable<unknown>);
  }
  return table;
}

/**
 * The table of a list of patterns, or of a pattern → value record (a kind's field rules): built
 * once per list, which the rules keep for the life of the process.
 */
export function tableOf<V = true>(
  source: readonly string[] | Readonly<Record<string, V>>,
): { first(path: Path): V | undefined } {
  return cachedTable(source, patternEntries) as PatternTable<V>;
}

function patternEntries<V>(
  source: readonly string[] | Readonly<Record<string, V>>,
): ReadonlyArray<readonly [string, V]> {
  return Array.isArray(source)
    ? source.map((p) => [p, true as V] as const)
    : Object.entries(source as Record<string, V>);
}

/**
 * The table of a list of field rules, each matched by its `path` pattern, in the list's order: built
 * once per list. The live comparison asks it about every field of every object the workspace holds.
 */
export function rulesTable<R extends { path: string }>(
  rules: readonly R[],
): { first(path: Path): R | undefined; all(path: Path): R[] } {
  return cachedTable(rules, ruleEntries);
}

function ruleEntries<R extends { path: string }>(rules: readonly R[]): ReadonlyArray<readonly [string, R]> {
  return rules.map((r) => [r.path, r] as const);
}

/** `/spec/tasks/0/name` — the form JSON Schema errors and RFC 6902 patches use. */
export function toPointer(path: Path): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function fromPointer(pointer: string): Segment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => {
      const key = s.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(0|[1-9]\d*)$/.test(key) ? Number(key) : key;
    });
}

/** `spec.tasks[0].name` — the form people read in error messages. */
export function toDisplay(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

export function getAt(value: unknown, path: Path): unknown {
  let cur: unknown = value;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg as string];
  }
  return cur;
}
