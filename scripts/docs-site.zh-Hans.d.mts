/** See docs-site.zh-Hans.mjs: the 简体中文 of the manifest's English descriptions and prose defaults. */
export declare const DESCRIPTIONS_ZH: Record<string, string>;
export declare const DEFAULTS_ZH: Record<string, string>;
