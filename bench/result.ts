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
  /** Which way is better; `ratio` is B ÷ A for 'higher', A ÷ B for 'lower'. (Absent in results of older versions.) */
  better?: 'higher' | 'lower';
  rounds: { naive: number[]; qmpblock: number[] };
}

/**
 * The ratio of each round's pair (A then B, run back to back), oriented as
 * `ratio`: how far one round can stray from the median shows whether a
 * median near a target says anything.
 */
export function pairRatios(row: Row): number[] {
  const { naive, qmpblock } = row.rounds;
  if (row.better === undefined) return [];
  return naive.map((a, i) => (row.better === 'higher' ? qmpblock[i]! / a : a / qmpblock[i]!)).filter((x) => Number.isFinite(x));
}

/** "min–max×" of the pairs' ratios, or '' when there are none. */
export function pairRange(row: Row, digits = 2): string {
  const r = pairRatios(row);
  return r.length === 0 ? '' : `${Math.min(...r).toFixed(digits)}–${Math.max(...r).toFixed(digits)}×`;
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
