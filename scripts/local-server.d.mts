export declare const DB_NAME: string;
export declare const SEED_DIR: string;
export declare function seedFiles(): string[];
export declare function prepareDatabase(opts?: { persistTo?: string; quiet?: boolean }): Promise<void>;

export type Runtime = 'workerd' | 'node';
export declare const RUNTIMES: Runtime[];
/** GONGYI_RUNTIME, else 'workerd'. */
export declare function defaultRuntime(): Runtime;

export interface LocalServerOptions {
  /** 'workerd' (wrangler dev, default) or 'node' (the Node host); default GONGYI_RUNTIME */
  runtime?: Runtime;
  /** default: a free port */
  port?: number;
  /** address to listen on and to put in `url` (default 127.0.0.1) */
  host?: string;
  /** D1 directory; default: a fresh temp dir, removed again by stop() */
  persistTo?: string;
  /** extra worker vars/secrets, each passed with --var */
  vars?: Record<string, string>;
  /** default: a random token, passed with --var (.dev.vars untouched) */
  adminToken?: string;
  /** apply migrations + demo data first (default true) */
  seed?: boolean;
  /** stream wrangler's output (default: keep it, show it on failure) */
  verbose?: boolean;
  /** readiness deadline (default 90 s) */
  timeoutMs?: number;
}

export interface LocalServer {
  url: string;
  port: number;
  adminToken: string;
  persistTo: string;
  /** which runtime serves it (absent for a service started elsewhere) */
  runtime?: Runtime;
  /** the server process (the Node host's own; wrangler's for workerd) */
  pid?: number;
  /** Node host: resolves when the process has exited */
  exited?: () => Promise<{ code: number | null; signal: string | null }>;
  stop(): Promise<void>;
  logs(): string;
  /** Whether the wrangler process is still running (a crash ends it). */
  alive(): boolean;
}

export declare function startLocalServer(opts?: LocalServerOptions): Promise<LocalServer>;
