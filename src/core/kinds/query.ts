import { type KindRules, NO_FIELD_RULES } from './types.ts';
import { inFolder } from './workspace-objects.ts';

/**
 * A Databricks SQL query (the Queries API: the SDK's CreateQueryRequestQuery). Jobs run it by id
 * (`sql_task.query.query_id: ${queries.<name>.id}`), so each region's job runs its own region's
 * query. Nothing runs a query by itself: a passive region keeps it as it is.
 */
export const query: KindRules = {
  kind: 'query',
  plural: 'queries',
  description:
    'A Databricks SQL query: `display_name`, `query_text`, `warehouse_id: ${sql-warehouses.<name>.id}`, `parent_path`. Jobs run it as `${queries.<name>.id}`.',
  wave: 4,
  nameField: 'display_name',
  // CreateQueryRequest: a display name that conflicts with another query's fails the request.
  identity: { field: 'display_name', unique: true, of: (spec) => inFolder(spec) },
  api: { idField: 'id', listKey: 'results', permissionType: 'queries' },
  referencedBy: ['**.sql_task.query.query_id'],
  // Source: Terraform permissions/permission_definitions.go (sql queries: CAN_READ, CAN_RUN, CAN_EDIT, CAN_MANAGE).
  permissionLevels: ['CAN_READ', 'CAN_RUN', 'CAN_EDIT', 'CAN_MANAGE'],
  deployerKeepsManage: true,
  spec: { module: 'sql', name: 'CreateQueryRequestQuery', omit: [] },
  readOnlyFields: [
    'id',
    'lifecycle_state',
    'owner_user_name',
    'create_time',
    'update_time',
    'last_modifier_user_name',
  ],
  fieldRules: {
    ...NO_FIELD_RULES,
    backendDefaults: [
      { path: 'parent_path', reason: "the creator's home folder when none is given (the SDK's Query)" },
      { path: 'run_as_mode', reason: "filled in by the server (the SDK's Query)" },
      { path: 'apply_auto_limit', reason: "filled in by the server (the SDK's Query)" },
    ],
    // UpdateQueryRequestQuery takes no parent_path: a query moved to another folder is a new one.
    recreateOn: ['parent_path'],
  },
};
