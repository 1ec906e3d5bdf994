import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLE, FIXTURES, ROOT } from '../support/project.ts';

const SCHEMAS = join(FIXTURES, 'schemastore');
const ajv = new Ajv({ strict: false, allErrors: true });
const workflowSchema = ajv.compile(JSON.parse(readFileSync(join(SCHEMAS, 'github-workflow.json'), 'utf8')));
const actionSchema = ajv.compile(JSON.parse(readFileSync(join(SCHEMAS, 'github-action.json'), 'utf8')));

const WORKFLOWS = join(EXAMPLE, '.github', 'workflows');
const workflowFiles = readdirSync(WORKFLOWS).filter((f) => f.endsWith('.yml'));

describe('action.yml', () => {
  const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  it('passes the official parser', () => {
    const result = parseAction({ name: 'action.yml', content: text }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });
  it('passes the SchemaStore schema, and runs on node24 from dist/index.js', () => {
    const action = parse(text);
    expect(actionSchema(action), JSON.stringify(actionSchema.errors)).toBe(true);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
  it('is documented input by input and output by output in the README', () => {
    const action = parse(text) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
    };
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## The GitHub Action'));
    const documented = (kind: string) =>
      [...section.matchAll(new RegExp(`^\\| \`([a-z-]+)\` \\| ${kind} \\|`, 'gm'))].map((m) => m[1]);
    expect(documented('input').sort()).toEqual(Object.keys(action.inputs).sort());
    expect(documented('output').sort()).toEqual(Object.keys(action.outputs).sort());
    for (const [name, spec] of Object.entries(action.inputs)) {
      const row = section.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
      expect(row, name).toContain(spec.default === '' ? '(empty)' : `\`${spec.default}\``);
    }
  });
});

describe.each(workflowFiles)('example workflow %s', (file) => {
  const text = readFileSync(join(WORKFLOWS, file), 'utf8');
  it('passes the official workflow parser', () => {
    const result = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });
  it('passes the SchemaStore schema', () => {
    expect(workflowSchema(parse(text)), JSON.stringify(workflowSchema.errors)).toBe(true);
  });
  it('uses codeploy with inputs that action.yml declares', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    const wf = parse(text) as {
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
    };
    const steps = Object.values(wf.jobs)
      .flatMap((j) => j.steps)
      .filter((s) => s.uses?.includes('/codeploy@'));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps)
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
  });
});

it('the four workflows are there', () => {
  expect(workflowFiles.sort()).toEqual(['failover.yml', 'plan.yml', 'release.yml', 'verify.yml']);
});
