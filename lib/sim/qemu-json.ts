/**
 * The simulator's reading of one JSON value as QEMU's parser reads it
 * (qobject/json-parser.c): single-quoted strings too, a duplicate key is an
 * error, and a closing bracket, comma or colon alone expects a value. Other
 * errors keep Node's words (FIDELITY.md). Knows nothing of QMP.
 */

import { parseBigIntegers } from '../transport/exact-parse.js';

/** @throws Error whose message follows "JSON parse error, " in QEMU's answer */
export function parseQemuJson(text: string): unknown {
  if (text.length === 1 && '}],:'.includes(text)) throw new Error('expecting value');
  const value = parseLenient(text);
  if (hasDuplicateKey(text)) throw new Error('duplicate key');
  return value;
}

/** QEMU's JSON parser also takes single-quoted strings; turn them into double-quoted ones. */
function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (first) {
    let out = '';
    let quote: string | undefined;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === '\\') {
          const next = text[++i] ?? '';
          out += next === "'" ? "'" : `\\${next}`;
        } else if (c === quote) {
          out += '"';
          quote = undefined;
        } else if (c === '"' && quote === "'") {
          out += '\\"';
        } else out += c;
      } else if (c === "'" || c === '"') {
        quote = c;
        out += '"';
      } else out += c;
    }
    try {
      return JSON.parse(out);
    } catch {
      throw first;
    }
  }
}

/** Whether an object in `text` (valid JSON, strings in either quote) names a key twice. */
function hasDuplicateKey(text: string): boolean {
  // One entry per open object (its keys) or array (undefined).
  const open: (Set<string> | undefined)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      let j = i + 1;
      let raw = '';
      for (; j < text.length && text[j] !== c; j++) {
        if (text[j] === '\\') {
          const next = text[++j]!;
          raw += next === "'" ? "'" : `\\${next}`;
        } else raw += text[j] === '"' ? '\\"' : text[j];
      }
      const keys = open[open.length - 1];
      if (expectKey && keys !== undefined) {
        const key = JSON.parse(`"${raw}"`) as string;
        if (keys.has(key)) return true;
        keys.add(key);
      }
      expectKey = false;
      i = j;
    } else if (c === '{') {
      open.push(new Set());
      expectKey = true;
    } else if (c === '[') {
      open.push(undefined);
      expectKey = false;
    } else if (c === '}' || c === ']') {
      open.pop();
      expectKey = false;
    } else if (c === ',') {
      expectKey = open[open.length - 1] !== undefined;
    }
  }
  return false;
}

/**
 * How QEMU writes a number it read as a double (qnum_to_string: "%.17g"),
 * where JavaScript writes the shortest form: 0.1 is 0.10000000000000001,
 * 1e20 is 1e+20. An integer it read as int64 or uint64 it writes as read.
 */
export function qemuDoubleText(n: number): string {
  // JSON has no text for these; QEMU's would not be JSON either.
  if (!Number.isFinite(n)) return JSON.stringify(n);
  const [digits, e] = n.toExponential(16).split('e') as [string, string];
  const exp = Number(e);
  const trim = (s: string): string => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  // %g: the exponent form below 1e-4 and from 1e17 (precision 17) on, each without trailing zeros.
  if (exp < -4 || exp >= 17) return `${trim(digits)}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return trim(n.toFixed(16 - exp));
}

/**
 * A command's id as QEMU echoes it: an integer it read as int64 or uint64
 * digit for digit (a bigint where a Number would round), else `id` as read.
 */
export function exactId(text: string, id: unknown): unknown {
  if (typeof id !== 'number' && (typeof id !== 'object' || id === null)) return id;
  try {
    const exact = parseBigIntegers(text) as { id?: unknown } | undefined;
    return exact === undefined ? id : exact.id;
  } catch {
    // Single-quoted strings, which only QEMU's parser reads: the id as read.
    return id;
  }
}
