/**
 * Every problem codeploy finds in the input is a Diagnostic: where it is (file, line, column and the
 * JSON path inside the document), what was found and what was expected. Stages collect them instead of
 * throwing, so one run reports every problem at once.
 */
export type Severity = 'error' | 'warning' | 'notice';

export interface SourceLocation {
  /** Path relative to the config file's folder, as a user would type it. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface Diagnostic {
  severity: Severity;
  /** A stable identifier of the rule that fired, e.g. `schema`, `duplicate-name`, `region-leak`. */
  rule: string;
  message: string;
  location?: SourceLocation;
  /** Path inside the document, e.g. `spec.tasks[0].existing_cluster_id`. */
  path?: string;
  found?: string;
  expected?: string;
  /** A second place that matters (where a duplicate was first defined). */
  related?: SourceLocation & { label: string };
}

export class Diagnostics {
  readonly items: Diagnostic[] = [];

  add(d: Diagnostic): void {
    this.items.push(d);
  }
  error(rule: string, message: string, extra: Omit<Diagnostic, 'severity' | 'rule' | 'message'> = {}): void {
    this.add({ severity: 'error', rule, message, ...extra });
  }
  warning(
    rule: string,
    message: string,
    extra: Omit<Diagnostic, 'severity' | 'rule' | 'message'> = {},
  ): void {
    this.add({ severity: 'warning', rule, message, ...extra });
  }
  notice(rule: string, message: string, extra: Omit<Diagnostic, 'severity' | 'rule' | 'message'> = {}): void {
    this.add({ severity: 'notice', rule, message, ...extra });
  }
  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }
  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

/** `definitions/jobs.yml:12:5: spec.tasks[0]: unknown field "foo" (expected one of …)` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}: ` : '';
  const path = d.path ? `${d.path}: ` : '';
  const found = d.found !== undefined ? ` (found ${d.found}` : '';
  const expected = d.expected !== undefined ? `${found ? '; ' : ' ('}expected ${d.expected}` : '';
  const close = found || expected ? ')' : '';
  const related = d.related ? ` (${d.related.label} ${d.related.file}:${d.related.line})` : '';
  return `${where}${d.severity}: ${path}${d.message}${found}${expected}${close}${related} [${d.rule}]`;
}

/** Thrown only for input problems that stop a stage from going on; carries every diagnostic found. */
export class InvalidInputError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(`${diagnostics.filter((d) => d.severity === 'error').length} problem(s) in the input`);
    this.name = 'InvalidInputError';
    this.diagnostics = diagnostics;
  }
}
