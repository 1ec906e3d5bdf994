/**
 * Writes the JSON Schemas in `schemas/kinds/` and `schemas/definition.schema.json` from the kind
 * rules (`src/core/kinds/`) and the SDK's request models, and the validators compiled from them
 * (`src/core/validate/generated/`). Run with `npm run schemas`; `--check`
 * fails instead of writing when a committed schema is stale (CI runs that).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS } from '../src/core/kinds/index.ts';
import { DR_POLICIES, KIND_NAMES } from '../src/core/model/kinds.ts';
import { loadModels, SchemaBuilder } from './sdk-models.ts';
import { validatorModule } from './validator-code.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const BASE = 'https://codeploy.dev/schemas';
const sdkVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/@databricks/sdk-experimental/package.json'), 'utf8'),
).version;
const models = loadModels(join(root, 'node_modules/@databricks/sdk-experimental'));

const stale: string[] = [];
function emit(relPath: string, schema: unknown): void {
  emitText(`schemas/${relPath}`, JSON.stringify(schema, null, 2) + '\n');
}
function emitText(relPath: string, text: string): void {
  const path = join(root, relPath);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current === text) return;
  if (check) stale.push(relPath);
  else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

const kindSchemas: Record<string, object> = {};
for (const rules of Object.values(KINDS)) {
  const builder = new SchemaBuilder(models);
  const spec =
    'schema' in rules.spec
      ? rules.spec.schema
      : {
          ...builder.object(rules.spec.module, rules.spec.name, rules.spec.omit),
          description: `The ${rules.spec.module}.${rules.spec.name} request of the Databricks API (SDK ${sdkVersion}). A raw GET response is accepted too: codeploy unwraps it and strips read-only fields.`,
        };
  if (rules.hasSource && 'required' in spec) {
    // The content may come from `source:` instead of the spec.
    (spec as { required: string[] }).required = (spec.required as string[]).filter((f) => f !== 'script');
  }
  if (rules.kind === 'cluster-policy') {
    // Written as an object for readable diffs; the JSON string the API uses is accepted too.
    (spec as { properties: Record<string, unknown> }).properties.definition = {
      description: 'Policy definition: an object of policy rules, or the JSON-encoded string the API uses.',
      type: ['object', 'string'],
    };
  }
  if (!('schema' in rules.spec))
    for (const [field, type] of Object.entries(rules.spec.extra ?? {}))
      (spec as { properties: Record<string, unknown> }).properties[field] = builder.type(
        rules.spec.module,
        type,
      );
  // Where the API refuses more than its model says (a UC name), the kind's own field schema.
  for (const [field, fieldSchema] of Object.entries(rules.specFields ?? {}))
    (spec as { properties: Record<string, unknown> }).properties[field] = fieldSchema;
  const properties: Record<string, unknown> = {
    kind: { const: rules.kind },
    name: {
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$',
      description: 'Unique per kind: the key codeploy tracks this object by in every region.',
    },
    passive: {
      enum: [...DR_POLICIES],
      description:
        'off (default): disabled in passive regions. run: runs everywhere. only: runs only in passive regions.',
    },
    description: { type: 'string' },
    spec,
    sensitive: {
      type: 'array',
      description: 'JSON pointers into spec whose values are redacted in every plan.',
      items: { type: 'string', pattern: '^/' },
    },
  };
  if (rules.recreateDestroys) {
    properties.allow_recreate = {
      type: 'boolean',
      description: `Allow codeploy to delete and create the object again when a change cannot be made in place: ${rules.recreateDestroys}.`,
    };
  }
  if (rules.startable) {
    properties.start_when_active = {
      type: 'boolean',
      description:
        'Start it when its region becomes active (a failover or failback), so it is up when the load arrives. It is not kept running: auto-termination still applies.',
    };
  }
  if (rules.permissionLevels.length > 0) {
    properties.permissions = {
      type: 'array',
      description: 'The access control list: replaces every direct grant on the object.',
      items:
        rules.kind === 'secret-scope'
          ? {
              type: 'object',
              additionalProperties: false,
              required: ['principal', 'permission'],
              properties: {
                principal: { type: 'string' },
                permission: { enum: [...rules.permissionLevels] },
              },
            }
          : {
              type: 'object',
              additionalProperties: false,
              required: ['permission_level'],
              properties: {
                user_name: { type: 'string' },
                group_name: {
                  type: 'string',
                  // Terraform refuses `admins` for every object type: it manages everything by inheritance.
                  not: { const: 'admins' },
                  description:
                    'a group other than "admins" (admins manage every object by inheritance and cannot be granted)',
                },
                service_principal_name: { type: 'string' },
                permission_level: { enum: [...rules.permissionLevels] },
              },
            },
    };
  }
  if (rules.hasSource) {
    properties.source = { type: 'string', description: 'Repo file with the content, relative to this file.' };
  }
  const kindSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${BASE}/kinds/${rules.kind}.schema.json`,
    title: `codeploy ${rules.kind}`,
    description: rules.description,
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'name', 'spec'],
    properties,
    definitions: Object.fromEntries(Object.entries(builder.defs).sort(([a], [b]) => a.localeCompare(b))),
  };
  kindSchemas[rules.kind] = kindSchema;
  emit(`kinds/${rules.kind}.schema.json`, kindSchema);
}

emit('definition.schema.json', {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${BASE}/definition.schema.json`,
  title: 'codeploy object definition',
  description:
    'One object of any kind; the kind picks the schema. For editors: `# yaml-language-server: $schema=…`.',
  type: 'object',
  required: ['kind'],
  properties: { kind: { enum: [...KIND_NAMES] } },
  allOf: KIND_NAMES.map((kind) => ({
    if: { properties: { kind: { const: kind } } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
    then: { $ref: `kinds/${kind}.schema.json` },
  })),
});

// The validators compiled once here instead of at every start (ajv's compile was a third of the
// action's start-up): the same schemas, as code.
const configSchema = JSON.parse(readFileSync(join(root, 'schemas/codeploy.schema.json'), 'utf8'));
const validators = validatorModule(configSchema, kindSchemas);
emitText('src/core/validate/generated/validators.js', validators.code);
emitText('src/core/validate/generated/validators.d.ts', validators.types);

if (stale.length > 0) {
  console.error(`Stale schemas or validators (run npm run schemas): ${stale.join(', ')}`);
  process.exit(1);
}
