// Firefox before 125 has no Intl.Segmenter: there a cut only keeps surrogate pairs whole.
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/**
 * The first `end` UTF-16 units of `text` or a little fewer, so that the cut falls between two
 * graphemes: never inside an emoji sequence (👨‍👩‍👧, a flag, a skin tone), nor between a letter
 * and its combining accent. A single grapheme longer than `end` (a hostile stack of thousands
 * of accents) is still cut, though never inside a surrogate pair.
 */
export function graphemePrefix(text: string, end: number): string {
  if (end >= text.length) return text;
  let boundary = 0;
  // Grapheme rules look backwards only, so the text up to the character at `end` (whole: a
  // lone half of a pair would end the grapheme before it) tells whether `end` is a boundary.
  const through = end + (/[\uD800-\uDBFF]/.test(text.charAt(end)) ? 2 : 1);
  if (segmenter) for (const { index } of segmenter.segment(text.slice(0, through))) boundary = index;
  if (boundary > 0) return text.slice(0, boundary);
  return text.slice(0, /[\uD800-\uDBFF]/.test(text.charAt(end - 1)) ? end - 1 : end);
}
