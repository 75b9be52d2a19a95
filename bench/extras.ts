/**
 * Benchmarks with no hand-written baseline: trace replay and recording (7),
 * chains (6) and jobs (8). Each part is added when the module it measures exists.
 */
export interface ExtraRow {
  case: string;
  metric: string;
  unit: string;
  value: number;
  digits?: number;
}

export interface ExtrasResult {
  rows: ExtraRow[];
  checks: { target: string; value: string; ok: boolean | undefined }[];
  notes: string[];
}

export async function runExtras(opts: { quick: boolean; rounds: number; only: Set<string> | undefined; log: (s: string) => void }): Promise<ExtrasResult> {
  void opts;
  return { rows: [], checks: [], notes: [] };
}
