import * as core from '@actions/core';

/** Why a run failed: a fixed set, so workflows can branch on `failure-reason`. */
export type ActionFailure =
  | 'invalid-input'
  | 'invalid-config'
  | 'release-guard'
  | 'downgrade'
  | 'preflight'
  | 'conflict'
  | 'locked'
  | 'apply-failed'
  | 'not-converged'
  | 'not-ready'
  | 'plan-changed'
  | 'partial'
  | 'internal';

/** Every output of the action, gathered as the run goes and set once at the end. */
export class Outputs {
  hasChanges = false;
  summary: Record<string, unknown> = {};
  planJson = '';
  /** verify: where the DR readiness report is, as JSON. */
  readinessJson = '';
  release = '';
  commentId = '';
  failureReason: ActionFailure | '' = '';
  /** Whether this run's job summary is written: a run that ends before its plan still writes one. */
  summaryWritten = false;

  write(): void {
    core.setOutput('has-changes', String(this.hasChanges));
    core.setOutput('summary-json', JSON.stringify(this.summary));
    core.setOutput('plan-json', this.planJson);
    core.setOutput('readiness-json', this.readinessJson);
    core.setOutput('release', this.release);
    core.setOutput('comment-id', this.commentId);
    core.setOutput('failure-reason', this.failureReason);
  }
}
