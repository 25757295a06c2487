// The documentation site (/docs/, /docs/en/), rendered at build time from custom-elements.json so
// the manifest stays the one source of what an element has: an index and a page per element with a
// live example on the demo data, the embed snippets, and the attributes, parts, custom properties
// and events. Static HTML, no inline script or style: it runs under the strict CSP of dist/_headers.
// The manifest's descriptions are English (the JSDoc); the zh-Hans pages show them translated.
import { DEFAULTS_ZH, DESCRIPTIONS_ZH } from './docs-site.zh-Hans.mjs';
import { PUBLIC_TAGS } from './public-elements.mjs';

/** The demo object each element's live example shows, and the share page its link opens. */
export const DOCS_EXAMPLES = {
  'gongyi-project': { kind: 'project', id: 'guanheng-elder-centre', projectId: 'guanheng-elder-centre' },
  'gongyi-progress': { kind: 'progress', id: 'gaoping-lunch', projectId: 'gaoping-lunch' },
  'gongyi-lunch': { kind: 'lunch', id: 'gaoping' },
  'gongyi-column': { kind: 'column', id: 'yiyang-mzj' },
  'gongyi-wishes': { kind: 'wishes', id: 'taizhou-hailing' },
  'gongyi-stats': { kind: 'stats', id: 'fengxian-mzj' },
};

/** Snippets name a placeholder host: the reader replaces it with their Gongyi service's address. */
export const DOCS_ORIGIN = 'https://gongyi.example.cn';

const TEXT = {
  'zh-Hans': {
    prefix: '/docs/',
    other: { lang: 'en', label: 'English', prefix: '/docs/en/' },
    site: 'Gongyi 公益组件文档',
    intro: '一行脚本即可嵌入的公益组件。每个组件的属性、CSS 部件、CSS 自定义属性和事件均由 custom-elements.json 生成。',
    elements: '组件',
    api: 'API 参考',
    manifest: 'custom-elements.json',
    demo: '演示页面',
    live: '实时示例',
    embed: '嵌入代码',
    host: `把 ${DOCS_ORIGIN} 换成您的 Gongyi 服务地址。`,
    snippets: {
      script: '脚本 + 元素（推荐）',
      iframe: 'iframe（不允许脚本的 CMS）',
      link: '链接',
      image: '实时图片（脚本和 iframe 都不允许时）',
      npm: 'npm 包（React、Vue 等自带构建的应用）',
    },
    attributes: '属性',
    parts: 'CSS 部件（::part）',
    cssProperties: 'CSS 自定义属性',
    events: '事件',
    name: '名称',
    type: '类型',
    default: '默认值',
    description: '说明',
    none: '无',
    nav: '文档导航',
    describe: (s) => DESCRIPTIONS_ZH[s] ?? s,
    byDefault: (s) => DEFAULTS_ZH[s] ?? s,
    summary: {
      'gongyi-project': '项目卡片：封面、进展时间线、来源链接和募捐进度。',
      'gongyi-progress': '募捐进度：目标、已筹、进度条、捐赠人次、资金去向和认捐表单。',
      'gongyi-lunch': '免费午餐学校：供餐保障到哪天、餐费、每日公示和资助表单。',
      'gongyi-column': '慈善专栏：机构的数据和项目卡片，可筛选、分页，在页面内打开项目。',
      'gongyi-wishes': '微心愿墙：按状态和类别筛选心愿，在线认领。',
      'gongyi-stats': '机构数据：人工填报和实时统计的关键数字。',
    },
  },
  en: {
    prefix: '/docs/en/',
    other: { lang: 'zh-Hans', label: '简体中文', prefix: '/docs/' },
    site: 'Gongyi widget documentation',
    intro:
      'Public-welfare widgets you embed with one script tag. Each element’s attributes, CSS parts, custom properties and events are generated from custom-elements.json.',
    elements: 'Elements',
    api: 'API reference',
    manifest: 'custom-elements.json',
    demo: 'Demo pages',
    live: 'Live example',
    embed: 'Embed code',
    host: `Replace ${DOCS_ORIGIN} with the address of your Gongyi service.`,
    snippets: {
      script: 'Script + element (best)',
      iframe: 'iframe (CMSs that strip scripts)',
      link: 'Link',
      image: 'Live image (where neither scripts nor iframes run)',
      npm: 'npm package (React, Vue and other bundled apps)',
    },
    attributes: 'Attributes',
    parts: 'CSS parts (::part)',
    cssProperties: 'CSS custom properties',
    events: 'Events',
    name: 'Name',
    type: 'Type',
    default: 'Default',
    description: 'Description',
    none: 'None',
    nav: 'Documentation',
    describe: (s) => s,
    byDefault: (s) => s,
    summary: {
      'gongyi-project': 'A project card: cover, progress-update timeline, source links and the fundraising progress.',
      'gongyi-progress': 'Fundraising progress: goal, raised, bar, donors, where the money went and a pledge form.',
      'gongyi-lunch': 'A free-lunch school: funded through which day, meal costs, daily reports and a sponsor form.',
      'gongyi-column':
        'A charity column: an organisation’s figures and project cards, filtered and paged, projects opened in place.',
      'gongyi-wishes': 'A micro-wish board: wishes by status and category, claimed online.',
      'gongyi-stats': 'An organisation’s headline figures, staff-entered and live.',
    },
  },
};

const esc = (s) =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
const code = (s) => `<code>${esc(s)}</code>`;
/** Prose from the JSDoc: escaped, its Markdown `code` spans as <code> (a reader should never see a backtick). */
const prose = (s) => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');

function table(id, caption, cols, rows, t) {
  if (!rows.length)
    return `<section aria-labelledby="${id}"><h2 id="${id}">${esc(caption)}</h2><p>${t.none}</p></section>`;
  return `<section aria-labelledby="${id}"><h2 id="${id}">${esc(caption)}</h2>
<table class="${id}"><thead><tr>${cols.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n')}</tbody></table></section>`;
}

function page({ lang, t, title, path, body }) {
  const other = path.replace(t.prefix, t.other.prefix);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/docs/docs.css">
<link rel="alternate" hreflang="${t.other.lang}" href="${other}">
<script type="module" src="/embed.js"></script>
</head>
<body>
<header class="top"><a class="home" href="${t.prefix}">${esc(t.site)}</a>
<nav aria-label="${esc(t.nav)}"><a href="/api/docs">${esc(t.api)}</a> <a href="/custom-elements.json">${esc(t.manifest)}</a> <a href="/">${esc(t.demo)}</a> <a href="${other}" lang="${t.other.lang}" hreflang="${t.other.lang}">${esc(t.other.label)}</a></nav></header>
<main>
${body}
</main>
</body>
</html>
`;
}

/** The npm package's way in: install, import the one element, and its JSX / Vue template form. */
function npmSnippet(d, attr) {
  const event = d.events.find((e) => !['gongyi-load', 'gongyi-error'].includes(e.name))?.name ?? 'gongyi-load';
  return `npm install @gongyi/widgets

import '@gongyi/widgets/${d.tagName}.js';

// React 19 — /// <reference types="@gongyi/widgets/react" />
<${d.tagName} ${attr} on${event}={(e) => console.log(e.detail)} />

// Vue 3 — /// <reference types="@gongyi/widgets/vue" />
<${d.tagName} ${attr} @${event}="(e) => console.log(e.detail)" />`;
}

function elementPage(d, lang, t, embedCode) {
  const ex = DOCS_EXAMPLES[d.tagName];
  const attrName = { project: 'project', progress: 'campaign', lunch: 'school' }[ex.kind] ?? 'org';
  const snippets = {
    ...embedCode({
      origin: DOCS_ORIGIN,
      kind: ex.kind,
      id: ex.id,
      title: t.summary[d.tagName],
      lang: lang === 'en' ? 'en' : undefined,
      projectId: ex.projectId,
    }),
    npm: npmSnippet(d, `${attrName}="${ex.id}"`),
  };
  const rows = (list, f) => list.map(f);
  const body = `<h1>${code(`<${d.tagName}>`)}</h1>
<p class="summary">${esc(t.summary[d.tagName])}</p>
<section aria-labelledby="live"><h2 id="live">${esc(t.live)}</h2>
<div class="live"><${d.tagName} ${attrName}="${esc(ex.id)}" lang="${lang}"></${d.tagName}></div></section>
<section aria-labelledby="embed"><h2 id="embed">${esc(t.embed)}</h2><p>${esc(t.host)}</p>
${Object.entries(snippets)
  .map(
    ([k, v]) =>
      `<figure class="snippet" data-snippet="${k}"><figcaption>${esc(t.snippets[k])}</figcaption><pre><code>${esc(v)}</code></pre></figure>`,
  )
  .join('\n')}</section>
${table(
  'attributes',
  t.attributes,
  [t.name, t.type, t.default, t.description],
  rows(d.attributes, (a) => [
    code(a.name),
    a.type ? code(a.type.text) : '',
    a.default ? code(t.byDefault(a.default)) : '',
    prose(t.describe(a.description)),
  ]),
  t,
)}
${table(
  'parts',
  t.parts,
  [t.name, t.description],
  rows(d.cssParts, (p) => [code(p.name), prose(t.describe(p.description))]),
  t,
)}
${table(
  'css-properties',
  t.cssProperties,
  [t.name, t.default, t.description],
  rows(d.cssProperties, (p) => [code(p.name), p.default ? code(p.default) : '', prose(t.describe(p.description))]),
  t,
)}
${table(
  'events',
  t.events,
  [t.name, t.type, t.description],
  rows(d.events, (e) => [code(e.name), e.type ? code(e.type.text) : '', prose(t.describe(e.description))]),
  t,
)}`;
  return page({ lang, t, title: `<${d.tagName}> · ${t.site}`, path: `${t.prefix}${d.tagName}`, body });
}

function indexPage(decls, lang, t) {
  const body = `<h1>${esc(t.site)}</h1>
<p>${esc(t.intro)}</p>
<section aria-labelledby="elements"><h2 id="elements">${esc(t.elements)}</h2>
<ul class="elements">${decls.map((d) => `<li><a href="${t.prefix}${d.tagName}">${code(`<${d.tagName}>`)}</a> ${esc(t.summary[d.tagName])}</li>`).join('\n')}</ul></section>
<p><a href="/api/docs">${esc(t.api)}</a> · <a href="/custom-elements.json">${esc(t.manifest)}</a></p>`;
  return page({ lang, t, title: t.site, path: t.prefix, body });
}

/**
 * Files (path under dist/ → HTML) of the site. `embedCode` is worker/embedding/embed-code.ts's, so the
 * snippets are the same as the staff console's.
 */
export function renderDocs(manifest, embedCode) {
  // A page per public element (widgets/src/public-elements.ts): one without its manifest entry, demo
  // object or summary fails the build here rather than leaving the site without it.
  const decls = manifest.modules.flatMap((m) => m.declarations).filter((d) => PUBLIC_TAGS.includes(d.tagName));
  for (const tag of PUBLIC_TAGS) {
    if (!decls.some((d) => d.tagName === tag))
      throw new Error(`docs: <${tag}> is not in custom-elements.json (its class needs a JSDoc @tag)`);
    if (!DOCS_EXAMPLES[tag])
      throw new Error(`docs: <${tag}> has no demo object in DOCS_EXAMPLES (scripts/docs-site.mjs)`);
    for (const t of Object.values(TEXT))
      if (!t.summary[tag]) throw new Error(`docs: <${tag}> has no summary in ${t.prefix} (scripts/docs-site.mjs)`);
  }
  const files = {};
  for (const [lang, t] of Object.entries(TEXT)) {
    const dir = t.prefix.slice(1);
    files[`${dir}index.html`] = indexPage(decls, lang, t);
    for (const d of decls) files[`${dir}${d.tagName}.html`] = elementPage(d, lang, t, embedCode);
  }
  return files;
}
