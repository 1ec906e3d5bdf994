import { parseMarker } from '../core/plan/format-comment.ts';
import type { CommentsApi } from '../ports/github.ts';

/**
 * Keeps exactly one plan comment per pull request and config file: found by its hidden marker
 * (naming the config) and its author, across every page of comments; updated in place.
 */
export async function upsertComment(
  api: CommentsApi,
  pr: number,
  config: string,
  author: string,
  body: string,
): Promise<{ id: number; url: string }> {
  const existing = (await api.list(pr)).find(
    (c) => c.author === author && parseMarker(c.body)?.config === config,
  );
  const saved = existing ? await api.update(existing.id, body) : await api.create(pr, body);
  return { id: saved.id, url: saved.url };
}
