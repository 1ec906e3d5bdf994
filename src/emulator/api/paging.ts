import type { JsonObject } from '../../core/model/json.ts';

/**
 * One page of a list answer, in the shape the newer APIs share (the SDK's List*Request and
 * List*Response): `page_token` is where the page starts, `next_page_token` is there while items
 * remain. `sizeParam` is the request's page size (`page_size`, or UC's `max_results`), at most 1,000.
 */
export function pageOf(
  items: readonly JsonObject[],
  key: string,
  query: URLSearchParams,
  sizeParam: 'page_size' | 'max_results',
  defaultSize: number,
): JsonObject {
  const size = Math.max(1, Math.min(Number(query.get(sizeParam) ?? defaultSize) || defaultSize, 1000));
  const from = Number(query.get('page_token') ?? 0) || 0;
  const next = from + size < items.length ? String(from + size) : undefined;
  return { [key]: items.slice(from, from + size), ...(next ? { next_page_token: next } : {}) };
}
