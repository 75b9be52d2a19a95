/**
 * The QMP trace format, version 1 (shared/contract/trace-format.md): JSON
 * Lines, a header line, then one line per message in wire order. Reading and
 * writing only; recording and replaying live beside this module.
 */
import fs from 'node:fs';
import stringify from 'fast-json-stable-stringify';
import { parseBigIntegers } from '../transport/exact-parse.js';

/** What a header names, as a caller gives it (`qmpTrace` is added). */
export interface TraceHeaderInput {
  qmpTrace?: 1;
  source: string;
  scenario: string;
  description: string;
  libvirt?: string;
  expect?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * The header's fields and their types (trace-format.md), for a header read
 * or about to be written: a trace this package would refuse to read is
 * never made. `where` prefixes the message (file:line, or the file).
 */
export function checkHeader(o: Record<string, unknown>, where: string): asserts o is TraceHeader {
  if (o.qmpTrace !== 1) throw new TraceFormatError(`${where}: header must have "qmpTrace": 1`);
  for (const k of ['source', 'scenario', 'description'] as const) {
    if (typeof o[k] !== 'string') throw new TraceFormatError(`${where}: header needs a string "${k}"`);
  }
  // The optional fields, when present, have their types.
  if (o.libvirt !== undefined && typeof o.libvirt !== 'string') throw new TraceFormatError(`${where}: header "libvirt" must be a string`);
  if (o.expect !== undefined && (o.expect === null || typeof o.expect !== 'object' || Array.isArray(o.expect))) {
    throw new TraceFormatError(`${where}: header "expect" must be an object`);
  }
}

/** A trace's first line (trace-format.md). */
export interface TraceHeader extends TraceHeaderInput {
  qmpTrace: 1;
}

export type Direction = 'c2s' | 's2c';

/** One message line: `msg` when the line was valid JSON on the wire, else `raw`. */
export interface TraceEntry {
  t: number;
  dir: Direction;
  msg?: Record<string, unknown>;
  raw?: string;
  /**
   * `msg` with its 64-bit integers as bigints, only when it has one that
   * `msg` rounds (not written): what a replayer sends, and compares a
   * client's command with.
   */
  exact?: Record<string, unknown>;
  /** 1-based line number in the file (not written) */
  line?: number;
}

export interface Trace {
  header: TraceHeader;
  entries: TraceEntry[];
  file?: string;
}

export class TraceFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TraceFormatError';
  }
}

/** A message line's rules (trace-format.md), `where` naming it in the error. */
export function checkEntry(o: Record<string, unknown>, where: string): void {
  if (typeof o.t !== 'number' || (o.dir !== 'c2s' && o.dir !== 's2c')) {
    throw new TraceFormatError(`${where}: a message line needs numeric "t" and "dir" c2s|s2c`);
  }
  if (o.raw !== undefined && typeof o.raw !== 'string') throw new TraceFormatError(`${where}: "raw" must be a string`);
  if (o.msg !== undefined) {
    if (!o.msg || typeof o.msg !== 'object' || Array.isArray(o.msg)) throw new TraceFormatError(`${where}: "msg" must be an object`);
  } else if (typeof o.raw !== 'string') {
    throw new TraceFormatError(`${where}: a message line needs "msg" or "raw"`);
  }
}

export function parseTrace(text: string, file?: string): Trace {
  const where = (n: number): string => `${file ?? 'trace'}:${n}`;
  const lines = text.split('\n');
  let header: TraceHeader | undefined;
  const entries: TraceEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (err) {
      throw new TraceFormatError(`${where(i + 1)}: not JSON: ${(err as Error).message}`);
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new TraceFormatError(`${where(i + 1)}: not a JSON object`);
    const o = obj as Record<string, unknown>;
    if (!header) {
      checkHeader(o, where(i + 1));
      header = o;
      continue;
    }
    checkEntry(o, where(i + 1));
    const entry: TraceEntry = { t: o.t as number, dir: o.dir as TraceEntry['dir'], msg: o.msg as Record<string, unknown> | undefined, raw: o.raw as string | undefined, line: i + 1 };
    // A recorder writes the wire's digits; JSON.parse above rounded what 64 bits hold exactly.
    if (entry.msg !== undefined) {
      const exact = parseBigIntegers(line) as { msg: Record<string, unknown> } | undefined;
      if (exact !== undefined) entry.exact = exact.msg;
    }
    entries.push(entry);
  }
  if (!header) throw new TraceFormatError(`${file ?? 'trace'}: empty trace (no header)`);
  return { header, entries, file };
}

export function readTrace(file: string): Trace {
  return parseTrace(fs.readFileSync(file, 'utf8'), file);
}

/** One line of the file, with stable key order (fast-json-stable-stringify). */
export function formatHeader(h: TraceHeader): string {
  return stringify(h);
}

export function formatEntry(e: TraceEntry): string {
  const t = Math.round(e.t * 1000) / 1000;
  return e.msg !== undefined ? stringify({ t, dir: e.dir, msg: e.msg }) : stringify({ t, dir: e.dir, raw: e.raw });
}

export function formatTrace(trace: Trace): string {
  return [formatHeader(trace.header), ...trace.entries.map(formatEntry)].join('\n') + '\n';
}
