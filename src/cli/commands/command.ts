import type { CliIO } from '../io.ts';

export type OptionSpec = { type: 'string' | 'boolean'; multiple?: boolean; short?: string };

/** One `codeploy` sub-command: a thin shell that parses its options and calls the core. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Extra lines for `--help`: what each option means. */
  help?: string;
  options: Record<string, OptionSpec>;
  allowPositionals?: boolean;
  run(
    values: Record<string, string | boolean | string[] | undefined>,
    positionals: string[],
    io: CliIO,
  ): number | Promise<number>;
}
