export declare const BUDGET_BYTES: number;
export declare const HEADROOM_BYTES: number;
export declare const LOCALES: string[];
export interface SizedFile {
  file: string;
  why: string;
  raw: number;
  gzip: number;
  brotli: number;
}
export interface ElementSize {
  tag: string;
  locale: string;
  files: SizedFile[];
  showRaw: number;
  showGzip: number;
  showBrotli: number;
  interactive: SizedFile[];
  interactiveGzip: number;
  perLocale: Record<string, number>;
  budget: number;
}
export declare function fileSizes(file: string): { raw: number; gzip: number; brotli: number };
export declare function analyzeElement(tag: string, dist?: string): ElementSize;
export declare function formatReport(r: ElementSize): string;
