// /api/openapi.json (generated from the zod route schemas) and /api/docs, a server-rendered,
// dependency-free view of the same document: works offline and with JavaScript off.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from '../env';
import { pageSecurity } from '../middleware/page-security';
import { TITLES } from '../lib/problem';

const CONFIG = {
  openapi: '3.1.0',
  info: {
    title: 'Gongyi API',
    version: '1.0.0',
    description:
      'Public-welfare widgets API. Money is integer minor units with `currency`; errors are RFC 9457 problem+json with a stable `code`.',
  },
  servers: [{ url: '/' }],
};

/** The page's stylesheet, served beside it: the page's CSP (style-src 'self') allows no inline style. */
// Long paths and JSON break anywhere rather than widen the page on a phone.
const DOCS_CSS = `body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}
details{border:1px solid #ddd;border-radius:6px;margin:.4rem 0;padding:.4rem .8rem}summary{cursor:pointer}
pre{background:#f6f6f6;padding:.6rem;font-size:13px;white-space:pre-wrap;overflow-wrap:anywhere}code{font-size:13px;overflow-wrap:anywhere}
.lock{font-size:11px;font-weight:700;border:1px solid currentColor;border-radius:3px;padding:0 .3em;color:#a60;white-space:nowrap}
.m{display:inline-block;min-width:4.5em;font-weight:700}.get{color:#06c}.post{color:#080}.patch{color:#a60}.delete{color:#c00}.put{color:#708}
@media (prefers-color-scheme:dark){body{background:#111;color:#ddd}pre{background:#222}details{border-color:#444}}
`;

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
/** The schemas' prose: escaped, its Markdown `code` spans as <code> (a reader should never see a backtick). */
const prose = (s: unknown) => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');
/** Marks an admin call (a bearer token); a word, not an emoji that many fonts lack. */
const LOCK = '<span class="lock" title="Authorization: Bearer TOKEN">admin</span>';

type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
};

function renderOperation(method: string, path: string, op: Operation): string {
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<li><code>${esc(p.name)}</code> <small>(${esc(p.in)}${p.required ? ', required' : ''})</small> <code>${esc(JSON.stringify(p.schema))}</code></li>`,
    )
    .join('');
  const body = op.requestBody?.content?.['application/json']?.schema;
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => {
      const [type, media] = Object.entries(r.content ?? {})[0] ?? [];
      return `<li><b>${esc(status)}</b> ${prose(r.description)}${type ? ` <small>${esc(type)}</small> <code>${esc(JSON.stringify(media?.schema))}</code>` : ''}</li>`;
    })
    .join('');
  return `<details id="${esc(`${method}-${path}`)}"><summary><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code> — ${prose(op.summary)}${op.security ? ` ${LOCK}` : ''}</summary>
${op.description ? `<p>${prose(op.description)}</p>` : ''}${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ''}
${body ? `<h4>Body</h4><pre>${esc(JSON.stringify(body, null, 2))}</pre>` : ''}<h4>Responses</h4><ul>${responses}</ul></details>`;
}

function renderDocs(doc: {
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
}): string {
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      const tag = op.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), renderOperation(method, path, op)]);
    }
  }
  const sections = [...byTag]
    .map(([tag, ops]) => `<section><h2>${esc(tag)}</h2>${ops.join('\n')}</section>`)
    .join('\n');
  const schemas = Object.entries(doc.components?.schemas ?? {})
    .map(
      ([name, s]) =>
        `<details id="schema-${esc(name)}"><summary><code>${esc(name)}</code></summary><pre>${esc(JSON.stringify(s, null, 2))}</pre></details>`,
    )
    .join('\n');
  const problems = Object.entries(TITLES)
    .map(([code, title]) => `<li id="problem-${esc(code)}"><code>${esc(code)}</code> — ${esc(title)}</li>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Gongyi API</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/api/docs.css"></head>
<body><h1>${esc(CONFIG.info.title)} <small>${esc(CONFIG.info.version)}</small></h1>
<p>${prose(CONFIG.info.description)} Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>.
Admin calls (${LOCK}) need <code>Authorization: Bearer TOKEN</code>.</p>
${sections}<section><h2>Problem codes</h2><ul>${problems}</ul></section><section><h2>Schemas</h2>${schemas}</section></body></html>`;
}

export function registerDocs(app: OpenAPIHono<Env>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' });
  app.doc31('/api/openapi.json', CONFIG);
  // Like every page: strict CSP, no framing, nosniff.
  app.use('/api/docs', pageSecurity({ framing: 'none' }));
  app.use('/api/docs.css', pageSecurity({ framing: 'none' }));
  app.get('/api/docs.css', (c) =>
    c.body(DOCS_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }),
  );
  app.get('/api/docs', (c) => {
    const doc = app.getOpenAPI31Document(CONFIG);
    return c.html(renderDocs(doc as Parameters<typeof renderDocs>[0]), 200, { 'Cache-Control': 'public, max-age=60' });
  });
}
