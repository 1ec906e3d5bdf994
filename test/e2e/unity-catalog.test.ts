import { describe, expect, it } from 'vitest';
import { runApply, runPlan } from '../../src/app/live.ts';
import { connectProject, emulatorPerTest } from '../support/live.ts';
import { exampleFiles, loadAndRender } from '../support/project.ts';

/** Unity Catalog catalogs, schemas and volumes, and their grants (the example's unity-catalog.yml). */
const setUp = emulatorPerTest();
const UC_FILE = 'definitions/unity-catalog.yml';

function edited(from: string, to: string): Record<string, string> {
  const files = exampleFiles();
  const text = files[UC_FILE] as string;
  if (!text.includes(from)) throw new Error(`${UC_FILE} has no "${from}"`);
  files[UC_FILE] = text.replace(from, to);
  return files;
}

/** The line of the example's unity-catalog.yml that holds `text`, counted from 1. */
function lineOf(text: string): number {
  return (exampleFiles()[UC_FILE] as string).split('\n').findIndex((l) => l.includes(text)) + 1;
}

async function post(host: string, token: string, method: string, path: string, body?: object) {
  const r = await fetch(`${host}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: r.status, body: (await r.json()) as Record<string, string> };
}

describe('Unity Catalog', () => {
  it('the standby holds the same catalog, schema and volume on its own metastore, buckets and name, with the same grants', async () => {
    const { emulator, hosts, env } = await setUp();
    const report = await runApply(connectProject(exampleFiles(), hosts, env));
    expect(report.message).toBeUndefined();
    const secondary = emulator.workspace('secondary');
    expect(secondary.ucCatalogs.get('lakehouse_usw2')).toMatchObject({
      storage_root: 's3://acme-lake-usw2/unity/',
      metastore_id: secondary.metastoreId,
    });
    expect(secondary.metastoreId).not.toBe(emulator.workspace('primary').metastoreId);
    expect(secondary.ucVolumes.get('lakehouse_usw2.bronze.landing')?.storage_location).toBe(
      's3://acme-landing-usw2/volumes/landing/',
    );
    expect(JSON.stringify([...secondary.ucCatalogs.values(), ...secondary.ucVolumes.values()])).not.toMatch(
      /use1|us-east-1/,
    );
    for (const ws of [emulator.workspace('primary'), secondary]) {
      const catalog = [...ws.ucCatalogs.keys()][0];
      expect([...(ws.ucGrants.get(`catalog/${catalog}`)?.get('analysts') ?? [])].sort()).toEqual([
        'BROWSE',
        'USE_CATALOG',
      ]);
    }
    // The credential is the standby's own role, and the locations its own buckets.
    expect(secondary.ucCredentials.get('lake-access')?.aws_iam_role).toMatchObject({
      role_arn: 'arn:aws:iam::123456789012:role/uc-lake-access-usw2',
    });
    expect(secondary.ucLocations.get('lake')).toMatchObject({
      url: 's3://acme-lake-usw2/unity/',
      credential_name: 'lake-access',
    });
    // Converged: a second plan has nothing to do.
    const plan = await runPlan(connectProject(exampleFiles(), hosts, env));
    for (const p of plan.plans) expect(p.entries.filter((e) => e.action !== 'no-change')).toEqual([]);
  });

  it('a schema created by hand in the standby, outside codeploy, is left alone, and a new storage root is a recreate the definition must allow', async () => {
    const { emulator, hosts, env } = await setUp();
    expect((await runApply(connectProject(exampleFiles(), hosts, env))).ok).toBe(true);
    const secondary = emulator.workspace('secondary');
    const made = await post(
      hosts.secondary as string,
      secondary.token,
      'POST',
      '/api/2.1/unity-catalog/schemas',
      {
        catalog_name: 'lakehouse_usw2',
        name: 'scratch',
      },
    );
    expect(made.status).toBe(200);
    const files = edited(
      'storage_root: s3://acme-lake-use1/unity/',
      'storage_root: s3://acme-lake-use1/unity-v2/',
    );
    emulator.requests.length = 0;
    const refused = await runApply(connectProject(files, hosts, env));
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('allow_recreate');
    expect(emulator.writes()).toEqual([]);
    // The recreate deletes the catalog first, which UC refuses while it holds a schema codeploy does not own.
    const allowed = files[UC_FILE]?.replace('name: lakehouse\n', 'name: lakehouse\nallow_recreate: true\n');
    const again = await runApply(connectProject({ ...files, [UC_FILE]: allowed as string }, hosts, env));
    expect(again.ok).toBe(false);
    expect(JSON.stringify(again.regions)).toContain("Catalog 'lakehouse_usw2' is not empty");
    expect(secondary.ucSchemas.has('lakehouse_usw2.scratch')).toBe(true);
  });

  it("refuses a credential role that names the other region: the standby would use the primary's role", () => {
    const files = edited(
      'role_arn: "${var.uc_role_arn}"',
      'role_arn: arn:aws:iam::123456789012:role/uc-lake-access-use1',
    );
    const { errors } = loadAndRender(files);
    expect(errors.map((e) => `${e.rule} ${e.location?.file}:${e.location?.line} ${e.path}`)).toEqual([
      `region-leak ${UC_FILE}:${lineOf('role_arn')} spec.aws_iam_role.role_arn`,
    ]);
  });

  it('refuses before any request a privilege the securable does not take and a schema name UC would lower-case', () => {
    const wrongPrivilege = loadAndRender(
      edited(
        '  - { group_name: analysts, permission_level: READ_VOLUME }',
        '  - { group_name: analysts, permission_level: USE_CATALOG }',
      ),
    );
    expect(wrongPrivilege.errors.map((e) => `${e.location?.file}:${e.location?.line} ${e.path}`)).toEqual([
      `${UC_FILE}:${lineOf('analysts, permission_level: READ_VOLUME')} permissions[2].permission_level`,
    ]);
    expect(wrongPrivilege.errors[0]?.expected).toContain('READ_VOLUME, WRITE_VOLUME');
    const upper = loadAndRender(edited('  name: bronze\n', '  name: Bronze\n'));
    expect(upper.errors.map((e) => `${e.location?.file}:${e.location?.line} ${e.path}`)).toEqual([
      `${UC_FILE}:${lineOf('  name: bronze')} spec.name`,
    ]);
    expect(upper.errors[0]?.expected).toMatch(/^Lower case \(UC stores it so\)/);
  });

  it('the emulator refuses what UC refuses: an unknown principal or admins in a grant, a managed volume with a location', async () => {
    const { emulator, hosts } = await setUp();
    const ws = emulator.workspace('primary');
    const call = (method: string, path: string, body?: object) =>
      post(hosts.primary as string, ws.token, method, path, body);
    expect((await call('POST', '/api/2.1/unity-catalog/catalogs', { name: 'c' })).status).toBe(200);
    expect((await call('POST', '/api/2.1/unity-catalog/catalogs', { name: 'c' })).status).toBe(409);
    expect((await call('POST', '/api/2.1/unity-catalog/catalogs', { name: 'a.b' })).status).toBe(400);
    for (const principal of ['nobody-here', 'admins']) {
      const r = await call('PATCH', '/api/2.1/unity-catalog/permissions/catalog/c', {
        changes: [{ principal, add: ['USE_CATALOG'] }],
      });
      expect(r).toMatchObject({
        status: 400,
        body: { message: `Could not find principal with name ${principal}` },
      });
    }
    expect(
      (await call('POST', '/api/2.1/unity-catalog/schemas', { catalog_name: 'c', name: 'S' })).body,
    ).toMatchObject({ name: 's', full_name: 'c.s' });
    const managed = await call('POST', '/api/2.1/unity-catalog/volumes', {
      catalog_name: 'c',
      schema_name: 's',
      name: 'v',
      volume_type: 'MANAGED',
      storage_location: 's3://x/',
    });
    expect(managed.status).toBe(400);
    expect((await call('DELETE', '/api/2.1/unity-catalog/catalogs/c')).status).toBe(400);
    const noCredential = await call('POST', '/api/2.1/unity-catalog/external-locations', {
      name: 'l',
      url: 's3://b/',
      credential_name: 'missing',
    });
    expect(noCredential.status).toBe(404);
  });
});
