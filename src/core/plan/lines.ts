import { stringify } from 'yaml';
import type { Json } from '../model/json.ts';
import type { Action, FieldChange, PlanEntry } from './types.ts';

export const SYMBOL: Record<Action, string> = {
  create: '+',
  update: '~',
  recreate: '-/+',
  delete: '-',
  'no-change': ' ',
};

/**
 * An entry's details as diff lines: `+`/`-` in the first column, the way GitHub colours a ```diff
 * block and a terminal reader scans one. Both the text and the Markdown forms are built from these.
 */
export function diffLines(entry: PlanEntry): string[] {
  if (entry.action === 'create' || entry.action === 'delete') {
    const sign = entry.action === 'create' ? '+' : '-';
    return stringify(entry.object ?? {}, { lineWidth: 0, aliasDuplicateObjects: false })
      .trimEnd()
      .split('\n')
      .map((line) => `${sign} ${line}`);
  }
  return entry.changes.flatMap(changeLines);
}

function changeLines(c: FieldChange): string[] {
  const note = c.forces_recreate
    ? '   # forces recreate'
    : c.reason === 'drift'
      ? '   # changed in the workspace'
      : '';
  const lines: string[] = [];
  if (c.old !== undefined) lines.push(`- ${c.path}: ${show(c.old)}${c.new === undefined ? note : ''}`);
  if (c.new !== undefined) lines.push(`+ ${c.path}: ${show(c.new)}${note}`);
  return lines;
}

function show(value: Json): string {
  return JSON.stringify(value);
}
