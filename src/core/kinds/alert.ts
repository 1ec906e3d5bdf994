import { isObject } from '../model/json.ts';
import { type KindRules, NO_FIELD_RULES } from './types.ts';
import { inFolder } from './workspace-objects.ts';

/** What an AlertV2 GET carries that the alert's settings do not: kept out of the spec schema too. */
const ALERT_READ_ONLY = [
  'id',
  'create_time',
  'update_time',
  'lifecycle_state',
  'owner_user_name',
  'effective_run_as',
  'run_as_user_name',
];

/**
 * A Databricks SQL alert (the Alerts V2 API: the SDK's AlertV2): a query, the warehouse it runs on,
 * a condition, and a schedule. A passive region keeps the alert with its schedule paused, so the
 * standby's warehouse is not woken and nobody is paged twice; it runs again once its region is active.
 */
export const alert: KindRules = {
  kind: 'alert',
  plural: 'alerts',
  description:
    'A Databricks SQL alert (Alerts V2): `query_text`, `warehouse_id: ${sql-warehouses.<name>.id}`, an `evaluation` and a `schedule`, paused in a passive region.',
  wave: 4,
  nameField: 'display_name',
  // An alert is a workspace file (`<parent_path>/<display_name>.dbalert.json`, databricks/cli
  // libs/testserver/alerts.go): unique by folder and name.
  identity: { field: 'display_name', unique: true, of: (spec) => inFolder(spec) },
  api: { idField: 'id', listKey: 'alerts', permissionType: 'alertsv2' },
  // Source: Terraform permissions/permission_definitions.go (alerts: CAN_READ, CAN_RUN, CAN_EDIT, CAN_MANAGE).
  permissionLevels: ['CAN_READ', 'CAN_RUN', 'CAN_EDIT', 'CAN_MANAGE'],
  deployerKeepsManage: true,
  spec: {
    module: 'sql',
    name: 'AlertV2',
    omit: ALERT_READ_ONLY,
  },
  readOnlyFields: ALERT_READ_ONLY,
  fieldRules: {
    ...NO_FIELD_RULES,
    serverDefaults: { 'schedule.pause_status': 'UNPAUSED' },
    backendDefaults: [
      { path: 'parent_path', reason: "the creator's home folder when none is given (the SDK's AlertV2)" },
      { path: 'evaluation.state', reason: "the last evaluation's outcome (the SDK's AlertV2Evaluation)" },
      { path: 'evaluation.last_evaluated_at', reason: "when it last ran (the SDK's AlertV2Evaluation)" },
      {
        path: 'evaluation.notification',
        reason: 'the backend always writes a notification object (databricks/cli libs/testserver/alerts.go)',
      },
    ],
    // parent_path "can only be set on create" (the SDK's AlertV2): a new one is a new alert.
    recreateOn: ['parent_path'],
  },
  passiveInvariants: [
    {
      name: 'alert schedules paused',
      decisive: true,
      reason: 'an unpaused alert in a passive region wakes its warehouse and pages the on-call a second time',
      broken: (o) => {
        const schedule = o.spec.schedule;
        const status = isObject(schedule) ? (schedule.pause_status ?? 'UNPAUSED') : 'UNPAUSED';
        return status === 'PAUSED' ? undefined : `its schedule is ${String(status)}`;
      },
    },
  ],
  disable(spec, permissions) {
    const schedule = isObject(spec.schedule) ? spec.schedule : {};
    return {
      spec: { ...spec, schedule: { ...schedule, pause_status: 'PAUSED' } },
      ...(permissions ? { permissions } : {}),
    };
  },
};
