/**
 * Named character references that feed publishers actually send: the five of XML, the
 * Latin-1 block (`nbsp` … `yuml`) and the typographic ones (dashes, quotes, ellipsis,
 * bullets, primes, daggers, per mille, trade mark, euro, spaces and joiners, direction
 * marks, arrows), with their HTML code points. Greek letters and math symbols are left out:
 * names outside this set stay as written, which is also what a browser does with an
 * unknown name.
 *
 * One string, in code point order: `name:hex` gives a code point, a bare `name` is the one
 * after the previous name's (so the Latin-1 block is one run).
 */
const table =
  'quot:22 amp:26 apos lt:3c gt:3e ' +
  'nbsp:a0 iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml ' +
  'OElig:152 oelig Scaron:160 scaron Yuml:178 fnof:192 circ:2c6 tilde:2dc ' +
  'ensp:2002 emsp thinsp:2009 zwnj:200c zwj lrm rlm ndash:2013 mdash lsquo:2018 rsquo sbquo ldquo:201c rdquo bdquo dagger:2020 Dagger bull hellip:2026 permil:2030 prime:2032 Prime lsaquo:2039 rsaquo euro:20ac trade:2122 larr:2190 uarr rarr darr harr';

function buildTable(): Map<string, string> {
  const entities = new Map<string, string>();
  let codePoint = 0;
  for (const entry of table.split(' ')) {
    const [name = '', hex] = entry.split(':');
    codePoint = hex === undefined ? codePoint + 1 : parseInt(hex, 16);
    entities.set(name, String.fromCodePoint(codePoint));
  }
  return entities;
}

export const namedEntities: ReadonlyMap<string, string> = buildTable();
