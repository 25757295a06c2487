// Mainland China: a site must show its ICP filing number (ICP备案号), linked to the MIIT filing
// site, at the bottom of its pages. With ICP_NUMBER set, the service's own pages carry it: the
// server-rendered share, disclosure and donor pages (pageDocument), and the static pages of
// dist/ (the demo pages, /docs/) as they pass through the worker (wrangler.toml run_worker_first).
// Never inside a widget: the /embed frames and the elements themselves stay as they are.
import { html } from 'hono/html';

export const MIIT_FILING_URL = 'https://beian.miit.gov.cn/';

/** The footer line; plain markup (no inline style: the pages' CSPs allow none). */
export const icpFooter = (icp: string) =>
  html`<footer class="gongyi-icp"><a href="${MIIT_FILING_URL}" target="_blank" rel="noopener noreferrer">${icp}</a></footer>`;

/** A static HTML page with the footer before its </body>; anything else unchanged. */
export async function withIcpFooter(res: Response, icp: string | undefined): Promise<Response> {
  if (!icp || res.status !== 200 || !(res.headers.get('Content-Type') ?? '').startsWith('text/html')) return res;
  const page = await res.text();
  const at = page.lastIndexOf('</body>');
  const footer = String(await icpFooter(icp));
  const body = at < 0 ? page + footer : page.slice(0, at) + footer + '\n' + page.slice(at);
  const headers = new Headers(res.headers);
  headers.delete('Content-Length');
  headers.delete('ETag'); // the file's ETag no longer names these bytes
  return new Response(body, { status: 200, headers });
}
