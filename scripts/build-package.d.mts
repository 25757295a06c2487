/** See build-package.mjs: the npm package @gongyi/widgets built into widgets/npm/dist. */
export declare const PACKAGE_DIR: string;
export declare function buildPackage(opts?: { quiet?: boolean }): Promise<void>;
