import { type Json, type JsonObject, sortStrings } from '../model/json.ts';
import { coreFloat, coreInt } from './core-numbers.ts';

/**
 * The fastest path of parsing: a reader for the plain YAML most definitions are written in. Read
 * cold, as a run reads them, the bench repo's 5,000 definitions take it 81-99 ms, and js-yaml
 * 144-164 ms, which makes a dictionary-mode object for every collection it reads, to track keys.
 * The offline bench's CPU drops by about 5%.
 *
 * It reads only this subset, and returns undefined for anything else, which then goes to js-yaml
 * and the `yaml` library (see fast-yaml.ts) with their checks and messages:
 * - documents that are block mappings, separated by `---` lines;
 * - block mappings and sequences, the compact `- key: value` form included;
 * - flow mappings and sequences that end on the line they start on;
 * - plain scalars on one line, double-quoted scalars (with every YAML escape) and single-quoted;
 * - comments after a space, and blank lines.
 * It leaves behind any tab, carriage return or control character; block scalars (`|`, `>`);
 * anchors, aliases, tags and directives; explicit (`?`) and non-string keys, `<<` and `__proto__`;
 * a duplicate key; a scalar that continues on the next line; an empty or non-mapping document; a
 * trailing comma or an implicit null in a flow collection; and nesting deeper than `maxDepth`.
 * Scalars resolve as YAML 1.2's core schema, as the `yaml` library resolves them. With `sortKeys`,
 * each mapping comes with its keys sorted, as rendering wants them: made so as it is read, a mapping
 * costs no second copy (sorting every definition after loading it cost as much as it saved).
 * The tests
 * (test/unit/plain-yaml.test.ts) read the repo's YAML files, generated documents and mutated ones
 * both ways and compare the values.
 */
export function readPlainYaml(text: string, maxDepth: number, sortKeys = false): JsonObject[] | undefined {
  if (LEAVE.test(text)) return undefined;
  try {
    return new PlainReader(text, maxDepth, sortKeys).documents();
  } catch (err) {
    if (err === OUTSIDE) return undefined;
    throw err;
  }
}

/** Characters the subset leaves to the full parsers: tabs, CRs, other controls, BOM, NEL, surrogates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const LEAVE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]/;

/** Thrown when the text leaves the subset; caught in readPlainYaml, never escapes it. */
const OUTSIDE = Object.freeze({ outside: true });
function outside(): never {
  throw OUTSIDE;
}

/** Characters that cannot start a plain scalar (YAML 1.2 c-indicator), or a plain key here. */
const INDICATORS = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`') INDICATORS[c.charCodeAt(0)] = 1;

function isIndicator(code: number): boolean {
  return code < 128 && INDICATORS[code] === 1;
}

function isFlowIndicator(code: number): boolean {
  return (
    code === COMMA ||
    code === OPEN_BRACKET ||
    code === CLOSE_BRACKET ||
    code === OPEN_BRACE ||
    code === CLOSE_BRACE
  );
}

class PlainReader {
  private readonly lines: string[];
  private readonly maxDepth: number;
  private readonly sortKeys: boolean;
  private readonly inline: InlineReader;
  /** The line being read. */
  private i = 0;

  constructor(text: string, maxDepth: number, sortKeys: boolean) {
    this.lines = text.split('\n');
    this.maxDepth = maxDepth;
    this.sortKeys = sortKeys;
    this.inline = new InlineReader(maxDepth, sortKeys);
  }

  documents(): JsonObject[] {
    const docs: JsonObject[] = [];
    this.skipBlank();
    if (this.atMarker()) this.i++;
    for (;;) {
      this.skipBlank();
      // An empty document (a file without content, or `---` twice) is left to the full parsers.
      if (this.i >= this.lines.length || this.atMarker()) outside();
      const line = this.lines[this.i] as string;
      const indent = indentOf(line);
      if (isSequenceItem(line, indent) || entryKeyEnd(line, indent) < 0) outside();
      docs.push(this.mapping(indent, 0, indent));
      this.skipBlank();
      if (this.i >= this.lines.length) return docs;
      if (!this.atMarker()) outside();
      this.i++;
    }
  }

  /** A block mapping whose keys sit at `indent`; its first key starts at `first` of the current line. */
  private mapping(indent: number, depth: number, first: number): JsonObject {
    // A collection at the limit has values deeper than it: left to the full parsers to refuse.
    if (depth >= this.maxDepth) outside();
    const out: JsonObject = {};
    let start = first;
    let inOrder = true;
    let previous = '';
    for (;;) {
      const line = this.lines[this.i] as string;
      const keyEnd = entryKeyEnd(line, start);
      if (keyEnd < 0) outside();
      const key = keyOf(line, start, keyEnd);
      if (Object.hasOwn(out, key)) outside();
      if (key < previous) inOrder = false;
      previous = key;
      const after = skipSpaces(line, keyEnd + 1);
      if (after >= line.length || line.charCodeAt(after) === HASH) {
        this.i++;
        out[key] = this.nested(indent, depth + 1, true);
      } else {
        out[key] = this.inline.value(line, after, depth + 1);
        this.i++;
      }
      // The same indent: a key, or (in a mapping that is a sequence's value) the sequence's next item.
      const next = this.continuing(indent);
      if (next === undefined || isSequenceItem(next, indent))
        return inOrder || !this.sortKeys ? out : sortedCopy(out);
      start = indent;
    }
  }

  /** A block sequence whose dashes sit at `indent`. */
  private sequence(indent: number, depth: number): Json[] {
    if (depth >= this.maxDepth) outside();
    const out: Json[] = [];
    for (;;) {
      const line = this.lines[this.i] as string;
      const at = skipSpaces(line, indent + 1);
      if (at >= line.length || line.charCodeAt(at) === HASH) {
        this.i++;
        out.push(this.nested(indent, depth + 1, false));
      } else if (isSequenceItem(line, at)) outside();
      else if (entryKeyEnd(line, at) >= 0) out.push(this.mapping(at, depth + 1, at));
      else {
        out.push(this.inline.value(line, at, depth + 1));
        this.i++;
      }
      // A key at the dashes' indent ends a sequence that is a mapping's value.
      const next = this.continuing(indent);
      if (next === undefined || !isSequenceItem(next, indent)) return out;
    }
  }

  /**
   * The next line of content when it sits at `indent`: the block goes on. Undefined when the block
   * ends (a shallower line, a document marker, the text's end). Deeper is a scalar continued on
   * the next line, or an error: left to the full parsers.
   */
  private continuing(indent: number): string | undefined {
    this.skipBlank();
    if (this.i >= this.lines.length || this.atMarker()) return undefined;
    const next = this.lines[this.i] as string;
    const at = indentOf(next);
    if (at > indent) outside();
    return at === indent ? next : undefined;
  }

  /**
   * The value of a key or dash with nothing after it on its line: a block collection on the lines
   * below, deeper than `indent` (or, for a key, a sequence at its own indent), or null.
   */
  private nested(indent: number, depth: number, ofKey: boolean): Json {
    this.skipBlank();
    if (this.i >= this.lines.length || this.atMarker()) return null;
    const line = this.lines[this.i] as string;
    const at = indentOf(line);
    if (at > indent) {
      if (isSequenceItem(line, at)) return this.sequence(at, depth);
      if (entryKeyEnd(line, at) >= 0) return this.mapping(at, depth, at);
      outside(); // a scalar on a line of its own
    }
    if (ofKey && at === indent && isSequenceItem(line, at)) return this.sequence(at, depth);
    return null;
  }

  private skipBlank(): void {
    const lines = this.lines;
    while (this.i < lines.length) {
      const line = lines[this.i] as string;
      const at = skipSpaces(line, 0);
      if (at < line.length && line.charCodeAt(at) !== HASH) return;
      this.i++;
    }
  }

  /** `---` or `...` at the current line's start: a document marker (content after it is left out). */
  private atMarker(): boolean {
    const line = this.lines[this.i];
    if (line === undefined) return false;
    const first = line.charCodeAt(0);
    if (first !== DASH && first !== DOT) return false;
    if (!line.startsWith('---') && !line.startsWith('...')) return false;
    if (line.length === 3) {
      if (line.startsWith('...')) outside();
      return true;
    }
    const c = line.charCodeAt(3);
    if (c === SPACE) outside(); // `--- value` or `... # x`: left to the full parsers
    return false;
  }
}

const SPACE = 32;
const DOUBLE_QUOTE = 34;
const HASH = 35;
const SINGLE_QUOTE = 39;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const QUESTION = 63;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

function skipSpaces(line: string, at: number): number {
  while (at < line.length && line.charCodeAt(at) === SPACE) at++;
  return at;
}

function indentOf(line: string): number {
  return skipSpaces(line, 0);
}

/** `-` alone or followed by a space, at `at`. */
function isSequenceItem(line: string, at: number): boolean {
  return line.charCodeAt(at) === 45 && (at + 1 === line.length || line.charCodeAt(at + 1) === SPACE);
}

/**
 * Where the `:` of a block mapping entry starting at `at` is, or -1 when the line holds none (or
 * one the subset leaves out). A key is a quoted scalar or a plain one without indicators.
 */
function entryKeyEnd(line: string, at: number): number {
  const c = line[at] as string;
  let end: number;
  if (c === '"' || c === "'") end = skipSpaces(line, quotedEnd(line, at) + 1);
  else {
    if (isIndicator(line.charCodeAt(at))) return -1;
    end = at;
    for (;;) {
      end = line.indexOf(':', end + 1);
      if (end < 0) return -1;
      const next = line.charCodeAt(end + 1);
      if (end + 1 === line.length || next === SPACE) break;
    }
    // A comment before the colon: not an entry.
    const hash = line.indexOf(' #', at);
    if (hash >= 0 && hash < end) return -1;
    if (end - at > 1024) return -1;
  }
  if (line.charCodeAt(end) !== COLON) return -1;
  if (end + 1 < line.length && line.charCodeAt(end + 1) !== SPACE) return -1;
  return end;
}

/** The key of the entry from `at` to its colon at `end`. */
function keyOf(line: string, at: number, end: number): string {
  const c = line[at];
  const key =
    c === '"' || c === "'"
      ? quotedText(line, at, quotedEnd(line, at))
      : plainKey(line.slice(at, end).trimEnd());
  if (key === '__proto__' || key === '<<') outside();
  return key;
}

/** A plain key must stay a string: `1:`, `true:` or `null:` as keys are left to the full parsers. */
function plainKey(text: string): string {
  if (typeof resolvePlain(text) !== 'string') outside();
  return text;
}

/**
 * Reads values that end on the line they start on: flow collections, quoted and plain scalars.
 * One per reader, moved from line to line: its position is a field, so no read returns a pair.
 */
class InlineReader {
  private line = '';
  private p = 0;
  private readonly maxDepth: number;
  private readonly sortKeys: boolean;

  constructor(maxDepth: number, sortKeys: boolean) {
    this.maxDepth = maxDepth;
    this.sortKeys = sortKeys;
  }

  /** The value at `at` of `line`, which ends the line (a comment may follow it). */
  value(line: string, at: number, depth: number): Json {
    this.line = line;
    this.p = at;
    const c = line.charCodeAt(at);
    let value: Json;
    if (c === OPEN_BRACE || c === OPEN_BRACKET) value = this.flow(depth);
    else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) value = this.quoted();
    else {
      if (isIndicator(c) && !startsPlain(line, at)) outside();
      let end = line.indexOf(' #', at);
      if (end < 0) end = line.length;
      const text = line.slice(at, end).trimEnd();
      // `a: b: c` is an error; `a: b:` too.
      if (text.includes(': ') || text.endsWith(':')) outside();
      return resolvePlain(text);
    }
    const end = this.p;
    const rest = skipSpaces(line, end);
    if (rest < line.length && !(line.charCodeAt(rest) === HASH && rest > end)) outside();
    return value;
  }

  /** A flow collection at the position (its `{` or `[`), which ends after its closing bracket. */
  private flow(depth: number): Json {
    if (depth >= this.maxDepth) outside();
    const line = this.line;
    const isMap = line.charCodeAt(this.p) === OPEN_BRACE;
    const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
    const map: JsonObject = {};
    const list: Json[] = [];
    let inOrder = true;
    let previous = '';
    this.p = skipSpaces(line, this.p + 1);
    if (line.charCodeAt(this.p) === close) {
      this.p++;
      return isMap ? map : list;
    }
    for (;;) {
      if (isMap) {
        const key = this.flowKey();
        if (Object.hasOwn(map, key)) outside();
        if (key < previous) inOrder = false;
        previous = key;
        map[key] = this.flowValue(depth + 1);
      } else list.push(this.flowValue(depth + 1));
      let p = skipSpaces(line, this.p);
      const c = line.charCodeAt(p);
      if (c === close) {
        this.p = p + 1;
        if (!isMap) return list;
        return inOrder || !this.sortKeys ? map : sortedCopy(map);
      }
      if (c !== COMMA) outside(); // a `:` in a sequence (a one-pair mapping), a comment, or the line's end
      p = skipSpaces(line, p + 1);
      const next = line.charCodeAt(p);
      if (next === close || next === COMMA) outside(); // a trailing comma, or an empty entry
      this.p = p;
    }
  }

  /** A flow mapping's key and its `:`; the position ends at the value. */
  private flowKey(): string {
    const line = this.line;
    const c = line.charCodeAt(this.p);
    let key: string;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      key = this.quoted();
      this.p = skipSpaces(line, this.p);
      if (line.charCodeAt(this.p) !== COLON) outside();
    } else {
      if (Number.isNaN(c) || (isIndicator(c) && !startsPlain(line, this.p))) outside();
      const end = flowPlainEnd(line, this.p);
      if (line.charCodeAt(end) !== COLON) outside();
      key = plainKey(line.slice(this.p, end).trimEnd());
      this.p = end;
    }
    if (key === '__proto__' || key === '<<') outside();
    this.p = skipSpaces(line, this.p + 1);
    return key;
  }

  private flowValue(depth: number): Json {
    const line = this.line;
    const at = this.p;
    const c = line.charCodeAt(at);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) return this.flow(depth);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) return this.quoted();
    if (Number.isNaN(c) || (isIndicator(c) && !startsPlain(line, at))) outside();
    const end = flowPlainEnd(line, at);
    const next = line.charCodeAt(end);
    // A plain scalar stops at a flow indicator or the `:` of a mapping; a bracket inside one, a
    // comment and the line's end are left out.
    if (next === OPEN_BRACKET || next === OPEN_BRACE || next === HASH || Number.isNaN(next)) outside();
    this.p = end;
    return resolvePlain(line.slice(at, end).trimEnd());
  }

  /** A quoted scalar at the position; the position ends after its closing quote. */
  private quoted(): string {
    const end = quotedEnd(this.line, this.p);
    const text = quotedText(this.line, this.p, end);
    this.p = end + 1;
    return text;
  }
}

/** A mapping read out of order, with its keys sorted (the mapping read is left to the collector). */
function sortedCopy(map: JsonObject): JsonObject {
  const keys = sortStrings(Object.keys(map));
  const out: JsonObject = {};
  for (let i = 0; i < keys.length; i++) out[keys[i] as string] = map[keys[i] as string] as Json;
  return out;
}

/** `-`, `?` or `:` may start a plain scalar when a character that is not a space follows (`-1`). */
function startsPlain(line: string, at: number): boolean {
  const c = line.charCodeAt(at);
  if (c !== DASH && c !== QUESTION && c !== COLON) return false;
  const next = line.charCodeAt(at + 1);
  return !Number.isNaN(next) && next !== SPACE && !isFlowIndicator(next);
}

/** Where a plain scalar inside a flow collection ends: before `,[]{}`, a `: `, or ` #`. */
function flowPlainEnd(line: string, at: number): number {
  for (let p = at; p < line.length; p++) {
    const c = line.charCodeAt(p);
    if (isFlowIndicator(c)) return p;
    if (c === COLON) {
      const next = line.charCodeAt(p + 1);
      if (Number.isNaN(next) || next === SPACE || isFlowIndicator(next)) return p;
    }
    if (c === HASH && line.charCodeAt(p - 1) === SPACE) return p;
  }
  return line.length;
}

/** The index of the quote that closes the quoted scalar at `at`; it must close on this line. */
function quotedEnd(line: string, at: number): number {
  const q = line.charCodeAt(at);
  for (let p = at + 1; p < line.length; p++) {
    const c = line.charCodeAt(p);
    if (q === DOUBLE_QUOTE && c === BACKSLASH) p++;
    else if (c === q) {
      if (q === SINGLE_QUOTE && line.charCodeAt(p + 1) === SINGLE_QUOTE) p++;
      else return p;
    }
  }
  return outside();
}

/** The text of the quoted scalar from its opening quote at `at` to its closing one at `end`. */
function quotedText(line: string, at: number, end: number): string {
  const body = line.slice(at + 1, end);
  if (line.charCodeAt(at) === SINGLE_QUOTE) return body.includes("'") ? body.replaceAll("''", "'") : body;
  return body.includes('\\') ? unescapeDoubleQuoted(body) : body;
}

/** YAML 1.2's escapes in a double-quoted scalar (yaml.org/spec/1.2.2 §5.7). */
const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

function unescapeDoubleQuoted(body: string): string {
  let out = '';
  for (let p = 0; p < body.length; p++) {
    const c = body[p] as string;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++p] as string;
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const digits = HEX_DIGITS[e];
    const hex = body.slice(p + 1, p + 1 + (digits ?? 0));
    if (digits === undefined || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) outside();
    const code = Number.parseInt(hex, 16);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) outside();
    out += String.fromCodePoint(code);
    p += digits;
  }
  return out;
}

/** A plain scalar by YAML 1.2's core schema (§10.3.2), as the `yaml` library resolves it. */
function resolvePlain(text: string): Json {
  switch (text) {
    case '':
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  return coreInt(text) ?? coreFloat(text) ?? text;
}
