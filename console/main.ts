// Entry of the staff console bundle (dist/admin.js), loaded by the /admin shell page.
import './admin-app.js';

// The page has no stylesheet of its own (strict CSP, one script); the shell's header runs edge to edge.
const page = new CSSStyleSheet();
page.replaceSync('body { margin: 0; }');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
