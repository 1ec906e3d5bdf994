/**
 * Glob matching for definition paths, object-name selectors and release tags: `**` crosses folders,
 * `*` and `?` stay within one, `{a,b}` picks alternatives (each a glob itself: `{jobs/*.yml,*.yaml}`).
 * Pure, so the node and in-memory file sources share it.
 *
 * Matching runs every position of the glob at once over the text (a state set, as an NFA does), so
 * it takes time proportional to text × glob, whatever the glob: a regular expression would backtrack
 * exponentially on `**a**a**a…b`, and a glob comes from a pull request.
 */
export type Matcher = (text: string) => boolean;

/** Braces expand to at most this many alternatives; more is refused (`{a,b}{c,d}…` multiplies). */
export const MAX_GLOB_ALTERNATIVES = 256;

type Token = { t: 'char'; c: string } | { t: 'one' } | { t: 'star' } | { t: 'globstar' } | { t: 'dirs' };

/** What is wrong with a glob (too many alternatives), for a diagnostic; undefined when it is fine. */
export function globProblem(glob: string): string | undefined {
  return expandBraces(glob) === undefined
    ? `"${glob}" expands to more than ${MAX_GLOB_ALTERNATIVES} alternatives; write fewer {…} groups`
    : undefined;
}

/** Compiles a glob; one that `globProblem` refuses matches nothing (validation has said why). */
export function compileGlob(glob: string): Matcher {
  const programs = (expandBraces(glob) ?? []).map(tokenize);
  return (text) => programs.some((p) => run(p, text));
}

export function matchGlob(glob: string, text: string): boolean {
  return compileGlob(glob)(text);
}

/** `a{b,c{d,e}}f` → `abf`, `acdf`, `acef`; an unclosed `{` is a literal. Undefined: too many. */
function expandBraces(glob: string): string[] | undefined {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  let close = -1;
  const commas: number[] = [];
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) {
      close = i;
      break;
    } else if (glob[i] === ',' && depth === 1) commas.push(i);
  }
  if (close < 0) return [glob]; // unbalanced: taken literally
  const bounds = [open, ...commas, close];
  const out: string[] = [];
  const rests = expandBraces(glob.slice(close + 1));
  if (!rests) return undefined;
  for (const rest of rests) {
    for (let k = 0; k + 1 < bounds.length; k++) {
      const middles = expandBraces(glob.slice((bounds[k] as number) + 1, bounds[k + 1]));
      if (!middles) return undefined;
      for (const middle of middles) {
        out.push(glob.slice(0, open) + middle + rest);
        if (out.length > MAX_GLOB_ALTERNATIVES) return undefined;
      }
    }
  }
  return out;
}

function tokenize(glob: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      const dirs = glob[i + 2] === '/';
      tokens.push(dirs ? { t: 'dirs' } : { t: 'globstar' });
      i += dirs ? 2 : 1;
      while (glob[i + 1] === '*') i++; // `***` is `**`
    } else if (c === '*') tokens.push({ t: 'star' });
    else if (c === '?') tokens.push({ t: 'one' });
    else tokens.push({ t: 'char', c });
  }
  return tokens;
}

/** Runs the glob's tokens as a state set over the text: O(text × tokens). */
function run(tokens: readonly Token[], text: string): boolean {
  const end = tokens.length;
  // A wildcard may match nothing: its state also stands at the next token.
  const close = (states: Set<number>) => {
    for (const i of states) {
      const tok = tokens[i];
      if (tok && tok.t !== 'char' && tok.t !== 'one') states.add(i + 1);
    }
    return states;
  };
  let states = close(new Set([0]));
  for (const c of text) {
    const next = new Set<number>();
    for (const i of states) {
      const tok = tokens[i];
      if (!tok) continue;
      if (tok.t === 'char') {
        if (tok.c === c) next.add(i + 1);
      } else if (tok.t === 'one') {
        if (c !== '/') next.add(i + 1);
      } else if (tok.t === 'star') {
        if (c !== '/') next.add(i);
      } else if (tok.t === 'globstar') next.add(i);
      else {
        // `**/`: any run of folders, so it goes on, and a `/` may also end it.
        next.add(i);
        if (c === '/') next.add(i + 1);
      }
    }
    if (next.size === 0) return false;
    states = close(next);
  }
  return states.has(end);
}
