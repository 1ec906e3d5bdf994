/** `text` as a regular expression that matches it literally: every pattern built from user text. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
