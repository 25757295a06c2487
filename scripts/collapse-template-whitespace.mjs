// A Vite plugin both builds use (vite.config.ts for the widgets, console/vite.config.ts for the
// staff console). The minifier keeps template literals verbatim, so Lit's html`` and css``
// templates still carry their source indentation. Newline + indentation is never significant in
// them (HTML and CSS collapse it), and minified code has no other newlines, so collapse it to
// `joiner`: the widgets use one space (it gzips better than a newline among spaces; no widget
// template puts it inside a white-space: pre element), the console a newline.
//
// With `besideBlocks`, the widgets' build drops that whitespace altogether where a block's tag
// stands right beside it (`</div>⏎  <p>`, `<li>⏎  ${…}`): a block's start or end begins or ends a
// line, and HTML draws no space there, so the card looks the same and its text reads the same.
// Between inline tags and expressions (`</strong>⏎<span>`) it stays one space, as it may draw one.

/**
 * Tags that are blocks in every widget (no widget style makes one inline); `.skeleton`, a
 * display: contents div, sits in a flex card, where whitespace between children draws nothing.
 */
const BLOCK_TAGS = new Set(
  'article details dd dialog div dl dt fieldset figcaption figure footer form h2 h3 h4 header legend li ol p section summary ul'.split(
    ' ',
  ),
);

/** The tag that ends just before `i` (`<p class="x">` or `</p>`); none when an attribute holds an expression with < or >. */
const tagBefore = (code, i) => /<\/?([a-z][\w-]*)(?:\s[^<>]*)?>$/.exec(code.slice(Math.max(0, i - 400), i))?.[1];
const tagAfter = (code, i) => /^<\/?([a-z][\w-]*)/.exec(code.slice(i, i + 40))?.[1];

/** @param {string} [joiner] @param {{ besideBlocks?: boolean }} [options] @returns {import('vite').Plugin} */
export function collapseTemplateWhitespace(joiner = '\n', { besideBlocks = false } = {}) {
  return {
    name: 'gongyi-collapse-template-whitespace',
    renderChunk(code) {
      const collapsed = code.replace(/\n\s+/g, (ws, i) =>
        besideBlocks && (BLOCK_TAGS.has(tagBefore(code, i)) || BLOCK_TAGS.has(tagAfter(code, i + ws.length)))
          ? ''
          : joiner,
      );
      return { code: collapsed, map: null };
    },
  };
}
