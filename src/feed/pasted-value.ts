// White space, zero-width characters, and the quotes a rich-text editor (WordPress, Blogger)
// turns an attribute's own quotes into: src=“/feed.json” is read as the value “/feed.json”.
const stray = /[\s"'\u2018\u2019\u201C\u201D\u201E\u200B-\u200D\u2060]/;

/** An id or URL attribute as an editor pasted it, without what cannot belong to it at either end; '' for none. */
export function pastedValue(value: string | null | undefined): string {
  if (!value) return '';
  // Index loops, not one pattern: /[…]+$/ retries from each character of a long inner run, and
  // a lookbehind would keep the script-tag bundle from running on Safari before 16.4.
  let start = 0;
  let end = value.length;
  while (start < end && stray.test(value.charAt(start))) start += 1;
  while (end > start && stray.test(value.charAt(end - 1))) end -= 1;
  return value.slice(start, end);
}

/**
 * What `find` gives for an id or URL attribute as written (trimmed) or, when that finds
 * nothing, as the editor meant it (see `pastedValue`): a feed's own ids may begin or end
 * with a quote, and those must still be found.
 */
export function findPasted<T>(written: string, find: (key: string) => T | undefined): T | undefined {
  const meant = pastedValue(written);
  return find(written.trim()) ?? (meant !== written.trim() ? find(meant) : undefined);
}
