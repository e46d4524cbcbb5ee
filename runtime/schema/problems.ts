/** A validation problem: where (a JSON path into the manifest, or a file) and what. */
export interface Problem {
  /** e.g. "components[2].grid.w" or "callbacks/double.ts" */
  path: string;
  message: string;
  severity: 'error' | 'warning';
  /** Machine-readable kind, e.g. "cycle", "duplicate-output", "unknown-component". */
  code: string;
  /** Optional pointer the editor can jump to. */
  target?: { kind: 'component' | 'callback' | 'value'; id: string };
  /** 1-based position in the file named by `path`, for problems inside a callback module. */
  line?: number;
  column?: number;
}

export function formatProblem(p: Problem): string {
  return `${p.severity === 'error' ? 'error' : 'warning'} ${p.path}: ${p.message}`;
}
