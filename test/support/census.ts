import type { Emulator } from '../../src/emulator/server.ts';

/** Every object of one emulated workspace as `kind name` (codeploy's own state and lock left out). */
export function inventory(em: Emulator, workspace: string): string[] {
  const ws = em.workspace(workspace);
  const name = (spec: Record<string, unknown>, field: string) => String(spec[field]);
  return [
    ...[...ws.jobs.values()].map((j) => `job ${name(j.settings, 'name')}`),
    ...[...ws.clusters.values()].map((c) => `cluster ${name(c.spec, 'cluster_name')}`),
    ...[...ws.pools.values()].map((p) => `pool ${name(p.spec, 'instance_pool_name')}`),
    ...[...ws.policies.values()].map((p) => `policy ${name(p.spec, 'name')}`),
    ...[...ws.pipelines.values()].map((p) => `pipeline ${name(p.spec, 'name')}`),
    ...[...ws.warehouses.values()].map((w) => `warehouse ${name(w.spec, 'name')}`),
    ...[...ws.initScripts.values()].map((s) => `init-script ${s.name}`),
    ...[...ws.scopes.keys()].map((s) => `scope ${s}`),
    ...[...ws.objects.keys()].filter((p) => !p.includes('/.codeploy/')).map((p) => `path ${p}`),
  ].sort();
}

/** Objects that are there more than once under one name, over every workspace. */
export function duplicateCount(em: Emulator): number {
  let extra = 0;
  for (const name of em.workspaces.keys()) {
    const all = inventory(em, name);
    extra += all.length - new Set(all).size;
  }
  return extra;
}
