import { kindRules } from '../kinds/index.ts';
import type { Config } from '../model/config.ts';
import { type Definition, objectKey } from '../model/definition.ts';
import type { Diagnostics } from '../model/diagnostics.ts';
import type { KindName } from '../model/kinds.ts';
import { type Segment, toDisplay } from '../model/path.ts';
import { findReferences, isWholeReference, parseReference, type ReferenceMatch } from '../model/reference.ts';
import { forEachLeaf } from '../model/walk.ts';
import { idFieldAt } from './id-fields.ts';

/**
 * Checks every `${…}` in every definition: variables defined in every region, referenced objects
 * defined, no reference cycles, and no literal workspace ids where a reference belongs.
 * Returns the dependency edges (object key → keys it references) for the planner.
 */
export function checkReferences(
  config: Config,
  defs: Definition[],
  diags: Diagnostics,
  invalid: ReadonlySet<string> = new Set(),
): Map<string, Set<string>> {
  const byKey = new Map(defs.map((d) => [objectKey(d), d]));
  // Documents that failed to parse at all are missing from both: say so rather than mislead.
  const maybeBroken = diags.hasErrors ? ' (or its definition failed to load: see the errors above)' : '';
  const edges = new Map<string, Set<string>>();
  for (const def of defs) {
    const key = objectKey(def);
    const deps = new Set<string>();
    edges.set(key, deps);
    // One walk of each spec serves both checks.
    forEachLeaf(def.spec, (leaf, path) => {
      checkLiteralId(def, leaf, path, diags);
      if (typeof leaf !== 'string') return;
      const refs = findReferences(leaf);
      // An index loop: most strings hold no reference, and `for…of` makes an iterator for each.
      for (let i = 0; i < refs.length; i++) {
        const ref = refs[i] as ReferenceMatch;
        if (ref.escaped) continue;
        const parsed = parseReference(ref.expression);
        if ('error' in parsed) {
          diags.error('reference', `unknown reference: ${parsed.error}`, whereIn(def, path, ref));
        } else if (parsed.type === 'var') {
          const missing = config.regions.filter((r) => !(parsed.name in r.variables)).map((r) => r.name);
          if (missing.length > 0) {
            diags.error(
              'reference',
              `variable "${parsed.name}" is not defined for region ${missing.join(', ')}`,
              {
                ...whereIn(def, path, ref),
                expected: `regions.<region>.variables.${parsed.name} in ${config.file}`,
              },
            );
          }
        } else if (parsed.type === 'object') {
          const target = parsed.key;
          if (invalid.has(target)) {
            // reported already, with its own errors
          } else if (!byKey.has(target)) {
            diags.error(
              'reference',
              `dangling reference: no ${parsed.kind} named "${parsed.name}" is defined${maybeBroken}`,
              {
                ...whereIn(def, path, ref),
                expected: `a defined ${parsed.kind}`,
              },
            );
          } else if (target === key) {
            diags.error('reference', 'an object cannot reference itself', whereIn(def, path, ref));
          } else deps.add(target);
        }
      }
    });
  }
  reportCycles(defs, edges, diags);
  return edges;
}

/** Only for a diagnostic: a position costs the file's syntax tree. */
function whereIn(def: Definition, path: readonly Segment[], ref: ReferenceMatch) {
  return { ...specField(def, path), found: ref.text };
}

/** Where a value of the spec is: its file, line and column, and its path as shown. */
function specField(def: Definition, path: readonly Segment[]) {
  return {
    location: { file: def.origin.file, ...def.origin.locate(['spec', ...path]) },
    path: toDisplay(['spec', ...path]),
  };
}

/** A literal workspace id (or an empty one) where a reference to the object belongs. */
function checkLiteralId(def: Definition, value: unknown, path: readonly Segment[], diags: Diagnostics): void {
  if (typeof value !== 'string' && typeof value !== 'number') return;
  const field = idFieldAt(path);
  if (!field) return;
  if (typeof value === 'string' && (isWholeReference(value) || value === '')) {
    if (value === '') {
      diags.error('literal-id', `empty ${field.kind} id`, {
        ...specField(def, path),
        expected: `a reference such as \${${pluralOf(field.kind)}.<name>.id}`,
      });
    }
    return;
  }
  diags.error('literal-id', `literal ${field.kind} id: an id is only valid in the workspace it came from`, {
    ...specField(def, path),
    found: JSON.stringify(value),
    expected: `a reference such as \${${pluralOf(field.kind)}.<name>.id}, or a per-region \${var.<name>}`,
  });
}

function pluralOf(kind: KindName): string {
  return kindRules(kind).plural;
}

function reportCycles(defs: Definition[], edges: Map<string, Set<string>>, diags: Diagnostics): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const reported = new Set<string>();
  const visit = (key: string): void => {
    state.set(key, 'visiting');
    stack.push(key);
    for (const dep of edges.get(key) ?? []) {
      if (state.get(dep) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(dep)), dep];
        const id = [...cycle].sort().join(',');
        if (!reported.has(id)) {
          reported.add(id);
          const def = defs.find((d) => objectKey(d) === key);
          diags.error('reference-cycle', `reference cycle: ${cycle.join(' → ')}`, {
            ...(def ? { location: { file: def.origin.file, ...def.origin.locate(['name']) } } : {}),
            expected: 'references that form no cycle',
          });
        }
      } else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(key, 'done');
  };
  for (const key of edges.keys()) if (!state.has(key)) visit(key);
}
