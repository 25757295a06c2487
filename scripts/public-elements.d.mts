/** See public-elements.mjs: the public elements' tags, read from widgets/src/public-elements.ts. */
export declare const PUBLIC_ELEMENTS_FILE: string;
export declare function readPublicTags(root?: string): string[];
export declare const PUBLIC_TAGS: readonly string[];
