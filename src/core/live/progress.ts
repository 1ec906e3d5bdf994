/** What an apply reports as it goes, for a person following a long run. */
export type ProgressEvent =
  | { type: 'phase'; message: string }
  | { type: 'region'; region: string; message: string }
  | { type: 'object'; region: string; key: string; action: string; done: number; total: number }
  | { type: 'object-failed'; region: string; key: string; action: string; error: string }
  | { type: 'object-warning'; region: string; key: string; message: string };

export type ProgressSink = (event: ProgressEvent) => void;
