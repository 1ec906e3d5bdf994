import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ParsedDocument } from '../load/documents.ts';
import type { Diagnostics } from '../model/diagnostics.ts';
import { fromPointer, type Path, toDisplay } from '../model/path.ts';

/** Same as the generator's: any scalar may be a `${…}` reference. */
const INTERPOLATION_PATTERN = '\\$\\{[^}]+\\}';

/**
 * Checks `value` (found at `basePath` inside `doc`) with a schema's validator and reports each problem
 * once, at its line, with what was found and what was expected. Returns true when it is valid.
 */
export function checkSchema(
  validate: ValidateFunction,
  value: unknown,
  doc: ParsedDocument,
  basePath: Path,
  diags: Diagnostics,
): boolean {
  if (validate(value)) return true;
  for (const problem of explain(validate.errors ?? [])) {
    const path = [...basePath, ...problem.path];
    const pos = doc.locate(path, { key: problem.atKey });
    diags.error('schema', problem.message, {
      location: { file: doc.file, line: pos.line, column: pos.column },
      path: toDisplay(path) || '(document)',
      ...(problem.found !== undefined ? { found: problem.found } : {}),
      ...(problem.expected !== undefined ? { expected: problem.expected } : {}),
    });
  }
  return false;
}

interface Problem {
  path: Path;
  atKey: boolean;
  message: string;
  found?: string;
  expected?: string;
}

/**
 * Ajv reports a failing `anyOf` as one error per branch plus the `anyOf` itself. Every scalar in a
 * spec may also be a `${…}` interpolation (an `anyOf` branch or a `pattern`), so those branch
 * errors are noise: keep the most specific error per location.
 */
function explain(errors: ErrorObject[]): Problem[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const extra =
      e.keyword === 'additionalProperties'
        ? `/${(e.params as { additionalProperty: string }).additionalProperty}`
        : '';
    const key =
      e.instancePath +
      extra +
      (e.keyword === 'required' ? `#${(e.params as { missingProperty: string }).missingProperty}` : '');
    byPath.set(key, [...(byPath.get(key) ?? []), e]);
  }
  const out: Problem[] = [];
  for (const group of byPath.values()) {
    const best =
      group.find((e) => e.keyword === 'additionalProperties') ??
      group.find((e) => e.keyword === 'required') ??
      group.find((e) => e.keyword === 'enum') ??
      group.find((e) => e.keyword === 'const') ??
      group.find((e) => e.keyword === 'type') ??
      group.find((e) => e.keyword !== 'anyOf' && e.keyword !== 'pattern' && e.keyword !== 'if') ??
      group.find((e) => e.keyword === 'pattern') ??
      group[0];
    if (best && best.keyword !== 'if') out.push(describe(best));
  }
  return out;
}

function describe(e: ErrorObject): Problem {
  const path = fromPointer(e.instancePath);
  const found = e.data === undefined ? undefined : preview(e.data);
  switch (e.keyword) {
    case 'additionalProperties': {
      const field = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
      const close = closest(field, allowed);
      return {
        path: [...path, field],
        atKey: true,
        message: `unknown field "${field}"${close ? ` (did you mean "${close}"?)` : ''}`,
        expected: allowed.length ? `one of ${listed(allowed)}` : 'no fields here',
      };
    }
    case 'required': {
      const field = (e.params as { missingProperty: string }).missingProperty;
      return { path, atKey: true, message: `missing required field "${field}"` };
    }
    case 'enum':
      return {
        path,
        atKey: false,
        message: 'value not allowed',
        ...(found !== undefined ? { found } : {}),
        expected: `one of ${listed((e.params as { allowedValues: unknown[] }).allowedValues.map(String))}`,
      };
    case 'const':
      return {
        path,
        atKey: false,
        message: 'value not allowed',
        ...(found !== undefined ? { found } : {}),
        expected: JSON.stringify((e.params as { allowedValue: unknown }).allowedValue),
      };
    case 'type': {
      const wanted = String((e.params as { type: string | string[] }).type).split(',');
      const expected = wanted.filter((t) => t !== 'string' || wanted.length === 1).join(' or ');
      return {
        path,
        atKey: false,
        message: 'wrong type',
        ...(found !== undefined ? { found } : {}),
        expected: wanted.length > 1 ? `${expected} (or a \${…} reference)` : expected,
      };
    }
    case 'pattern': {
      const pattern = (e.params as { pattern: string }).pattern;
      const types = [(e.parentSchema as { type?: string | string[] }).type ?? []]
        .flat()
        .filter((t) => t !== 'string');
      if (pattern === `^${INTERPOLATION_PATTERN}$` && types.length > 0) {
        // A string where a number or boolean belongs: the string form is only for `${…}` references.
        return {
          path,
          atKey: false,
          message: 'wrong type',
          ...(found !== undefined ? { found } : {}),
          expected: `${types.join(' or ')} (or a \${…} reference)`,
        };
      }
      // A field whose schema says in words what its pattern wants says that, not the pattern.
      const said = (e.parentSchema as { description?: string }).description;
      return {
        path,
        atKey: false,
        message: 'value has the wrong form',
        ...(found !== undefined ? { found } : {}),
        expected: said ? `${said} (a string matching ${pattern})` : `a string matching ${pattern}`,
      };
    }
    case 'not':
      return {
        path,
        atKey: false,
        message: 'value not allowed',
        ...(found !== undefined ? { found } : {}),
        expected: String((e.parentSchema as { description?: string }).description ?? 'another value'),
      };
    default:
      return {
        path,
        atKey: false,
        message: ruleMessage(e),
        ...(found !== undefined ? { found } : {}),
      };
  }
}

/**
 * The words for the rarer keywords, from the error's params. The generated validators carry no
 * messages of their own (see scripts/validator-code.ts).
 */
function ruleMessage(e: ErrorObject): string {
  const p = e.params as { limit?: number; comparison?: string; propertyName?: string; format?: string };
  const least = e.keyword.startsWith('min') ? 'at least' : 'at most';
  switch (e.keyword) {
    case 'minLength':
    case 'maxLength':
      return `must be ${least} ${p.limit} characters long`;
    case 'minItems':
    case 'maxItems':
      return `must have ${least} ${p.limit} ${p.limit === 1 ? 'item' : 'items'}`;
    case 'minProperties':
    case 'maxProperties':
      return `must have ${least} ${p.limit} ${p.limit === 1 ? 'entry' : 'entries'}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${p.comparison} ${p.limit}`;
    case 'propertyNames':
      return `name "${p.propertyName}" is not valid`;
    case 'oneOf':
      return 'must match exactly one of the allowed forms';
    case 'anyOf':
      return 'must match one of the allowed forms';
    case 'format':
      return `must be a valid ${p.format}`;
    default:
      return `breaks the schema's "${e.keyword}" rule`;
  }
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function listed(values: string[]): string {
  const shown = values.slice(0, 12).join(', ');
  return values.length > 12 ? `${shown}, … (${values.length} in all)` : shown;
}

/** The allowed name nearest to a misspelt one, when it is near enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
