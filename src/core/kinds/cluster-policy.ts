import { isObject, type JsonObject } from '../model/json.ts';
import { type KindRules, NO_FIELD_RULES } from './types.ts';

export const clusterPolicy: KindRules = {
  kind: 'cluster-policy',
  plural: 'cluster-policies',
  description:
    'A cluster policy. `definition` may be written as an object; it is sent to the API as the JSON string it expects.',
  wave: 1,
  identity: { field: 'name', unique: true },
  api: { idField: 'policy_id', listKey: 'policies', permissionType: 'cluster-policies' },
  referencedBy: ['**.policy_id'],
  nameField: 'name',
  permissionLevels: ['CAN_USE'],
  spec: { module: 'compute', name: 'CreatePolicy', omit: [] },
  readOnlyFields: ['policy_id', 'created_at_timestamp', 'creator_user_name', 'is_default'],
  normalize: parseDefinition,
  fieldRules: NO_FIELD_RULES,
};

/**
 * The API carries `definition` as a JSON-encoded string. Comparing strings would show a whole-field
 * change for a re-ordered key, so codeploy keeps it as an object and encodes it only when sending.
 */
function parseDefinition(spec: JsonObject): JsonObject {
  if (typeof spec.definition !== 'string') return spec;
  try {
    const parsed: unknown = JSON.parse(spec.definition);
    return isObject(parsed) ? { ...spec, definition: parsed } : spec;
  } catch {
    return spec; // left as a string; the schema check reports nothing, the API will.
  }
}
