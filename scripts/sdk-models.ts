/**
 * Reads the TypeScript model declarations shipped with `@databricks/sdk-experimental` and turns the
 * request types we deploy into JSON Schema. The SDK's models are the most complete offline list of
 * what each API accepts, so the spec schemas are generated from them instead of written by hand.
 *
 * The parser handles exactly the subset those generated files use: `export interface X { field?: T; }`
 * and `export type X = "A" | "B";`, with `T` one of string, number, boolean, any, X, ns.X,
 * Array<T> and Record<string, T>.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type JsonSchema = Record<string, unknown>;

interface Property {
  name: string;
  type: string;
  required: boolean;
  doc: string;
}

interface Model {
  interfaces: Map<string, Property[]>;
  enums: Map<string, string[]>;
}

const MODULES = ['jobs', 'compute', 'pipelines', 'sql', 'catalog'] as const;

/** Any scalar may be written as `${var.x}` or `${jobs.y.id}`; it is checked again after rendering. */
export const INTERPOLATION_PATTERN = '\\$\\{[^}]+\\}';

export function loadModels(sdkRoot: string): Map<string, Model> {
  const models = new Map<string, Model>();
  for (const mod of MODULES) {
    models.set(mod, parseModel(readFileSync(join(sdkRoot, 'dist/apis', mod, 'model.d.ts'), 'utf8')));
  }
  return models;
}

function parseModel(text: string): Model {
  const interfaces = new Map<string, Property[]>();
  const enums = new Map<string, string[]>();
  const lines = text.split('\n');
  let current: Property[] | undefined;
  let doc: string[] = [];
  let inDoc = false;
  let alias: { name: string; text: string } | undefined;
  for (const line of lines) {
    const aliasStart = /^export type (\w+) =(.*)$/.exec(line);
    if (aliasStart?.[1] || alias) {
      alias ??= { name: aliasStart?.[1] ?? '', text: '' };
      alias.text += `${aliasStart ? (aliasStart[2] ?? '') : line}\n`;
      if (!line.trimEnd().endsWith(';')) continue;
      // Doc comments may sit between the members of a multi-line union: drop them first.
      const body = alias.text.replace(/\/\*[\s\S]*?\*\//g, '');
      const values = [...body.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
      if (values.length > 0) enums.set(alias.name, values);
      alias = undefined;
      continue;
    }
    const ifaceMatch = /^export interface (\w+) \{/.exec(line);
    if (ifaceMatch?.[1]) {
      current = [];
      interfaces.set(ifaceMatch[1], current);
      continue;
    }
    if (line === '}') {
      current = undefined;
      continue;
    }
    if (!current) continue;
    const trimmed = line.trim();
    if (trimmed.startsWith('/**')) {
      inDoc = true;
      doc = [];
    }
    if (inDoc) {
      doc.push(trimmed.replace(/^\/\*\*|\*\/$|^\*/g, '').trim());
      if (trimmed.endsWith('*/')) inDoc = false;
      continue;
    }
    const prop = /^(\w+)(\??): (.+);$/.exec(trimmed);
    if (prop?.[1] && prop[3]) {
      current.push({ name: prop[1], type: prop[3], required: prop[2] !== '?', doc: firstParagraph(doc) });
      doc = [];
    }
  }
  return { interfaces, enums };
}

function firstParagraph(doc: string[]): string {
  const out: string[] = [];
  for (const line of doc) {
    if (line === '' && out.length > 0) break;
    if (line !== '') out.push(line);
  }
  return out.join(' ').slice(0, 300);
}

/**
 * Builds a schema for one SDK type, collecting every type it reaches into `defs`.
 * `omit` drops fields the deploy must not send (ids, dry-run flags).
 */
export class SchemaBuilder {
  readonly defs: Record<string, JsonSchema> = {};
  private readonly models: Map<string, Model>;
  constructor(models: Map<string, Model>) {
    this.models = models;
  }

  object(mod: string, name: string, omit: readonly string[] = []): JsonSchema {
    const props = this.models.get(mod)?.interfaces.get(name);
    if (!props) throw new Error(`no interface ${mod}.${name} in the SDK models`);
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const p of props) {
      if (omit.includes(p.name)) continue;
      const schema = this.type(mod, p.type);
      // A description beside a $ref is ignored by draft-07 validators, so it goes only on inline types.
      properties[p.name] = p.doc && !('$ref' in schema) ? { description: p.doc, ...schema } : schema;
      if (p.required) required.push(p.name);
    }
    return {
      type: 'object',
      additionalProperties: false,
      ...(required.length ? { required } : {}),
      properties,
    };
  }

  private ref(mod: string, name: string): JsonSchema {
    const key = `${mod}.${name}`;
    const model = this.models.get(mod);
    if (!model) throw new Error(`unknown SDK module ${mod}`);
    const values = model.enums.get(name);
    if (values) {
      return {
        anyOf: [
          { type: 'string', enum: values },
          { type: 'string', pattern: `^${INTERPOLATION_PATTERN}$` },
        ],
      };
    }
    if (!(key in this.defs)) {
      this.defs[key] = {};
      this.defs[key] = this.object(mod, name);
    }
    return { $ref: `#/definitions/${key}` };
  }

  type(mod: string, type: string): JsonSchema {
    const array = /^Array<(.+)>$/.exec(type);
    if (array?.[1]) return { type: 'array', items: this.type(mod, array[1]) };
    const record = /^Record<string, (.+)>$/.exec(type);
    if (record?.[1]) return { type: 'object', additionalProperties: this.type(mod, record[1]) };
    switch (type) {
      case 'string':
        return { type: 'string' };
      case 'number':
        return { type: ['number', 'string'], pattern: `^${INTERPOLATION_PATTERN}$` };
      case 'boolean':
        return { type: ['boolean', 'string'], pattern: `^${INTERPOLATION_PATTERN}$` };
      case 'any':
        return {};
    }
    const qualified = /^(\w+)\.(\w+)$/.exec(type);
    if (qualified?.[1] && qualified[2]) return this.ref(qualified[1], qualified[2]);
    if (/^\w+$/.test(type)) return this.ref(mod, type);
    throw new Error(`unsupported SDK type expression: ${type}`);
  }
}
