import type { RenderedObject } from '../model/definition.ts';
import { findReferences, parseReference } from '../model/reference.ts';
import { forEachString } from '../model/walk.ts';

/**
 * Keys of the objects a rendered object references: those whose id is still to resolve
 * (`${clusters.x.id}` → `cluster/x`), and those whose name or path rendering already put in.
 */
export function dependenciesOf(obj: RenderedObject): string[] {
  // Rendering noted them all on its pass over the strings.
  if (obj.references) return obj.references;
  const deps = new Set<string>();
  forEachString(obj.spec, (text) => {
    for (const m of findReferences(text)) {
      if (m.escaped) continue;
      const ref = parseReference(m.expression);
      if (!('error' in ref) && ref.type === 'object') deps.add(ref.key);
    }
  });
  return [...deps].sort();
}
