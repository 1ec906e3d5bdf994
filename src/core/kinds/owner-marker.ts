import { isObject, type JsonObject } from '../model/json.ts';

/** The tag key codeploy puts on every object it creates, where the kind has tags. */
export const OWNER_TAG = 'codeploy';

export interface OwnerMarker {
  /** Puts the marker on a spec. */
  mark(spec: JsonObject, owner: string): JsonObject;
  /** Reads the marker from a spec as the workspace returns it. */
  read(spec: JsonObject): string | undefined;
}

/**
 * The tag key on instance pools. A pool's tags propagate to every cluster on it, and a cluster may not
 * carry a tag key its pool has (Terraform docs/resources/instance_pool.md), so pools and the clusters,
 * jobs and pipelines that run on them must not share the key.
 */
export const POOL_OWNER_TAG = 'codeploy-pool';

/** Kinds whose tags are a map: `{custom_tags: {codeploy: "<project>/<kind>/<name>"}}`. */
export function mapTagMarker(field: string, key = OWNER_TAG): OwnerMarker {
  return {
    mark: (spec, owner) => ({
      ...spec,
      [field]: { ...(isObject(spec[field]) ? spec[field] : {}), [key]: owner },
    }),
    read: (spec) => {
      const tags = spec[field];
      return isObject(tags) && typeof tags[key] === 'string' ? tags[key] : undefined;
    },
  };
}

/** SQL warehouses keep tags as a list: `{tags: {custom_tags: [{key, value}]}}`. */
export const warehouseTagMarker: OwnerMarker = {
  mark(spec, owner) {
    const tags = isObject(spec.tags) ? spec.tags : {};
    const list = Array.isArray(tags.custom_tags)
      ? tags.custom_tags.filter((t) => !(isObject(t) && t.key === OWNER_TAG))
      : [];
    return { ...spec, tags: { ...tags, custom_tags: [...list, { key: OWNER_TAG, value: owner }] } };
  },
  read(spec) {
    const tags = isObject(spec.tags) ? spec.tags.custom_tags : undefined;
    const hit = Array.isArray(tags) ? tags.find((t) => isObject(t) && t.key === OWNER_TAG) : undefined;
    return isObject(hit) && typeof hit.value === 'string' ? hit.value : undefined;
  },
};
