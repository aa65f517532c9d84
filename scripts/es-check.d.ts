// es-check ships no types: the part of its Node API (README, "Node API") that
// scripts/check-es-level.ts uses.
declare module 'es-check' {
  export interface EsCheckConfig {
    /** es5, es2015 … es2026. */
    ecmaVersion: string;
    files: string[];
    module?: boolean;
    /** Also report built-ins and syntax of a later edition (parsed with the newest parser). */
    checkFeatures?: boolean;
    /** Comma-separated feature names (es-check's, e.g. "ArrayFindLast") not to report. */
    ignore?: string;
    /** false: read every file afresh (a rebuilt dist/ in the same process). */
    cache?: boolean;
  }
  export interface EsCheckError {
    file: string;
    err: Error;
    line?: number | null;
    column?: number | null;
  }
  export function runChecks(
    configs: EsCheckConfig[],
    options: { logger: null },
  ): { success: boolean; errors: EsCheckError[] };
}
