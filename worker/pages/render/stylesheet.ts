// The stylesheet of the server-rendered pages. External and same-origin because the pages' CSP is
// `style-src 'self'` (no inline styles), served with a content hash in its URL so it can be cached
// for a year. Its colours are the widgets' default palette (widgets/src/lib/base.styles.ts) under
// private names: a --gongyi-* property set here would leak into the live elements' shadow roots.
// Progress bars cannot set a width inline, so the fill widths are classes w-0…w-100; what matching
// funds added is a second fill in its own colour (--p-matched, 3:1 against the bar's track).
// Elder mode (html[data-elder]) meets the MIIT elder-friendly numbers like the widgets: text at
// least 24 px with line spacing at least 1.3, links and buttons at least 60 × 60 px.
// Printed (the disclosure report is made for it): A4, black on white, the table's head on every page.
const widths = Array.from({ length: 101 }, (_, i) => `.w-${i}{width:${i}%}`).join('');

export const PAGE_CSS = `
:root{--p-accent:#b3202c;--p-on-accent:#fff;--p-text:#1d2127;--p-muted:#555e69;--p-bg:#fff;--p-surface:#f1f3f5;
--p-border:#d3d8de;--p-matched:#8a6100;--p-radius:12px;color-scheme:light}
html[data-theme=dark]{--p-accent:#ff8f8f;--p-on-accent:#1a1111;--p-text:#eceff3;--p-muted:#b4bcc6;--p-bg:#15181d;--p-surface:#232831;
--p-border:#485160;--p-matched:#e3b341;color-scheme:dark}
@media (prefers-color-scheme:dark){html[data-theme=auto]{--p-accent:#ff8f8f;--p-on-accent:#1a1111;--p-text:#eceff3;--p-muted:#b4bcc6;
--p-bg:#15181d;--p-surface:#232831;--p-border:#485160;--p-matched:#e3b341;color-scheme:dark}}
html[data-elder]{font-size:150%;--p-muted:var(--p-text)}
*{box-sizing:border-box}
body{margin:0;background:var(--p-bg);color:var(--p-text);
font:1rem/1.6 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
html[data-gongyi-frame] body{background:transparent}
main{padding:1rem;max-width:60rem;margin:0 auto}
html[data-gongyi-frame] main{padding:.5rem;max-width:none}
h1{font-size:1.4rem;line-height:1.3;margin:0 0 .5rem}
h1,h2,h3{text-wrap:balance}
p,li,dd{text-wrap:pretty}
h2{font-size:1.15rem;line-height:1.3;margin:1.25rem 0 .5rem}
h3,.h3{font-size:1rem;line-height:1.4;margin:0 0 .25rem}
p{margin:0 0 .5rem}
a{color:var(--p-accent)}
img{max-width:100%;height:auto}
.reports img{display:block;width:8rem;border-radius:var(--p-radius)}
.muted{color:var(--p-muted)}
.card{background:var(--p-surface);border:1px solid var(--p-border);border-radius:var(--p-radius);padding:1rem;margin:0 0 1rem}
.card>h2:first-child{margin-top:0}
.cover{display:block;width:100%;max-height:18rem;object-fit:cover;border-radius:var(--p-radius);margin:0 0 .75rem}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.5rem 1rem;margin:.5rem 0 1rem}
.facts div{min-width:0}
.facts dt{color:var(--p-muted);font-size:.875rem}
.facts dd{margin:0;font-weight:600;overflow-wrap:anywhere}
.big{font-size:1.75rem;font-weight:700;line-height:1.2}
.bar{display:flex;height:.75rem;background:var(--p-border);border-radius:999px;overflow:hidden;margin:.5rem 0}
.fill{display:block;height:100%;background:var(--p-accent)}
.fill.matched{background:var(--p-matched);border-left:2px solid var(--p-surface)}
.matching strong{font-weight:600}
.matching .logo{width:1.25em;height:1.25em;object-fit:contain;vertical-align:middle;margin-right:.25em}
${widths}
.list{list-style:none;padding:0;margin:0 0 1rem}
.list>li{border-top:1px solid var(--p-border);padding:.5rem 0}
.list>li:first-child{border-top:0}
.row{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem}
.timeline{padding-left:1.25rem;margin:0 0 1rem}
.timeline li{margin:0 0 .5rem}
.badge{display:inline-block;border:1px solid var(--p-border);border-radius:999px;padding:0 .5rem;font-size:.875rem}
.cards{list-style:none;padding:0;margin:0 0 1rem;display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem}
.cards>li{background:var(--p-surface);border:1px solid var(--p-border);border-radius:var(--p-radius);padding:.75rem}
.figures{list-style:none;padding:0;margin:0 0 1rem;display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.75rem}
.figures li{background:var(--p-surface);border:1px solid var(--p-border);border-radius:var(--p-radius);padding:.75rem}
.figures .num{display:block;font-size:1.5rem;font-weight:700;line-height:1.2}
.action{display:inline-block;background:var(--p-accent);color:var(--p-on-accent);border-radius:var(--p-radius);
padding:.5rem 1rem;text-decoration:none;font-weight:600}
.action:focus-visible,a:focus-visible{outline:3px solid var(--p-text);outline-offset:2px}
.noscript-note{font-size:.875rem;color:var(--p-muted)}
.recipient{font-size:.875rem;color:var(--p-muted);overflow-wrap:anywhere}
.no-gifts{font-weight:600}
.ref{font:700 1.1em/1.5 ui-monospace,monospace;letter-spacing:.05em;white-space:nowrap}
.instructions{white-space:pre-line;overflow-wrap:anywhere}
.pay-qr{display:block;width:12rem;max-width:100%;margin:0 0 .5rem}
.masthead{background:var(--p-accent);color:var(--p-on-accent);padding:0 1rem}
.masthead-in,.site-footer p,.share{max-width:46rem;margin:0 auto}
.masthead-in{padding:.75rem 0;display:flex;align-items:center;gap:.75rem}
.masthead p{margin:0;display:flex;flex-direction:column;line-height:1.3;min-width:0}
.org-name{font-size:1.05rem}
.brand-line{font-size:.875rem}
.mark{flex:none;width:2.5rem;height:2.5rem;border-radius:50%;background:var(--p-on-accent);color:var(--p-accent);display:grid;place-items:center;
font-weight:700;font-size:1.25rem;object-fit:contain}
.kind{margin-left:auto;flex:none;border:1px solid currentColor;border-radius:999px;padding:0 .6rem;font-size:.875rem}
.kicker{color:var(--p-accent);font-weight:600;font-size:.875rem;margin:0 0 .25rem}
.about{color:var(--p-muted)}
.hero{max-height:18rem;margin:.75rem 0}
.lede{font-size:1.1rem}
.site-footer{border-top:1px solid var(--p-border);color:var(--p-muted);font-size:.875rem;margin-top:2rem;padding:0 1rem}
.site-footer p{padding:1rem 0}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.report-wrap{overflow-x:auto;margin:0 0 1rem}
.report{border-collapse:collapse;width:100%;font-size:.875rem}
.report caption{text-align:left;font-weight:600;padding:0 0 .25rem}
.report :is(th,td){border:1px solid var(--p-border);padding:.25rem .4rem;vertical-align:top;text-align:left}
.report thead th{background:var(--p-surface)}
.report .num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.report .sub{display:block;color:var(--p-muted);font-weight:400}
.report tfoot{font-weight:700}
.overdue{color:var(--p-accent);font-weight:700}
.notes{font-size:.875rem;color:var(--p-muted);padding-left:1.25rem}
html[data-elder] :is(.facts dt,.badge,.noscript-note,.recipient,.report,.notes,.brand-line,.kind,.kicker,.site-footer){font-size:1rem}
html[data-elder] :is(h1,h2,h3,.h3,.big,.figures .num,p,li,dt,dd,span,a,time,strong,th,td,caption){line-height:1.4}
html[data-elder] :is(a[href],button){display:inline-flex;align-items:center;min-height:60px;min-width:60px}
@page{size:A4;margin:14mm 12mm}
@media print{
:root,html[data-theme]{--p-accent:#8f1822;--p-text:#000;--p-muted:#333;--p-bg:#fff;--p-surface:#f1f3f5;--p-border:#888;--p-matched:#8a6100;color-scheme:light}
body{font-size:10pt}
main{max-width:none;padding:0}
.report-wrap{overflow:visible}
.report{font-size:8.5pt}
.report thead{display:table-header-group}
.report tr{break-inside:avoid}
a{color:inherit;text-decoration:none}
}
.gongyi-icp{margin:2em auto 1em;text-align:center;font-size:.85em;opacity:.8}
.gongyi-icp a{color:inherit}
`;

/** FNV-1a of the stylesheet: a new URL whenever the CSS changes, so the long cache never goes stale. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export const PAGE_CSS_PATH = '/embed/page.css';
export const PAGE_CSS_URL = `${PAGE_CSS_PATH}?v=${fnv1a(PAGE_CSS)}`;
