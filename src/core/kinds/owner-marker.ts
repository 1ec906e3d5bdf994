import { isObject, type JsonObject } from '../model/json.ts';

/** The tag key codeploy puts on every object it creates, where the kind has tags. */
export const OWNER_TAG = 'codeploy';

export interface OwnerMarker {
  /** Puts the marker on a spec. */
  mark(spec: JsonObject, owner: string): JsonObject;
  /** Reads the marker from a spec as the workspace returns it. */
  read(spec: JsonObject): string | undefined;
}

/** Kinds whose tags are a map: `{custom_tags: {codeploy: "<project>/<kind>/<name>"}}`. */
export function mapTagMarker(field: string): OwnerMarker {
  return {
    mark: (spec, owner) => ({
      ...spec,
      [field]: { ...(isObject(spec[field]) ? spec[field] : {}), [OWNER_TAG]: owner },
    }),
    read: (spec) => {
      const tags = spec[field];
      return isObject(tags) && typeof tags[OWNER_TAG] === 'string' ? tags[OWNER_TAG] : undefined;
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
