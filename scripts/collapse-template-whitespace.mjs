// A Vite plugin both builds use (vite.config.ts for the widgets, console/vite.config.ts for the
// staff console). The minifier keeps template literals verbatim, so Lit's html`` and css``
// templates still carry their source indentation. Newline + indentation is never significant in
// them (HTML and CSS collapse it), and minified code has no other newlines, so collapse it to
// `joiner`: the widgets use one space (it gzips better than a newline among spaces; no widget
// template puts it inside a white-space: pre element), the console a newline.

/** @param {string} [joiner] @returns {import('vite').Plugin} */
export function collapseTemplateWhitespace(joiner = '\n') {
  return {
    name: 'gongyi-collapse-template-whitespace',
    renderChunk(code) {
      return { code: code.replace(/\n\s+/g, joiner), map: null };
    },
  };
}
