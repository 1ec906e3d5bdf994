import { isObject, type JsonObject } from '../model/json.ts';

/** The tag key codeploy puts on every object it creates, where the kind has tags. */
export const OWNER_TAG = 'codeploy';

export interface OwnerMarker {
  /** Puts the marker on a spec. */
  mark(spec: JsonObject, owner: string): JsonObject;
  /** Reads the marker from a spec as the workspace returns it. */
  read(spec: JsonObject): string | undefined;
  /** The spec without the marker (`codeploy export`: a definition never writes it). */
  unmark(spec: JsonObject): JsonObject;
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
    unmark: (spec) => {
      const tags = spec[field];
      if (!isObject(tags) || !(key in tags)) return spec;
      const { [key]: _marker, ...rest } = tags;
      const { [field]: _tags, ...others } = spec;
      return Object.keys(rest).length > 0 ? { ...others, [field]: rest } : others;
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
  unmark(spec) {
    const tags = isObject(spec.tags) ? spec.tags : undefined;
    if (!tags || !Array.isArray(tags.custom_tags)) return spec;
    const list = tags.custom_tags.filter((t) => !(isObject(t) && t.key === OWNER_TAG));
    const { custom_tags: _all, ...otherTags } = tags;
    const kept = list.length > 0 ? { ...otherTags, custom_tags: list } : otherTags;
    const { tags: _tags, ...others } = spec;
    return Object.keys(kept).length > 0 ? { ...others, tags: kept } : others;
  },
  read(spec) {
    const tags = isObject(spec.tags) ? spec.tags.custom_tags : undefined;
    const hit = Array.isArray(tags) ? tags.find((t) => isObject(t) && t.key === OWNER_TAG) : undefined;
    return isObject(hit) && typeof hit.value === 'string' ? hit.value : undefined;
  },
};
