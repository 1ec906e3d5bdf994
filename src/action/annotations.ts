import * as core from '@actions/core';
import type { Diagnostics } from '../core/model/diagnostics.ts';

/** One annotation per problem, on its file and line (repo-relative), so the PR shows it in place. */
export function annotate(diags: Diagnostics, folder: string): void {
  for (const d of diags.items) {
    const message = [
      d.path ? `${d.path}: ` : '',
      d.message,
      d.found !== undefined ? ` (found ${d.found})` : '',
      d.expected !== undefined ? ` (expected ${d.expected})` : '',
    ].join('');
    const props = d.location
      ? {
          title: `codeploy: ${d.rule}`,
          file: folder ? `${folder}/${d.location.file}` : d.location.file,
          startLine: d.location.line,
          startColumn: d.location.column,
        }
      : { title: `codeploy: ${d.rule}` };
    if (d.severity === 'error') core.error(message, props);
    else if (d.severity === 'warning') core.warning(message, props);
    else core.notice(message, props);
  }
}
