import { warehouseTagMarker } from './owner-marker.ts';
import { type KindRules, NO_FIELD_RULES, stateIsOneOf } from './types.ts';

export const sqlWarehouse: KindRules = {
  kind: 'sql-warehouse',
  plural: 'sql-warehouses',
  description:
    'A SQL warehouse. Databricks starts it on create and restarts it on edit; a passive region stops it.',
  wave: 3,
  identity: { field: 'name', unique: true },
  api: { idField: 'id', listKey: 'warehouses', permissionType: 'warehouses' },
  // A top-level warehouse_id is an alert's (and a dashboard's or a query's) warehouse.
  referencedBy: ['**.sql_task.warehouse_id', '**.dashboard_task.warehouse_id', 'warehouse_id'],
  nameField: 'name',
  ownerMarker: warehouseTagMarker,
  permissionLevels: ['CAN_VIEW', 'CAN_MONITOR', 'CAN_USE', 'CAN_MANAGE', 'IS_OWNER'],
  deployerKeepsManage: true,
  spec: { module: 'sql', name: 'CreateWarehouseRequest', omit: [] },
  readOnlyFields: [
    'id',
    'state',
    'health',
    'jdbc_url',
    'odbc_params',
    'num_clusters',
    'num_active_sessions',
    'creator_name',
    'creator_id',
    // Echoed by the legacy SQL endpoints API; not part of a create request.
    'size',
    'auto_resume',
  ],
  fieldRules: {
    ...NO_FIELD_RULES,
    serverDefaults: { auto_stop_mins: 120, min_num_clusters: 1, enable_photon: true, tags: {} },
    backendDefaults: [
      {
        path: 'enable_serverless_compute',
        reason:
          'computed by the server (Terraform sql/resource_sql_endpoint.go; databricks/cli resources.yml)',
      },
      {
        path: 'warehouse_type',
        reason: 'CLASSIC when left out (databricks/cli libs/testserver/sql_warehouses.go)',
      },
      {
        path: 'channel',
        reason: 'the server fills the current channel (Terraform sql/resource_sql_endpoint.go)',
      },
    ],
  },
  startable: true,
  passiveInvariants: [
    {
      name: 'warehouses stopped',
      decisive: true,
      reason: 'a running warehouse in a passive region costs money and answers queries',
      broken: stateIsOneOf(['STOPPED', 'STOPPING']),
    },
  ],
  disable(spec, permissions, policy) {
    return {
      spec,
      ...(permissions ? { permissions } : {}),
      lifecycle: { state: policy['sql-warehouse'].state },
    };
  },
};
