import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  visit,
} from 'yaml';
import type { Diagnostics } from '../model/diagnostics.ts';
import { type Json, sortKeys } from '../model/json.ts';
import type { Path } from '../model/path.ts';
import { fastParse } from './fast-yaml.ts';

export interface Position {
  line: number;
  column: number;
}

/** One YAML/JSON document with a way back from any path inside it to its line and column. */
export interface ParsedDocument {
  file: string;
  index: number;
  value: Json;
  /** Position of the value at `path`, or of its nearest ancestor that exists; `key` picks the key. */
  locate(path: Path, options?: { key?: boolean }): Position;
}

/**
 * Parses a definition or config file. `.json` files are parsed strictly first, because YAML would
 * quietly accept JSON's common mistakes (a trailing comma, for one). A plain file is read by the
 * fast path (see fast-yaml.ts), anything else by the `yaml` library, whose tree supplies positions.
 * Problems become diagnostics; nothing here throws on bad input. With `sortKeys`, every mapping's
 * keys are sorted, whichever parser read it: definitions are read so, rendering wants them sorted.
 * (Not codeploy.yml, whose regions keep the order they are written in.)
 */
export function parseDocuments(
  file: string,
  text: string,
  diags: Diagnostics,
  options: { sortKeys?: boolean } = {},
): ParsedDocument[] {
  try {
    return parseChecked(file, text, diags, options.sortKeys ?? false);
  } catch (err) {
    // The parser and its tree walks recurse: input nested thousands deep overflows the stack. That
    // is the input's problem, said at its file, not a crash.
    if (!(err instanceof RangeError)) throw err;
    diags.error('syntax', 'nested too deeply to read', {
      location: { file, line: 1, column: 1 },
      expected: `at most ${MAX_DEPTH} levels of nesting`,
    });
    return [];
  }
}

/** Deeper than this is refused: no real definition comes near it, and the rest of codeploy recurses. */
export const MAX_DEPTH = 64;

const YAML_OPTIONS = { prettyErrors: true, uniqueKeys: true, merge: false } as const;

function parseChecked(file: string, text: string, diags: Diagnostics, sorted: boolean): ParsedDocument[] {
  if (/\.json$/i.test(file) && !checkStrictJson(file, text, diags)) return [];
  const fast = fastParse(text, MAX_DEPTH, sorted);
  if (fast) {
    // The syntax tree is built only when a position is asked for (a diagnostic), and kept for the
    // file's other documents: a valid repo is read without one.
    const tree = lazyTree(text);
    return fast.map((value, index) => ({
      file,
      index,
      value,
      locate(path, options = {}) {
        const { docs, toPos } = tree();
        const root = docs[index]?.contents as Node | null | undefined;
        return root ? toPos(findOffset(root, path, options.key ?? false)) : { line: 1, column: 1 };
      },
    }));
  }
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, ...YAML_OPTIONS });
  const out: ParsedDocument[] = [];
  const toPos = positions(lineCounter);
  if (!Array.isArray(docs)) {
    // An empty stream: `parseAllDocuments` returns an empty-stream marker rather than documents.
    return out;
  }
  docs.forEach((doc, index) => {
    // After the first syntax error the parser's further complaints are mostly its own confusion.
    const errors = doc.errors.slice(0, 1);
    for (const err of errors) {
      const pos = err.linePos?.[0];
      const tooDeep = /Maximum call stack/.test(err.message);
      diags.error(
        'syntax',
        tooDeep
          ? 'nested too deeply to read'
          : (err.message.split('\n')[0] ?? err.message).replace(/ at line \d+, column \d+:?$/, ''),
        {
          location: { file, line: pos?.line ?? 1, column: pos?.col ?? 1 },
          expected: tooDeep
            ? `at most ${MAX_DEPTH} levels of nesting`
            : /\.json$/i.test(file)
              ? 'valid JSON'
              : 'valid YAML',
        },
      );
    }
    if (errors.length > 0) return;
    // `---` with nothing after it (an empty trailing document): YAML tools ignore it, and so does codeploy.
    if (
      doc.contents === null ||
      (isScalar(doc.contents) && doc.contents.value === null && !doc.contents.source)
    )
      return;
    const shape = shapeProblem(doc);
    if (shape) {
      diags.error('syntax', shape.message, {
        location: { file, ...toPos(shape.offset) },
        expected: shape.expected,
      });
      return;
    }
    let value: Json;
    try {
      // Aliases are expanded with a cap: an alias bomb is refused instead of filling the memory.
      value = doc.toJS({ maxAliasCount: 100 }) as Json;
      if (sorted) value = sortKeys(value) as Json;
    } catch (err) {
      const at = toPos(aliasOffset(doc, err) ?? doc.contents.range?.[0] ?? 0);
      diags.error('syntax', err instanceof Error ? err.message : String(err), {
        location: { file, ...at },
        expected: 'YAML whose aliases name an anchor set before them, and expand to a reasonable size',
      });
      return;
    }
    const root = doc.contents as Node;
    out.push({
      file,
      index,
      value,
      locate(path, options = {}) {
        return toPos(findOffset(root, path, options.key ?? false));
      },
    });
  });
  return out;
}

function positions(lineCounter: LineCounter): (offset: number) => Position {
  return (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
}

function lazyTree(text: string): () => { docs: Document.Parsed[]; toPos: (offset: number) => Position } {
  let tree: { docs: Document.Parsed[]; toPos: (offset: number) => Position } | undefined;
  return () => {
    if (!tree) {
      const lineCounter = new LineCounter();
      const docs = parseAllDocuments(text, { lineCounter, ...YAML_OPTIONS });
      tree = { docs: Array.isArray(docs) ? docs : [], toPos: positions(lineCounter) };
    }
    return tree;
  };
}

/**
 * What the value could not be, found on the YAML tree before it is turned into a value: an alias
 * inside the node it names (a cycle, which no JSON can hold), or nesting deeper than MAX_DEPTH.
 */
function shapeProblem(
  doc: Document.Parsed,
): { message: string; offset: number; expected: string } | undefined {
  let problem: { message: string; offset: number; expected: string } | undefined;
  visit(doc, {
    Alias(_, node, path) {
      const target = node.resolve(doc);
      if (target && path.includes(target)) {
        problem = {
          message: `alias *${node.source} refers to a node that contains it (a cycle)`,
          offset: node.range?.[0] ?? 0,
          expected: 'aliases to nodes outside the alias itself',
        };
        return visit.BREAK;
      }
      return undefined;
    },
    Pair(_, pair) {
      // `? [a, b]: x`: JSON has no such key (the parser would stringify it, with a warning).
      if (isMap(pair.key) || isSeq(pair.key)) {
        problem = {
          message: 'a mapping key is a list or a mapping',
          offset: (pair.key as Node).range?.[0] ?? 0,
          expected: 'plain keys (names), as JSON has',
        };
        return visit.BREAK;
      }
      return undefined;
    },
    Node(_, node, path) {
      // The path also holds pairs and the document: only a long one can be too deep.
      if (path.length > MAX_DEPTH && path.filter((n) => isMap(n) || isSeq(n)).length > MAX_DEPTH) {
        problem = {
          message: 'nested too deeply',
          offset: node.range?.[0] ?? 0,
          expected: `at most ${MAX_DEPTH} levels of nesting`,
        };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return problem;
}

/** Where the alias an expansion error is about stands: the unresolved one it names, else the first. */
function aliasOffset(doc: Document.Parsed, err: unknown): number | undefined {
  const named = err instanceof Error ? /: (\S+)$/.exec(err.message)?.[1] : undefined;
  let first: number | undefined;
  let match: number | undefined;
  visit(doc, {
    Alias(_, node) {
      first ??= node.range?.[0];
      if (named !== undefined && node.source === named) match ??= node.range?.[0];
    },
  });
  return match ?? first;
}

function findOffset(root: Node, path: Path, wantKey: boolean): number {
  let node: unknown = root;
  let offset = root.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return offset;
      const keyNode = pair.key as Node;
      if (last && wantKey) return keyNode.range?.[0] ?? offset;
      node = pair.value;
      const valueOffset = (pair.value as Node | null)?.range?.[0];
      offset = valueOffset ?? keyNode.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) return offset;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

/** Runs JSON.parse for its strictness and turns its error into a diagnostic with line and column. */
function checkStrictJson(file: string, text: string, diags: Diagnostics): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    const offset = at?.[1] ? Number(at[1]) : 0;
    const before = text.slice(0, offset).split('\n');
    diags.error('syntax', message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, ''), {
      location: { file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 },
      expected: 'valid JSON (no trailing commas, comments or single quotes)',
    });
    return false;
  }
}
