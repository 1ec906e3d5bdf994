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
 * defined, no reference cycles, and no literal workspace ids where a reference belongs. (The
 * planner reads its dependencies from the rendering, which notes them as it resolves.)
 */
export function checkReferences(
  config: Config,
  defs: Definition[],
  diags: Diagnostics,
  invalid: ReadonlySet<string> = new Set(),
): void {
  const scan = new ReferenceScan(config, defs, diags, invalid);
  for (let at = 0; at < defs.length; at++) scan.definition(at);
  reportCycles(defs, scan.edges, diags);
}

/**
 * One walk of each spec for both checks (references, literal ids). Its visitor is made once for
 * every definition, where a closure made per definition showed in a cold run's profile.
 */
class ReferenceScan {
  /** Each object's references, by position: the cycle search works on numbers, not keys. */
  readonly edges: number[][] = [];
  private readonly position = new Map<string, number>();
  /** Documents that failed to parse at all are missing from both: say so rather than mislead. */
  private readonly maybeBroken: string;
  /** The definition being walked, its key and its references. */
  private def: Definition | undefined;
  private key = '';
  private deps: number[] = [];
  private readonly visitLeaf: (leaf: unknown, path: readonly Segment[]) => void;

  private readonly config: Config;
  private readonly defs: readonly Definition[];
  private readonly diags: Diagnostics;
  private readonly invalid: ReadonlySet<string>;

  constructor(config: Config, defs: readonly Definition[], diags: Diagnostics, invalid: ReadonlySet<string>) {
    this.config = config;
    this.defs = defs;
    this.diags = diags;
    this.invalid = invalid;
    defs.forEach((def, i) => {
      this.position.set(objectKey(def), i);
    });
    this.maybeBroken = diags.hasErrors ? ' (or its definition failed to load: see the errors above)' : '';
    this.visitLeaf = (leaf, path) => {
      const def = this.def as Definition;
      checkLiteralId(def, leaf, path, this.diags);
      if (typeof leaf === 'string') this.references(def, leaf, path);
    };
  }

  definition(at: number): void {
    const def = this.defs[at] as Definition;
    this.def = def;
    this.key = objectKey(def);
    this.deps = [];
    this.edges.push(this.deps);
    forEachLeaf(def.spec, this.visitLeaf);
  }

  private references(def: Definition, text: string, path: readonly Segment[]): void {
    const refs = findReferences(text);
    // An index loop: most strings hold no reference, and `for…of` makes an iterator for each.
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i] as ReferenceMatch;
      if (ref.escaped) continue;
      const parsed = parseReference(ref.expression);
      const { config, diags } = this;
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
        const to = this.position.get(target);
        if (this.invalid.has(target)) {
          // reported already, with its own errors
        } else if (to === undefined) {
          diags.error(
            'reference',
            `dangling reference: no ${parsed.kind} named "${parsed.name}" is defined${this.maybeBroken}`,
            { ...whereIn(def, path, ref), expected: `a defined ${parsed.kind}` },
          );
        } else if (target === this.key) {
          diags.error('reference', 'an object cannot reference itself', whereIn(def, path, ref));
        } else if (!this.deps.includes(to)) this.deps.push(to);
      }
    }
  }
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

/** Each cycle of references once, at the object that closes it: a depth-first search by position. */
function reportCycles(defs: readonly Definition[], edges: readonly number[][], diags: Diagnostics): void {
  const state = new Uint8Array(defs.length); // 0 not seen, VISITING, DONE
  const stack: number[] = [];
  const reported = new Set<string>();
  const visit = (at: number): void => {
    state[at] = VISITING;
    stack.push(at);
    const deps = edges[at] as number[];
    for (let i = 0; i < deps.length; i++) {
      const dep = deps[i] as number;
      if (state[dep] === VISITING) {
        const def = defs[at] as Definition;
        const cycle = [...stack.slice(stack.indexOf(dep)), dep].map((k) => objectKey(defs[k] as Definition));
        const id = [...cycle].sort().join(',');
        if (!reported.has(id)) {
          reported.add(id);
          diags.error('reference-cycle', `reference cycle: ${cycle.join(' → ')}`, {
            location: { file: def.origin.file, ...def.origin.locate(['name']) },
            expected: 'references that form no cycle',
          });
        }
      } else if (state[dep] !== DONE) visit(dep);
    }
    stack.pop();
    state[at] = DONE;
  };
  for (let at = 0; at < defs.length; at++) if (state[at] === 0) visit(at);
}

const VISITING = 1;
const DONE = 2;
