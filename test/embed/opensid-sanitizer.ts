import { decodeHTML } from 'entities';

/**
 * What OpenSID's "dynamic widget" box was seen doing to pasted HTML, as rules:
 * 1. it URL-decodes the whole text until nothing changes (no `%` escape survives);
 * 2. it turns `&name` into a character whenever `name` is an HTML entity name, with or
 *    without the `;` (`&lang=` becomes "⟨=");
 * 3. it deletes everything from a `src="` to a later quoted value ending in `.js`;
 * 4. it drops `<script>` and tags it does not know (it keeps iframe, p, a, div).
 */
export function sanitizeLikeOpenSid(html: string): string {
  let text = html;
  for (;;) {
    const decoded = text.replace(/%[\dA-Fa-f]{2}/g, (escape) => {
      try {
        return decodeURIComponent(escape);
      } catch {
        return escape;
      }
    });
    if (decoded === text) break;
    text = decoded;
  }
  text = text.replace(/&([A-Za-z][A-Za-z\d]*);?/g, (whole, name: string) => {
    const decoded = decodeHTML(`&${name};`);
    return decoded === `&${name};` ? whole : decoded;
  });
  text = text.replace(/src="[\s\S]*?\.js"/g, '');
  text = text.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  return text.replace(/<\/?(?!(?:iframe|p|a|div)\b)[A-Za-z][^>]*>/g, '');
}

/** True when `&name` (the letters of a parameter name up to the first non-letter) is an HTML entity. */
export function isEntityName(parameter: string): boolean {
  const letters = /^[A-Za-z\d]+/.exec(parameter)?.[0] ?? '';
  return decodeHTML(`&${letters};`) !== `&${letters};`;
}
