import type { RegionConfig } from '../model/config.ts';
import type { Json } from '../model/json.ts';
import { findReferences, parseReference, type Reference } from '../model/reference.ts';
import { mapStrings } from '../model/walk.ts';

/**
 * Replaces `${…}` expressions in every string of `value`. `resolve` returns the replacement text
 * for a reference, or undefined to leave it for a later stage (object ids are known only when
 * applying). `$${…}` becomes a literal `${…}` once nothing else is left to resolve (`final`).
 */
export function interpolate<T extends Json>(
  value: T,
  resolve: (ref: Reference) => string | undefined,
  final: boolean,
): T {
  return mapStrings(value, (text) => interpolateText(text, resolve, final));
}

/** interpolate() on one string. */
export function interpolateText(
  text: string,
  resolve: (ref: Reference) => string | undefined,
  final: boolean,
): string {
  if (!text.includes('${')) return text;
  // Rebuilt piece by piece at each match's own position: a replacement is inserted as it is
  // (String.replace would read `$&` or `$$` in a value as patterns), and `$${x}` is never mistaken
  // for the `${x}` inside it.
  let out = '';
  let from = 0;
  for (const m of findReferences(text)) {
    let piece = m.text;
    if (m.escaped) {
      if (final) piece = m.text.slice(1);
    } else {
      const ref = parseReference(m.expression);
      const replacement = 'error' in ref ? undefined : resolve(ref); // errors are reported by validation
      if (replacement !== undefined) piece = replacement;
    }
    out += text.slice(from, m.index) + piece;
    from = m.index + m.text.length;
  }
  return out + text.slice(from);
}

/** A variable or `${region.…}` in one region; undefined for any other reference. */
export function regionReference(
  region: RegionConfig,
  role: 'active' | 'passive',
  ref: Reference,
): string | undefined {
  if (ref.type === 'var') return region.variables[ref.name];
  if (ref.type === 'region')
    return ref.field === 'name' ? region.name : ref.field === 'role' ? role : region.host;
  return undefined;
}
