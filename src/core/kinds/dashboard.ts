import { isObject, type JsonObject } from '../model/json.ts';
import { type KindRules, NO_FIELD_RULES } from './types.ts';
import { inFolder } from './workspace-objects.ts';

const SCHEDULE = {
  type: 'object',
  additionalProperties: false,
  required: ['display_name', 'cron_schedule'],
  properties: {
    display_name: {
      type: 'string',
      minLength: 1,
      description: 'Names the schedule: codeploy matches schedules by it.',
    },
    cron_schedule: {
      type: 'object',
      additionalProperties: false,
      required: ['quartz_cron_expression', 'timezone_id'],
      properties: { quartz_cron_expression: { type: 'string' }, timezone_id: { type: 'string' } },
    },
    pause_status: { enum: ['PAUSED', 'UNPAUSED'] },
  },
};

/**
 * The server adds `pageType: PAGE_TYPE_CANVAS` to every page (databricks/cli
 * libs/testserver/dashboards.go): that value is dropped on both sides, so it is never a change and
 * never exported; another page type is kept.
 */
function withoutCanvasPageType(spec: JsonObject): JsonObject {
  const content = spec.serialized_dashboard;
  if (!isObject(content) || !Array.isArray(content.pages)) return spec;
  if (!content.pages.some((p) => isObject(p) && p.pageType === 'PAGE_TYPE_CANVAS')) return spec;
  const pages = content.pages.map((p) => {
    if (!isObject(p) || p.pageType !== 'PAGE_TYPE_CANVAS') return p;
    const { pageType: _canvas, ...rest } = p;
    return rest;
  });
  return { ...spec, serialized_dashboard: { ...content, pages } };
}

/**
 * An AI/BI (Lakeview) dashboard: its content (`serialized_dashboard`, written as an object), the
 * warehouse it runs on, the folder it sits in, and its refresh schedules. It is published after
 * every change, so viewers see what the release holds. A passive region keeps it with every
 * schedule paused: the standby's warehouse stays asleep and no subscriber is mailed twice.
 */
export const dashboard: KindRules = {
  kind: 'dashboard',
  plural: 'dashboards',
  description:
    'An AI/BI (Lakeview) dashboard: `display_name`, `parent_path`, `warehouse_id: ${sql-warehouses.<name>.id}`, `serialized_dashboard` (an object) and `schedules`, paused in a passive region.',
  wave: 4,
  nameField: 'display_name',
  // A dashboard is the file `<parent_path>/<display_name>.lvdash.json` (databricks/cli libs/testserver/dashboards.go).
  identity: { field: 'display_name', unique: true, of: (spec) => inFolder(spec, '.lvdash.json') },
  api: { idField: 'dashboard_id', listKey: 'dashboards', permissionType: 'dashboards' },
  referencedBy: ['**.sql_task.dashboard.dashboard_id', '**.dashboard_task.dashboard_id'],
  // Source: Terraform permissions/permission_definitions.go (dashboards: CAN_READ, CAN_RUN, CAN_EDIT, CAN_MANAGE).
  permissionLevels: ['CAN_READ', 'CAN_RUN', 'CAN_EDIT', 'CAN_MANAGE'],
  deployerKeepsManage: true,
  spec: {
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['display_name', 'parent_path', 'warehouse_id', 'serialized_dashboard'],
      properties: {
        display_name: { type: 'string', minLength: 1 },
        parent_path: {
          type: 'string',
          description: 'The workspace folder, e.g. ${directories.reports.path}.',
        },
        warehouse_id: { type: 'string' },
        serialized_dashboard: {
          type: ['object', 'string'],
          description:
            'The dashboard (an exported .lvdash.json): an object, or the JSON string the API uses.',
        },
        schedules: { type: 'array', items: SCHEDULE },
      },
    },
  },
  readOnlyFields: ['dashboard_id', 'etag', 'lifecycle_state', 'path', 'create_time', 'update_time'],
  normalize: (spec) => {
    // The API drops a /Workspace prefix from parent_path (databricks/cli libs/testserver/dashboards.go).
    let out =
      typeof spec.parent_path === 'string' && spec.parent_path.startsWith('/Workspace/')
        ? { ...spec, parent_path: spec.parent_path.slice('/Workspace'.length) }
        : spec;
    // Compared as an object, so a re-serialization by the server is no change.
    if (typeof out.serialized_dashboard === 'string') {
      try {
        const parsed: unknown = JSON.parse(out.serialized_dashboard);
        if (isObject(parsed)) out = { ...out, serialized_dashboard: parsed };
      } catch {
        // Not JSON: left as written, and the API says what is wrong with it.
      }
    }
    return withoutCanvasPageType(out);
  },
  fieldRules: {
    ...NO_FIELD_RULES,
    serverDefaults: { 'schedules[].pause_status': 'UNPAUSED' },
    // Pages and datasets by name, so a field the server adds to one is seen as what it is.
    keyedArrays: {
      schedules: 'display_name',
      'serialized_dashboard.pages': 'name',
      'serialized_dashboard.datasets': 'name',
    },
    // parent_path is where the dashboard file sits: the update request takes no new one.
    recreateOn: ['parent_path'],
  },
  passiveInvariants: [
    {
      name: 'dashboard schedules paused',
      decisive: true,
      reason:
        "a dashboard schedule in a passive region wakes the standby's warehouse and mails subscribers twice",
      broken: (o) => {
        const running = (Array.isArray(o.spec.schedules) ? o.spec.schedules : []).filter(
          (s) => isObject(s) && (s.pause_status ?? 'UNPAUSED') !== 'PAUSED',
        );
        return running.length > 0 ? `${running.length} schedule(s) not paused` : undefined;
      },
    },
  ],
  disable(spec, permissions) {
    const schedules = Array.isArray(spec.schedules) ? spec.schedules : undefined;
    return {
      spec: schedules
        ? { ...spec, schedules: schedules.map((s) => ({ ...(s as JsonObject), pause_status: 'PAUSED' })) }
        : spec,
      ...(permissions ? { permissions } : {}),
    };
  },
};
