/**
 * Shrinks the error objects in ajv's standalone code. They were half the generated module (2,130
 * literals of about 280 characters), which the action parses at every start, and each validator's
 * bytecode carries them when it is first compiled.
 *
 * Every `const errN = {…}` literal loses the two fields nothing reads: `schemaPath` (a string)
 * and `schema` (the keyword's own value, which `parentSchema` holds). `schemaPath` is set empty by
 * the helper, since ajv's type requires it. `src/core/validate/schema-check.ts` reads only
 * `instancePath`, `keyword`, `params`, `parentSchema` and `data` (ajv's messages are off). A literal
 * with exactly those fields becomes a call of one helper; any other shape keeps its literal, minus
 * the two fields. The push that follows each literal becomes one expression.
 */

/** The helper's name in the generated module. */
const HELPER = 'ajvError';

export const HELPER_CODE = `function ${HELPER}(instancePath, keyword, params, parentSchema, data) {
  return { instancePath, schemaPath: "", keyword, params, parentSchema, data };
}`;

const DROPPED = new Set(['schemaPath', 'schema']);
const CALL_FIELDS = ['instancePath', 'keyword', 'params', 'parentSchema', 'data'];

export function compactErrors(code: string): string {
  const start = /const err\d+ = \{/g;
  let out = '';
  let from = 0;
  let literals = 0;
  for (let match = start.exec(code); match; match = start.exec(code)) {
    const open = match.index + match[0].length - 1;
    const close = closingBrace(code, open);
    const fields = topLevelFields(code.slice(open + 1, close));
    const kept = fields.filter((f) => !DROPPED.has(f.key));
    const names = kept.map((f) => f.key);
    const replacement =
      names.length === CALL_FIELDS.length && names.every((n, i) => n === CALL_FIELDS[i])
        ? `${HELPER}(${kept.map((f) => f.value).join(',')})`
        : `{${kept.map((f) => f.text).join(',')}}`;
    // The push ajv writes after each literal, in one expression: `vErrors` is null or an array.
    const name = match[0].slice('const '.length, -' = {'.length);
    const push = `;if(vErrors === null){vErrors = [${name}];}else {vErrors.push(${name});}`;
    if (code.startsWith(push, close + 1)) {
      out += `${code.slice(from, match.index)}(vErrors ||= []).push(${replacement});`;
      from = close + 1 + push.length;
    } else {
      out += code.slice(from, open) + replacement;
      from = close + 1;
    }
    start.lastIndex = from;
    literals++;
  }
  out += code.slice(from);
  if (literals === 0 || /schemaPath:/.test(out))
    throw new Error('compactErrors: ajv’s error literals no longer have the shape this expects');
  return out;
}

interface Field {
  key: string;
  value: string;
  text: string;
}

/** The fields of an object literal's body, split at its top-level commas. */
function topLevelFields(body: string): Field[] {
  const fields: Field[] = [];
  let depth = 0;
  let begin = 0;
  for (let i = 0; i <= body.length; i++) {
    const c = body[i];
    if (c === '"' || c === "'") i = stringEnd(body, i);
    else if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') depth--;
    else if ((c === ',' && depth === 0) || i === body.length) {
      const text = body.slice(begin, i).trim();
      if (text) {
        const colon = text.indexOf(':');
        const key = colon < 0 ? text : text.slice(0, colon).trim();
        if (!/^[A-Za-z_$][\w$]*$/.test(key)) throw new Error(`compactErrors: unexpected field ${text}`);
        fields.push({ key, value: colon < 0 ? text : text.slice(colon + 1).trim(), text });
      }
      begin = i + 1;
    }
  }
  return fields;
}

/** The index of the `}` that closes the `{` at `open`. */
function closingBrace(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'") i = stringEnd(code, i);
    else if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error('compactErrors: unterminated error literal');
}

/** The index of the quote that ends the string starting at `i`. */
function stringEnd(code: string, i: number): number {
  const quote = code[i];
  for (let j = i + 1; j < code.length; j++) {
    if (code[j] === '\\') j++;
    else if (code[j] === quote) return j;
  }
  throw new Error('compactErrors: unterminated string');
}
