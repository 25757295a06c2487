/** See docs-site.mjs: the /docs/ pages (path under dist/ → HTML) from custom-elements.json. */
export declare const DOCS_EXAMPLES: Record<string, { kind: string; id: string; projectId?: string }>;
export declare const DOCS_ORIGIN: string;
export declare function renderDocs(
  manifest: unknown,
  embedCode: (o: never) => Record<string, string | undefined>,
): Record<string, string>;
