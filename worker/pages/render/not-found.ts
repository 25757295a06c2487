// The 404 page of /embed and /p: HTML a reader understands (inside a frame, too), never JSON.
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Env } from '../../env';
import { ProblemError } from '../../lib/problem';
import { pageDocument } from './document';
import { messagesFor, type Locale } from './locale';

export function notFoundPage(c: Context<Env>, locale: Locale, frame: boolean) {
  const m = messagesFor(locale);
  const body = html`<section class="card not-found" role="alert"><h1>${m.page.notFoundTitle}</h1><p>${m.page.notFound}</p></section>`;
  c.header('Cache-Control', 'no-store');
  return c.html(pageDocument({ locale, title: m.page.notFoundTitle, frame, elder: false, theme: 'light', body }), 404);
}

/** The readers throw not_found for an unknown id; the pages answer it with notFoundPage. */
export const isNotFound = (e: unknown) => e instanceof ProblemError && e.code === 'not_found';
