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
  return mapStrings(value, (text) => {
    if (!text.includes('${')) return text;
    let out = text;
    for (const m of findReferences(text)) {
      if (m.escaped) {
        if (final) out = out.replace(m.text, m.text.slice(1));
        continue;
      }
      const ref = parseReference(m.expression);
      if ('error' in ref) continue; // reported by validation
      const replacement = resolve(ref);
      if (replacement !== undefined) out = out.replace(m.text, replacement);
    }
    return out;
  });
}

/** The resolver for variables and `${region.…}` of one region. */
export function regionResolver(region: RegionConfig, role: 'active' | 'passive') {
  return (ref: Reference): string | undefined => {
    if (ref.type === 'var') return region.variables[ref.name];
    if (ref.type === 'region')
      return ref.field === 'name' ? region.name : ref.field === 'role' ? role : region.host;
    return undefined;
  };
}
