import { dirname, relative, resolve } from 'node:path';
import { connect } from '../../adapters/databricks/connect.ts';
import { EXPORTABLE_KINDS, exportObjects } from '../../core/export/export.ts';
import { readForExport } from '../../core/export/read.ts';
import { slug } from '../../core/import/import.ts';
import { DEFAULT_PASSIVE_POLICY, type RegionConfig } from '../../core/model/config.ts';
import { Diagnostics } from '../../core/model/diagnostics.ts';
import { isKindName, type KindName } from '../../core/model/kinds.ts';
import { loadFromDisk, printDiagnostics, writeGenerated } from '../context.ts';
import { type CliIO, EXIT, UsageError } from '../io.ts';
import type { Command } from './command.ts';

/**
 * `codeploy export`: onboarding from a live workspace. The workspace is the one a codeploy.yml
 * names for the region (`--config`), or `--host` with the token in DATABRICKS_TOKEN_<REGION>, the
 * variable the starter config then names too.
 */
export const exportCommand: Command = {
  name: 'export',
  summary: 'Read a live workspace and write a definition file per object and a starter codeploy.yml.',
  usage:
    'codeploy export --region R --out DIR [--host URL | --config FILE] [--kinds K,…] [--path FOLDER]… [--filter GLOB] [--standby NAME] [--standby-marker M] [--force]',
  help: [
    '  --region R          the region this workspace is (named so in the starter codeploy.yml)',
    '  --out DIR           where to write <kind plural>/<name>.yml and codeploy.yml',
    '  --host URL          the workspace; its token is read from DATABRICKS_TOKEN_<R> (e.g. _PRIMARY)',
    "  --config FILE       or take region R's host and auth from an existing codeploy.yml",
    `  --kinds K,…         the kinds to read (default: all, ${EXPORTABLE_KINDS.join(', ')})`,
    '  --path FOLDER       read the notebooks, files and folders under FOLDER (repeatable), their',
    '                      content written beside their definitions',
    '  --filter GLOB       only objects whose workspace name matches (`etl-*`)',
    '  --standby NAME      the other region of the starter config (default secondary)',
    "  --standby-marker M  the standby's cloud region (us-west-2): its storage and values get it",
    "  --project NAME      the starter config's project (default: --config's, else the output folder)",
    '  --force             overwrite files that already exist',
    'Server defaults and read-only fields are left out, ids of exported objects become references,',
    'and storage URLs and region names become the storage table, markers and per-region variables.',
    'Nothing is written to the workspace.',
  ].join('\n'),
  options: {
    region: { type: 'string' },
    out: { type: 'string' },
    host: { type: 'string' },
    config: { type: 'string' },
    kinds: { type: 'string' },
    path: { type: 'string', multiple: true },
    filter: { type: 'string' },
    standby: { type: 'string' },
    'standby-marker': { type: 'string' },
    project: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(values, _positionals, io: CliIO) {
    const region = requiredString(values.region, '--region R');
    const out = resolve(io.cwd, requiredString(values.out, '--out DIR'));
    const kinds = kindsOption(values.kinds);
    const target = workspaceOf(values, region, io);
    if (!target) return EXIT.failed;
    const workspace = connect(
      {
        file: 'codeploy.yml',
        project: target.project,
        regions: [target.region],
        active: region,
        passivePolicy: DEFAULT_PASSIVE_POLICY,
        storage: {},
        definitions: [],
        release: { tag_pattern: 'v*' },
        prune: false,
        stateFolder: target.stateFolder,
      },
      { env: io.env },
    ).get(region);
    if (!workspace) return EXIT.failed;
    const roots = ((values.path as string[] | undefined) ?? []).map(checkedFolder);
    const { observed, contents } = await readForExport(workspace, kinds, roots);
    const diags = new Diagnostics();
    // The project of the codeploy.yml read from, else the output folder's name.
    const project =
      typeof values.project === 'string'
        ? values.project
        : typeof values.config === 'string'
          ? target.project
          : slug(relative(dirname(out), out)) || 'exported';
    const result = exportObjects(
      observed,
      {
        region,
        host: target.region.host,
        standby: typeof values.standby === 'string' ? values.standby : 'secondary',
        ...(typeof values['standby-marker'] === 'string' ? { standbyMarker: values['standby-marker'] } : {}),
        kinds,
        ...(typeof values.filter === 'string' ? { filter: values.filter } : {}),
        skipUnder: [target.stateFolder],
        project,
      },
      diags,
      contents,
    );
    const written = writeGenerated(
      out,
      [...result.definitions, ...result.sources, { path: 'codeploy.yml', text: result.config }],
      { force: values.force === true, rule: 'export', diags, io },
    );
    printDiagnostics(diags, '', io, true);
    io.out(
      `exported ${result.definitions.length} object(s) from ${region} into ${relative(io.cwd, out) || '.'} (${written} file(s) written)`,
    );
    if (result.markers.length > 0) io.out(`region names found in storage: ${result.markers.join(', ')}`);
    if (values['standby-marker'] === undefined && result.markers.length > 0)
      io.out(
        'the standby region\'s storage and values say "standby": give --standby-marker, or edit codeploy.yml',
      );
    return diags.hasErrors ? EXIT.failed : EXIT.ok;
  },
};

function requiredString(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`${what} is required`);
  return value;
}

function kindsOption(value: unknown): KindName[] {
  if (value === undefined) return [...EXPORTABLE_KINDS];
  const kinds = String(value)
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  for (const kind of kinds)
    if (!isKindName(kind) || !EXPORTABLE_KINDS.includes(kind))
      throw new UsageError(`--kinds: "${kind}" is not one of ${EXPORTABLE_KINDS.join(', ')}`);
  return kinds as KindName[];
}

/** The region to read: from a codeploy.yml, or from --host with the token in DATABRICKS_TOKEN_<R>. */
function workspaceOf(
  values: Record<string, unknown>,
  region: string,
  io: CliIO,
): { region: RegionConfig; project: string; stateFolder: string } | undefined {
  if (typeof values.config === 'string') {
    const { project, diags, folder } = loadFromDisk(values.config, io);
    if (!project) {
      printDiagnostics(diags, folder, io);
      return undefined;
    }
    const found = project.config.regions.find((r) => r.name === region);
    if (!found) throw new UsageError(`--region: "${region}" is not a region of ${values.config}`);
    const host = typeof values.host === 'string' ? checkedUrl(values.host) : found.host;
    return {
      region: { ...found, host },
      project: project.config.project,
      stateFolder: project.config.stateFolder,
    };
  }
  if (typeof values.host !== 'string') throw new UsageError('give --host URL (or --config FILE)');
  const env = `DATABRICKS_TOKEN_${region.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
  return {
    region: {
      name: region,
      host: checkedUrl(values.host),
      auth: { type: 'token', env },
      markers: [],
      variables: {},
      patches: [],
    },
    project: 'export',
    stateFolder: '/Shared/.codeploy/export',
  };
}

function checkedFolder(path: string): string {
  if (!path.startsWith('/') || path === '/')
    throw new UsageError(`--path takes a workspace folder such as /Shared/etl (got "${path}")`);
  return path.replace(/\/+$/, '');
}

function checkedUrl(url: string): string {
  if (!/^https?:\/\//.test(url)) throw new UsageError(`--host takes a URL (got "${url}")`);
  return url;
}
