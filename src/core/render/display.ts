import { kindRules } from '../kinds/index.ts';
import type { RenderedRegion } from '../model/definition.ts';
import type { JsonObject } from '../model/json.ts';
import { redactSpec } from '../plan/redact.ts';

/**
 * A rendered region as people and other tools see it (`codeploy render`, the action's `export`):
 * `{region, role, objects: [{kind, name, passive, spec, permissions, …}]}`, sensitive values redacted.
 */
export function displayRegion(region: RenderedRegion): JsonObject {
  return {
    region: region.region,
    role: region.role,
    objects: region.objects.map((o) => ({
      kind: o.kind,
      name: o.name,
      passive: o.passive,
      spec: redactSpec(o.spec, {
        pointers: o.sensitive,
        patterns: kindRules(o.kind).fieldRules.sensitive,
      }) as JsonObject,
      permissions: (o.permissions ?? []) as unknown as JsonObject[],
      ...(o.lifecycle ? { lifecycle: o.lifecycle } : {}),
      ...(o.content_sha256 ? { content_sha256: o.content_sha256 } : {}),
    })),
  };
}
