// GET /admin/embed-code?kind&id as the admin API answers it (worker/schemas/admin.ts
// EmbedCodeSchema, held to this type by test/types/wire.test-d.ts): one object's copyable
// snippets, each for the places that take it.
import type { EmbedKind } from '../embed-kinds.js';

export interface EmbedCode {
  kind: EmbedKind;
  id: string;
  title: string;
  /** <script type="module" src=…/embed.js> and the element: live, best where scripts are allowed. */
  script: string;
  /** An <iframe> of /embed/{kind}/{id}: for CMSs that strip scripts. */
  iframe: string;
  /** A plain URL: the share page for projects and campaigns, else the embed page. */
  link: string;
  /** The /embed page the iframe shows. */
  previewUrl: string;
  /** progress, lunch, stats: a link around the live image (no script, no iframe); absent for a draft. */
  image?: string;
}
