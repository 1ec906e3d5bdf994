/** One scenario's line in the fault suite's table. */
export interface Row {
  scenario: string;
  trials: number;
  /** Trials that ended otherwise than they must (a run that converged not, both runs writing…). */
  failures: number;
  duplicates: number;
  /** Objects of the config missing from a workspace once the trial is over. */
  lost: number;
  /** The most re-runs any trial needed to converge (1 is the promise). */
  reruns: number;
  crashes: number;
  leaks: number;
}

export function newRow(scenario: string): Row {
  return { scenario, trials: 0, failures: 0, duplicates: 0, lost: 0, reruns: 0, crashes: 0, leaks: 0 };
}
