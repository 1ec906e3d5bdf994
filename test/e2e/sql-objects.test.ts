import { describe, expect, it } from 'vitest';
import { runApply } from '../../src/app/live.ts';
import type { WorkspaceState } from '../../src/emulator/state.ts';
import { withOverride } from '../support/connect.ts';
import { connectProject, emulatorPerTest } from '../support/live.ts';
import { exampleFiles } from '../support/project.ts';

/** SQL alerts and AI/BI dashboards in two regions (the example's alerts.yml and dashboards.yml). */
const setUp = emulatorPerTest();

const warehouse = (ws: WorkspaceState) => [...ws.warehouses.keys()][0];
const board = (ws: WorkspaceState) => [...ws.dashboards.values()].find((d) => d.lifecycle_state === 'ACTIVE');
const schedules = (ws: WorkspaceState) =>
  [...(ws.dashboardSchedules.get(String(board(ws)?.dashboard_id))?.values() ?? [])].map(
    (s) => s.pause_status,
  );
const alertSchedule = (ws: WorkspaceState) =>
  ([...ws.alerts.values()][0]?.schedule as { pause_status?: string } | undefined)?.pause_status;

describe('SQL alerts and dashboards', () => {
  it("run on their own region's warehouse and catalog, paused in the standby until a failover", async () => {
    const { emulator, hosts, env } = await setUp();
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).message).toBeUndefined();
    const primary = emulator.workspace('primary');
    const secondary = emulator.workspace('secondary');
    for (const ws of [primary, secondary]) {
      expect([...ws.alerts.values()][0]?.warehouse_id).toBe(warehouse(ws));
      expect(board(ws)?.warehouse_id).toBe(warehouse(ws));
      // Published, with the region's warehouse.
      expect(ws.publishedDashboards.get(String(board(ws)?.dashboard_id))?.warehouse_id).toBe(warehouse(ws));
    }
    // The report job runs its own region's saved query.
    for (const ws of [primary, secondary]) {
      const job = [...ws.jobs.values()].find((j) => j.settings.name === 'weekly-report');
      type SqlTask = { task_key: string; sql_task?: { query?: { query_id?: string } } };
      const tasks = (job?.settings.tasks ?? []) as SqlTask[];
      const task = tasks.find((t) => t.task_key === 'weekly-numbers');
      expect(task?.sql_task?.query?.query_id).toBe([...ws.queries.keys()][0]);
    }
    expect([...primary.queries.keys()][0]).not.toBe([...secondary.queries.keys()][0]);
    expect(String(board(secondary)?.serialized_dashboard)).toContain('lakehouse_usw2.bronze.events');
    expect(String(board(secondary)?.serialized_dashboard)).not.toContain('use1');
    expect([alertSchedule(primary), schedules(primary)]).toEqual(['UNPAUSED', ['UNPAUSED']]);
    expect([alertSchedule(secondary), schedules(secondary)]).toEqual(['PAUSED', ['PAUSED']]);

    const failover = await runApply(withOverride(connectProject(exampleFiles(), hosts, env), 'secondary'));
    expect(failover.message).toBeUndefined();
    expect([alertSchedule(secondary), schedules(secondary)]).toEqual(['UNPAUSED', ['UNPAUSED']]);
    expect([alertSchedule(primary), schedules(primary)]).toEqual(['PAUSED', ['PAUSED']]);
  });

  it('a dashboard needs its folder to exist: the parent path reference makes the folder first', async () => {
    const { emulator, hosts, env } = await setUp();
    const report = await runApply(connectProject(exampleFiles(), hosts, env));
    expect(report.ok).toBe(true);
    const creates = emulator.requests
      .filter((r) => r.workspace === 'primary' && r.method === 'POST')
      .map((r) => r.path);
    expect(creates.indexOf('/api/2.0/workspace/mkdirs')).toBeLessThan(
      creates.indexOf('/api/2.0/lakeview/dashboards'),
    );
  });
});
