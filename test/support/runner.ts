import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './project.ts';

/** The token the runner would put in `${{ github.token }}`; the fake GitHub accepts only this one. */
export const WORKFLOW_TOKEN = 'ghs_fake_workflow_token';

/** Node 24 from devDependencies: the runtime GitHub's node24 runner uses. */
const NODE = existsSync(join(ROOT, 'node_modules/.bin/node'))
  ? join(ROOT, 'node_modules/.bin/node')
  : process.execPath;

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  col?: number;
  message: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  masks: string[];
}

export interface RunOptions {
  workspace: string;
  eventName: string;
  payload: object;
  ref: string;
  sha: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  apiUrl?: string;
}

/**
 * Runs dist/index.js the way the runner does: `node dist/index.js` with cwd GITHUB_WORKSPACE, a
 * minimal environment (nothing inherited), INPUT_* with hyphens kept and action.yml's defaults
 * filled in, pre-created file-command files and the event payload on disk.
 */
export async function runAction(o: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'runner-'));
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_PATH'].map((k) => [
      k,
      join(dir, k.toLowerCase()),
    ]),
  );
  for (const f of Object.values(files)) writeFileSync(f, '');
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(o.payload));
  const temp = join(dir, 'temp');
  mkdirSync(temp);

  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value =
      o.inputs?.[name] ?? (spec.default === '${{ github.token }}' ? WORKFLOW_TOKEN : (spec.default ?? ''));
    inputs[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: o.ref,
    GITHUB_REF_NAME: o.ref.replace(/^refs\/(tags|heads)\//, ''),
    GITHUB_REF_TYPE: o.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_SHA: o.sha,
    GITHUB_REPOSITORY: 'acme/live-config',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: o.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: temp,
    ...files,
    ...inputs,
    ...o.env,
  };
  const child = spawn(NODE, [join(ROOT, 'dist/index.js')], {
    cwd: o.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT as string, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY as string, 'utf8'),
    annotations: parseAnnotations(stdout + stderr),
    masks: [...(stdout + stderr).matchAll(/^::add-mask::(.*)$/gm)].map((m) => m[1] ?? ''),
  };
}

/** `NAME=VALUE` and `NAME<<DELIMITER … DELIMITER` lines. */
function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] && heredoc[2]) {
      const end = lines.indexOf(heredoc[2], i + 1);
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return out;
}

function parseAnnotations(text: string): Annotation[] {
  const out: Annotation[] = [];
  for (const m of text.matchAll(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/gm)) {
    const props = Object.fromEntries(
      (m[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
    );
    out.push({
      level: m[1] as Annotation['level'],
      ...(props.file ? { file: props.file } : {}),
      ...(props.line ? { line: Number(props.line) } : {}),
      ...(props.col ? { col: Number(props.col) } : {}),
      message: (m[3] ?? '').replace(/%0A/g, '\n').replace(/%25/g, '%'),
    });
  }
  return out;
}

/** A throwaway git repository holding a copy of a live-config repo at its root. */
export class GitRepo {
  readonly dir: string;
  constructor(files: Record<string, string>) {
    this.dir = mkdtempSync(join(tmpdir(), 'live-config-'));
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.email', 'ci@example.com');
    this.git('config', 'user.name', 'ci');
    this.write(files);
  }
  write(files: Record<string, string>): void {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(this.dir, path, '..'), { recursive: true });
      writeFileSync(join(this.dir, path), text);
    }
  }
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }
  tag(name: string): void {
    this.git('tag', name);
  }
  checkout(ref: string): void {
    this.git('checkout', '-q', ref);
  }
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8' });
  }
}
