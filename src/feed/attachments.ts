import { child, quote } from './errors.js';
import { htmlToText, MAX_LENGTH, shownText } from './html-text.js';
import { isObject, type FieldReader, type JsonObject } from './read.js';
import type { Image } from './types.js';

/**
 * Checks an item's `attachments` as JSON Feed defines them (each an object with `url` and
 * `mime_type`; `title`, `size_in_bytes` and `duration_in_seconds` optional) and returns the
 * first picture among them, for an item that has no other: what Mastodon bridges
 * (RSS-Bridge) and photo posts send.
 */
export function readAttachments(reader: FieldReader, item: JsonObject, path: string): Image | undefined {
  const listPath = child(path, 'attachments');
  let image: Image | undefined;
  reader.array(item, 'attachments', path).forEach((attachment, index) => {
    const at = child(listPath, index);
    if (!isObject(attachment)) {
      reader.warnings.add('wrong-type', at, `expected an attachment object ({"url": …, "mime_type": …}), got ${quote(attachment)}; it was ignored`);
      return;
    }
    const url = reader.url(attachment, 'url', at);
    const mimeType = reader.string(attachment, 'mime_type', at);
    if (attachment.url == null) reader.warnings.add('missing-field', at, 'an attachment needs a "url" (JSON Feed requires it); it was ignored');
    if (mimeType === undefined && attachment.mime_type == null) {
      reader.warnings.add('missing-field', at, 'an attachment needs a "mime_type", e.g. "audio/mpeg" or "image/jpeg" (JSON Feed requires it)');
    }
    for (const key of ['size_in_bytes', 'duration_in_seconds']) {
      const value = attachment[key];
      if (value != null && !(typeof value === 'number' && value >= 0)) reader.warnings.add('wrong-type', child(at, key), `expected a number of zero or more, got ${quote(value)}; it was ignored`);
    }
    // MIME types are case-insensitive ("IMAGE/PNG").
    if (image === undefined && url !== undefined && mimeType?.toLowerCase().startsWith('image/') === true) {
      image = { url, alt: shownText(htmlToText(reader.string(attachment, 'title', at) ?? '', { plain: true }), MAX_LENGTH.alt) };
    }
  });
  return image;
}
