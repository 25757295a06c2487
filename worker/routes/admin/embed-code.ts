// GET /admin/embed-code?kind&id: the script + element, iframe and link snippets for one object.
// The staff console shows them with copy buttons; previewUrl is the /embed page the iframe shows.
import { createRoute, z } from '@hono/zod-openapi';
import { EMBED_KINDS, embedCode, embedPageUrl, IMAGE_KINDS } from '../../embedding/embed-code';
import { liveImageOf } from '../../pages/live-image';
import { imageAltText } from '../../pages/render/live-image';
import { isNotFound } from '../../pages/render/not-found';
import { assertOrgAccess } from '../../middleware/admin-auth';
import { describeEmbed } from '../../pages/embed-object';
import { pageLocale } from '../../pages/render/locale';
import { EmbedCodeSchema } from '../../schemas/admin';
import { jsonOk, problems } from '../../schemas/common';
import { ADMIN_SECURITY, router } from '../factory';
import { publicOrigin } from '../../lib/public-origin';

export const adminEmbedCodeRoutes = router();

const EmbedCodeQuery = z.object({
  kind: z.enum(EMBED_KINDS).openapi({
    description: 'project → project id; progress → campaign id; lunch → school id; column, wishes, stats → org id',
  }),
  id: z.string().min(1).max(200),
  lang: z
    .enum(['zh-Hans', 'zh-Hant', 'en'])
    .optional()
    .openapi({ description: 'Fix the language in the snippets (default: the page’s own)' }),
});

adminEmbedCodeRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/admin/embed-code',
    tags: ['Admin: embed code'],
    security: ADMIN_SECURITY,
    summary: 'Copyable embed snippets (script + element, iframe, link) for one object',
    request: { query: EmbedCodeQuery },
    responses: { 200: jsonOk(EmbedCodeSchema, 'The snippets'), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { kind, id, lang } = c.req.valid('query');
    const obj = await describeEmbed(c.env.DB, kind, id, pageLocale(lang));
    assertOrgAccess(c, obj.orgId);
    const origin = publicOrigin(c.env, c.req.url);
    const locale = pageLocale(lang);
    // The image's alt says its figures and its link is its QR code's page; an object not public
    // yet (a draft) has no image to show.
    const image = IMAGE_KINDS.includes(kind)
      ? await liveImageOf(c.env.DB, origin, kind as 'progress' | 'lunch' | 'stats', id, locale).then(
          (img) => ({ alt: imageAltText(img, locale), href: img.url }),
          (e: unknown) => {
            if (isNotFound(e)) return undefined;
            throw e;
          },
        )
      : undefined;
    const code = embedCode({ origin, kind, id, title: obj.title, lang, projectId: obj.projectId, image });
    return c.json({ kind, id, title: obj.title, ...code, previewUrl: embedPageUrl(origin, kind, id, lang) }, 200);
  },
);
