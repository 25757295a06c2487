export declare const ROOT: string;
export declare const WRANGLER: string;
export declare const VITE: string;
export declare const TSC: string;
export declare function wranglerEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
export declare function run(
  cmd: string,
  args: string[],
  opts?: { quiet?: boolean; env?: NodeJS.ProcessEnv; cwd?: string },
): Promise<string>;
export declare function freePort(): Promise<number>;
export declare function randomToken(): string;
export declare function readVar(file: string, key: string): string | undefined;
export declare function ensureDevVars(file?: string): { file: string; token: string; created: string[] };
export declare function waitForHttp(
  url: string,
  opts?: { timeoutMs?: number; intervalMs?: number; isAlive?: () => boolean },
): Promise<number>;
export declare function buildWidgets(opts?: { quiet?: boolean }): Promise<void>;
