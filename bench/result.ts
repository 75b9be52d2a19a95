/**
 * The shape of a `npm run bench -- --json FILE` result: written by
 * bench/run.ts, read by bench/markdown.ts. One definition, so that the
 * reader cannot drift from the writer.
 */
import type { ExtraRow } from './extras.js';

/** One metric of a case run with a baseline: A = naive (or the case's first client), B = qmpblock. */
export interface Row {
  case: string;
  metric: string;
  unit: string;
  naive: number;
  qmpblock: number;
  ratio: number;
  rounds: { naive: number[]; qmpblock: number[] };
}

/** One target of issue 7, as measured; `ok` undefined when it could not be judged. */
export interface TargetCheck {
  target: string;
  value: string;
  ok: boolean | undefined;
}

export interface BenchResult {
  date: string;
  quick: boolean;
  rounds: number;
  seconds: number;
  pinning: string;
  machine: { nproc: number; cpu: string; node: string; platform: string; memGiB: number };
  rows: Row[];
  extras: ExtraRow[];
  notes: string[];
  targets: TargetCheck[];
}
