/**
 * Glob matching for definition paths and object-name selectors: `**` crosses folders, `*` and `?`
 * stay within one, `{a,b}` picks alternatives. Pure, so the node and in-memory file sources share it.
 */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${globBody(glob)}$`);
}

/** The pattern of a glob; each `{a,b}` alternative is a glob itself (`{jobs/*.yml,*.yaml}`). */
function globBody(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map(globBody)
          .join('|')})`;
        i = end;
      }
    } else re += escapeRegExp(c);
  }
  return re;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
}

export function matchGlob(glob: string, text: string): boolean {
  return globToRegExp(glob).test(text);
}
