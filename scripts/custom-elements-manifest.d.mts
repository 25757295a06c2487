/** See custom-elements-manifest.mjs: custom-elements.json (schema 1.0.0) from the widgets' JSDoc. */
export declare function buildManifest(
  root: string,
  dirs?: string[],
): { schemaVersion: string; readme: string; modules: unknown[] };
