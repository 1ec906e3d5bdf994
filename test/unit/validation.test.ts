import { describe, expect, it } from 'vitest';
import { compileGlob } from '../../src/core/load/glob.ts';
import { formatDiagnostic } from '../../src/core/model/diagnostics.ts';
import { exampleFiles, loadAndRender, minimalConfig } from '../support/project.ts';

describe('the example live-config', () => {
  it('is valid and renders for both regions without a single problem', () => {
    const { errors, regions, project } = loadAndRender(exampleFiles());
    expect(errors.map(formatDiagnostic)).toEqual([]);
    expect(regions.map((r) => `${r.region}:${r.role}`)).toEqual(['primary:active', 'secondary:passive']);
    expect(project.definitions.length).toBeGreaterThanOrEqual(15);
  });
});

describe('validation reports every problem at once, with file and line', () => {
  it('finds bad YAML, an unknown field, a duplicate name, a dangling reference and a leaked bucket in one run', () => {
    const files = exampleFiles();
    // 1. bad YAML in one file
    files['definitions/warehouses.yml'] =
      files['definitions/warehouses.yml']?.replace('cluster_size: Small', 'cluster_size: [Small') ?? '';
    // 2. an unknown field in a job (a typo)
    files['definitions/jobs/nightly-etl.yml'] =
      files['definitions/jobs/nightly-etl.yml']?.replace(
        '  max_concurrent_runs: 1',
        '  max_concurent_runs: 1',
      ) ?? '';
    // 3. a duplicate name, 4. a dangling reference, 5. a primary bucket the storage table does not map
    files['definitions/zz-extra.yml'] = [
      'kind: notebook',
      'name: ingest',
      'source: ../notebooks/ingest.py',
      'spec: { path: /Shared/other }',
      '---',
      'kind: job',
      'name: broken',
      'spec:',
      '  tasks:',
      '    - task_key: a',
      '      existing_cluster_id: ${clusters.no-such-cluster.id}',
      '      notebook_task:',
      '        notebook_path: /Shared/etl/ingest',
      '        base_parameters: { out: "s3://acme-scratch-us-east-1/tmp/" }',
      '',
    ].join('\n');
    const { errors } = loadAndRender(files);
    const lines = errors.map(formatDiagnostic);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^definitions\/warehouses\.yml:7:3: error: Flow sequence .* \(expected valid YAML\) \[syntax\]$/,
        ),
        expect.stringMatching(
          /^definitions\/jobs\/nightly-etl\.yml:7:3: error: spec\.max_concurent_runs: unknown field "max_concurent_runs" \(did you mean "max_concurrent_runs"\?\)/,
        ),
        expect.stringMatching(
          /^definitions\/zz-extra\.yml:2:7: error: name: duplicate notebook "ingest".*first defined at definitions\/workspace\.yml:\d+/,
        ),
        expect.stringMatching(
          /^definitions\/zz-extra\.yml:11:28: error: spec\.tasks\[0\]\.existing_cluster_id: dangling reference: no cluster named "no-such-cluster"/,
        ),
        expect.stringMatching(
          /^definitions\/zz-extra\.yml:14:\d+: error: spec\.tasks\[0\]\.notebook_task\.base_parameters\.out: region "secondary": job "broken" still holds the region marker "us-east-1" of region "primary"/,
        ),
      ]),
    );
  });

  it("reports one syntax error per broken document, not the parser's follow-on confusion", () => {
    const files = exampleFiles();
    files['definitions/warehouses.yml'] =
      files['definitions/warehouses.yml']?.replace('cluster_size: Small', 'cluster_size: [Small') ?? '';
    const { errors } = loadAndRender(files);
    expect(errors.filter((e) => e.rule === 'syntax')).toHaveLength(1);
    // The job that uses the broken file's warehouse says why the reference may be dangling.
    expect(errors.find((e) => e.rule === 'reference')?.message).toMatch(/failed to load/);
  });

  it('reports an unknown kind with a suggestion and the allowed kinds', () => {
    const { errors } = loadAndRender({
      'codeploy.yml': minimalConfig(),
      'definitions/a.yml': 'kind: jobs\nname: x\nspec: {}\n',
    });
    expect(errors.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /^definitions\/a\.yml:1:7: error: kind: unknown kind \(did you mean "job"\?\) \(found "jobs"; expected one of directory, notebook/,
      ),
    ]);
  });

  it('refuses literal workspace ids that cannot be valid in another region', () => {
    const { errors } = loadAndRender({
      'codeploy.yml': minimalConfig(),
      'definitions/a.yml': [
        'kind: job',
        'name: j',
        'spec:',
        '  tasks:',
        '    - task_key: a',
        '      existing_cluster_id: 0123-456789-abcdef',
        '      notebook_task: { notebook_path: /x }',
        '    - task_key: b',
        '      run_job_task: { job_id: 932035899730845 }',
        '',
      ].join('\n'),
    });
    const lines = errors.map(formatDiagnostic);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /a\.yml:6:28: error: spec\.tasks\[0\]\.existing_cluster_id: literal cluster id.*\$\{clusters\.<name>\.id\}/,
    );
    expect(lines[1]).toMatch(
      /a\.yml:9:31: error: spec\.tasks\[1\]\.run_job_task\.job_id: literal job id.*found 932035899730845/,
    );
  });

  it('reports reference cycles and undefined variables', () => {
    const job = (name: string, other: string) =>
      `kind: job\nname: ${name}\nspec:\n  tasks:\n    - task_key: t\n      run_job_task: { job_id: "\${jobs.${other}.id}" }\n      notebook_task: { notebook_path: "/\${var.missing}" }\n`;
    const { errors } = loadAndRender({
      'codeploy.yml': minimalConfig(),
      'definitions/a.yml': `${job('a', 'b')}---\n${job('b', 'a')}`,
    });
    const lines = errors.map(formatDiagnostic);
    expect(lines.filter((l) => l.includes('reference cycle: job/a → job/b → job/a'))).toHaveLength(1);
    expect(
      lines.filter((l) => l.includes('variable "missing" is not defined for region primary, secondary')),
    ).toHaveLength(2);
  });

  it('reports a longer cycle once, and no cycle where two paths meet', () => {
    const job = (name: string, ...others: string[]) =>
      `kind: job\nname: ${name}\nspec:\n  tasks:\n${others.map((o, i) => `    - task_key: t${i}\n      run_job_task: { job_id: "\${jobs.${o}.id}" }\n`).join('')}`;
    const { errors } = loadAndRender({
      'codeploy.yml': minimalConfig(),
      // c → d → e → c is a cycle; top → left → bottom and top → right → bottom is a diamond.
      'definitions/a.yml': [
        job('c', 'd'),
        job('d', 'e'),
        job('e', 'c'),
        job('top', 'left', 'right'),
        job('left', 'bottom'),
        job('right', 'bottom'),
        'kind: job\nname: bottom\nspec: {}\n',
      ].join('---\n'),
    });
    expect(errors.map((e) => e.message)).toEqual(['reference cycle: job/c → job/d → job/e → job/c']);
  });

  it('reports config mistakes: an unknown active region and a storage location missing a region', () => {
    const config = minimalConfig()
      .replace('active: primary', 'active: east')
      .replace('    secondary: s3://lake-west/\n', '');
    const { errors } = loadAndRender({ 'codeploy.yml': config });
    expect(errors.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /^codeploy\.yml:3:9: error: active: active region "east" is not one of the regions/,
      ),
      expect.stringMatching(
        /^codeploy\.yml:\d+:\d+: error: storage\.lake: storage location "lake" has no prefix for region "secondary"/,
      ),
    ]);
  });

  it('stops a split brain before it starts: one workspace or one bucket for two regions, a leaked variable', () => {
    const config = minimalConfig()
      .replace('https://secondary.example.com', 'https://PRIMARY.example.com/')
      .replace('secondary: s3://lake-west/', 'secondary: s3://lake-east')
      .replace(
        '    markers: [us-west-2]\n',
        '    markers: [us-west-2]\n    variables: { region: us-east-1 }\n',
      );
    const { errors } = loadAndRender({ 'codeploy.yml': config });
    const lines = errors.map((e) => `${e.location?.line} ${e.path}: ${e.message}`);
    expect(lines).toEqual([
      '10 regions.secondary.host: regions "primary" and "secondary" have the same host https://PRIMARY.example.com',
      '17 storage.lake.secondary: storage location "lake" gives regions "primary" and "secondary" the same prefix s3://lake-east',
      '13 regions.secondary.variables.region: variable "region" of region "secondary" holds "us-east-1", a marker of region "primary"',
    ]);
  });

  it('one workspace under two names: the same workspace_id, or two Azure hosts of one workspace id', () => {
    const declared = minimalConfig()
      .replace(
        '    host: https://primary.example.com\n',
        '    host: https://primary.example.com\n    workspace_id: 1234567890\n',
      )
      .replace(
        '    host: https://secondary.example.com\n',
        '    host: https://secondary.example.com\n    workspace_id: "1234567890"\n',
      );
    const lines = (c: string) =>
      loadAndRender({ 'codeploy.yml': c }).errors.map((e) => `${e.location?.line} ${e.path}: ${e.message}`);
    expect(lines(declared)).toEqual([
      '12 regions.secondary.workspace_id: regions "primary" and "secondary" are the same workspace (id 1234567890)',
    ]);
    const azure = minimalConfig()
      .replace('https://primary.example.com', 'https://adb-4455667788.12.azuredatabricks.net')
      .replace('https://secondary.example.com', 'https://adb-4455667788.7.azuredatabricks.net');
    expect(lines(azure)).toEqual([
      '10 regions.secondary.host: regions "primary" and "secondary" are the same workspace (id 4455667788)',
    ]);
  });

  it('start_when_active is for clusters and warehouses only', () => {
    const { errors } = loadAndRender({
      'codeploy.yml': minimalConfig(),
      'definitions/a.yml':
        'kind: job\nname: j\nstart_when_active: true\nspec: { name: j, tasks: [] }\n---\nkind: cluster\nname: c\nstart_when_active: true\nspec: { cluster_name: c, spark_version: 15.4.x-scala2.12, num_workers: 1 }\n',
    });
    expect(errors.map((e) => `${e.location?.line} ${e.path}: ${e.message}`)).toEqual([
      expect.stringMatching(/^3 start_when_active: unknown field "start_when_active"/),
    ]);
  });

  it('words the rarer schema rules from their limits: too few regions, a bad region name, an empty list', () => {
    const oneRegion = minimalConfig()
      .replace(/ {2}secondary:\n(?: {4}.*\n)+/, '')
      .replace('    secondary: s3://lake-west/\n', '');
    const lines = loadAndRender({ 'codeploy.yml': `${oneRegion}definitions: []\n` }).errors.map(
      formatDiagnostic,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^codeploy\.yml:5:3: error: regions: must have at least 2 entries/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^codeploy\.yml:\d+:\d+: error: definitions: must have at least 1 item \(found \[\]\)/,
      ),
    );
    const badName = minimalConfig().replace('  secondary:', '  Secondary_West:');
    expect(loadAndRender({ 'codeploy.yml': badName }).errors.map(formatDiagnostic)).toContainEqual(
      expect.stringMatching(/^codeploy\.yml:\d+:\d+: error: regions: name "Secondary_West" is not valid/),
    );
  });

  it('reports wrong types and enum values with what was found and expected', () => {
    const { errors } = loadAndRender({
      'codeploy.yml': minimalConfig(),
      'definitions/a.yml':
        'kind: job\nname: j\nspec:\n  max_concurrent_runs: many\n  schedule: { quartz_cron_expression: "x", timezone_id: UTC, pause_status: STOPPED }\n',
    });
    const lines = errors.map(formatDiagnostic);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /a\.yml:4:24: error: spec\.max_concurrent_runs: wrong type \(found "many"; expected number \(or a \$\{…\} reference\)\)/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /a\.yml:5:\d+: error: spec\.schedule\.pause_status: value not allowed \(found "STOPPED"; expected one of PAUSED, UNPAUSED\)/,
      ),
    );
  });

  it('never crashes on input that is not a definition at all', () => {
    const { errors } = loadAndRender({
      'codeploy.yml': minimalConfig(),
      'definitions/a.yml': '- just\n- a list\n---\n42\n---\nkind: job\n',
      'definitions/b.json': '{"kind": "job", "name": "x", "spec": {},}',
    });
    expect(errors.map((e) => e.rule)).toEqual(['definition', 'definition', 'schema', 'schema', 'syntax']);
  });

  it('treats a raw API export as a spec: unwrapped, read-only fields stripped, with a notice', () => {
    const { diags, regions, errors } = loadAndRender({
      'codeploy.yml': minimalConfig(),
      'definitions/a.json': JSON.stringify({
        kind: 'job',
        name: 'exported',
        spec: {
          job_id: 12,
          created_time: 1,
          creator_user_name: 'x',
          settings: {
            name: 'Test',
            max_concurrent_runs: 1,
            tasks: [{ task_key: 't', notebook_task: { notebook_path: '/x' } }],
          },
        },
      }),
    });
    expect(errors).toEqual([]);
    expect(diags.items.filter((d) => d.severity === 'notice').map((d) => d.message)).toEqual([
      'spec is a raw API export: using its "settings" part',
      'stripped read-only fields: job_id, created_time, creator_user_name',
    ]);
    const spec = regions[0]?.objects[0]?.spec;
    expect(spec).toEqual({
      max_concurrent_runs: 1,
      name: 'Test',
      tasks: [{ notebook_task: { notebook_path: '/x' }, task_key: 't' }],
    });
  });
});

describe('input that once crashed or was mangled', () => {
  const withVariable = (value: string) =>
    minimalConfig()
      // A function, so the value's `$&` and `$$` are not read as replacement patterns here either.
      .replace(
        '    markers: [us-east-1]\n',
        () => `    markers: [us-east-1]\n    variables: { x: '${value}' }\n`,
      )
      .replace(
        '    markers: [us-west-2]\n',
        () => `    markers: [us-west-2]\n    variables: { x: '${value}' }\n`,
      );

  it('puts a value holding $& or $$ in as it is, and keeps $${var.x} literal', () => {
    const { regions, errors } = loadAndRender({
      'codeploy.yml': withVariable('a$&b$$c'),
      'definitions/a.yml':
        'kind: job\nname: j\nspec: { tags: { t: "${var.x}", u: "$${var.x}-${var.x}" }, tasks: [] }\n',
    });
    expect(errors).toEqual([]);
    // The escape stays until the object is sent (resolveObject drops one `$`); the variable is not
    // substituted inside it.
    expect(regions[0]?.objects[0]?.spec.tags).toEqual({ t: 'a$&b$$c', u: '$${var.x}-a$&b$$c' });
  });

  it('ignores an empty trailing YAML document, as YAML tools do', () => {
    const { errors, regions } = loadAndRender({
      'codeploy.yml': minimalConfig(),
      'definitions/a.yml': 'kind: job\nname: j\nspec: { tasks: [] }\n---\n',
    });
    expect(errors).toEqual([]);
    expect(regions[0]?.objects).toHaveLength(1);
  });

  it('reports an alias bomb and an unresolved alias at the alias, with every other problem', () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]'];
    for (const n of ['b', 'c', 'd', 'e', 'f'])
      bomb.push(
        `${n}: &${n} [${Array(9)
          .fill(`*${String.fromCharCode(n.charCodeAt(0) - 1)}`)
          .join(',')}]`,
      );
    const { errors } = loadAndRender({
      'codeploy.yml': minimalConfig(),
      'definitions/bomb.yml': `${bomb.join('\n')}\nkind: job\nname: j\nspec: { tasks: [] }\n`,
      'definitions/alias.yml': 'kind: job\nname: k\nspec: { tasks: *nope }\n',
      'definitions/other.yml': 'kind: job\nname: m\nspec: { tasks: [], nmae: x }\n',
    });
    expect(
      errors.map((e) => `${e.location?.file}:${e.location?.line}:${e.location?.column} ${e.message}`),
    ).toEqual([
      'definitions/alias.yml:3:16 Unresolved alias (the anchor must be set before the alias): nope',
      'definitions/bomb.yml:2:8 Excessive alias count indicates a resource exhaustion attack',
      expect.stringMatching(/^definitions\/other\.yml:3:\d+ unknown field "nmae"/),
    ]);
  });

  it('refuses hostile input at its file and line: cycles, deep nesting, huge files, patch bombs, brace bombs', () => {
    const where = (e: { location?: { file: string; line: number } }) =>
      `${e.location?.file}:${e.location?.line}`;
    // Each copy doubles the tags: 2^30 values by the end, unless refused.
    const copyBomb = Array.from(
      { length: 30 },
      (_, i) => `{ op: copy, from: /spec/tags, path: /spec/tags/m${i} }`,
    ).join(', ');
    const config = minimalConfig().replace(
      '    markers: [us-west-2]\n',
      `    markers: [us-west-2]\n    patches:\n      - target: { kind: job }\n        json_patch: [${copyBomb}]\n`,
    );
    const { errors } = loadAndRender({
      'codeploy.yml': `${config}definitions: ['definitions/**/*.yml', '${'{a,b}'.repeat(10)}']\n`,
      'definitions/cycle.yml': 'kind: job\nname: c\nspec: &s\n  tasks: []\n  self: *s\n',
      'definitions/deep.yml': `kind: job\nname: d\nspec:\n  tasks: ${'['.repeat(100)}${']'.repeat(100)}\n`,
      'definitions/deeper.yml': `kind: job\nname: e\nspec:\n  tasks: ${'['.repeat(20000)}${']'.repeat(20000)}\n`,
      'definitions/huge.yml': `kind: job\nname: h\nspec: { description: '${'x'.repeat(11 * 1024 * 1024)}' }\n`,
      'definitions/complex.yml': 'kind: job\nname: k\n? [a, b]\n: x\nspec: { tasks: [] }\n',
      'definitions/tagged.yml': 'kind: job\nname: t\nspec: { tasks: [], tags: { a: "1", b: "2" } }\n',
    });
    const lines = errors.map((e) => `${where(e)} ${e.message}`);
    expect(lines).toContainEqual(
      expect.stringMatching(/^codeploy\.yml:\d+ ".*" expands to more than 256 alternatives/),
    );
    expect(lines).toContain('definitions/cycle.yml:5 alias *s refers to a node that contains it (a cycle)');
    expect(lines).toContain('definitions/complex.yml:3 a mapping key is a list or a mapping');
    expect(lines).toContain('definitions/deep.yml:4 nested too deeply');
    expect(lines).toContainEqual(expect.stringMatching(/^definitions\/deeper\.yml:\d+ nested too deeply/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^definitions\/huge\.yml:1 .*more than the 10 MiB codeploy reads/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^codeploy\.yml:\d+ patch 0 of region "secondary" does not apply to job "t": .*grows past 100000 values/,
      ),
    );
  });

  it('matches a pathological glob in time proportional to its length', () => {
    // A regular expression backtracks exponentially on this; a pull request could hang the plan job.
    const match = compileGlob(`${'**a'.repeat(40)}b`);
    expect(match(`${'a'.repeat(60)}/x.yml`)).toBe(false);
    expect(match(`${'a'.repeat(60)}b`)).toBe(true);
    expect(compileGlob('definitions/**/*.yml')('definitions/x.yml')).toBe(true);
    expect(compileGlob('definitions/**/*.yml')('definitions/a/b/x.yml')).toBe(true);
    expect(compileGlob('definitions/*.yml')('definitions/a/x.yml')).toBe(false);
    expect(compileGlob('v*')('v1.2.0')).toBe(true);
    expect(compileGlob('{a,b{c,d}}e')('bde')).toBe(true);
  });

  it('reports a duplicate name even when one of the copies is invalid', () => {
    const { errors } = loadAndRender({
      'codeploy.yml': minimalConfig(),
      'definitions/a.yml': 'kind: directory\nname: d\nspec: { path: /Shared/d }\n',
      'definitions/b.yml': 'kind: directory\nname: d\nspec: { pathh: /Shared/d }\n',
    });
    expect(errors.map((e) => `${e.location?.file}:${e.location?.line} ${e.message}`)).toContain(
      'definitions/b.yml:2 duplicate directory "d"',
    );
  });

  it('matches a brace glob whose alternatives hold wildcards', () => {
    const match = compileGlob('definitions/{jobs/*.yml,*.yaml}');
    expect(
      ['definitions/jobs/a.yml', 'definitions/b.yaml', 'definitions/jobs/x/a.yml'].map((p) => match(p)),
    ).toEqual([true, true, false]);
  });
});
