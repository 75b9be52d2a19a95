/**
 * How a replayer decides that the client sent what the trace recorded
 * (trace-format.md, "Replay semantics"), and a readable difference when not.
 */
import stableStringify from 'fast-json-stable-stringify';
import { exactJson } from '../transport/exact-json.js';

/** Stable JSON, with a bigint (an exact 64-bit integer) as a tagged string: equal only to the same integer. */
function stringify(v: unknown): string {
  try {
    return stableStringify(v);
  } catch (err) {
    // Only values read exactly hold bigints: walked only then.
    if (err instanceof TypeError && /BigInt/i.test(err.message)) return stableStringify(tagBigints(v));
    throw err;
  }
}

function tagBigints(v: unknown): unknown {
  if (typeof v === 'bigint') return `\u0000bigint:${v}`;
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(tagBigints);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) Object.defineProperty(out, k, { value: tagBigints(x), enumerable: true, writable: true, configurable: true });
  return out;
}

/** The keys QEMU 7.2 accepts in a command (qmp_dispatch_check_obj); any other it refuses. */
const COMMAND_KEYS = new Set(['execute', 'exec-oob', 'arguments', 'id']);

/** A well-formed command, as QEMU 7.2 has it: one name (execute or exec-oob), object arguments, known keys only. */
export function isWellFormedCommand(m: Record<string, unknown>): boolean {
  if (m.execute !== undefined && m['exec-oob'] !== undefined) return false;
  const name = m.execute ?? m['exec-oob'];
  if (typeof name !== 'string') return false;
  if (m.arguments !== undefined && (typeof m.arguments !== 'object' || m.arguments === null || Array.isArray(m.arguments))) return false;
  for (const k of Object.keys(m)) if (!COMMAND_KEYS.has(k)) return false;
  return true;
}

/** A copy without the given keys, at any depth. */
export function withoutKeys(v: unknown, keys: ReadonlySet<string>): unknown {
  if (keys.size === 0 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => withoutKeys(x, keys));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (!keys.has(k)) Object.defineProperty(out, k, { value: withoutKeys(x, keys), enumerable: true, writable: true, configurable: true });
  return out;
}

/** Differences between two JSON values as "path: expected X, got Y" lines (at most `max`). */
export function jsonDiff(expected: unknown, actual: unknown, path = '', out: string[] = [], max = 8): string[] {
  if (out.length >= max) return out;
  if (stringify(expected) === stringify(actual)) return out;
  const isObj = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
  if (isObj(expected) && isObj(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const k of [...keys].sort()) {
      const p = path ? `${path}.${k}` : k;
      if (!Object.hasOwn(actual, k)) out.push(`${p}: expected ${show(expected[k])}, got nothing`);
      else if (!Object.hasOwn(expected, k)) out.push(`${p}: unexpected ${show(actual[k])}`);
      else jsonDiff(expected[k], actual[k], p, out, max);
      if (out.length >= max) break;
    }
    return out;
  }
  if (Array.isArray(expected) && Array.isArray(actual) && expected.length === actual.length) {
    for (let i = 0; i < expected.length && out.length < max; i++) jsonDiff(expected[i], actual[i], `${path}[${i}]`, out, max);
    return out;
  }
  out.push(`${path || '(message)'}: expected ${show(expected)}, got ${show(actual)}`);
  return out;
}

function show(v: unknown): string {
  const s = v === undefined ? undefined : exactJson(v);
  return s === undefined ? 'undefined' : s.length > 120 ? `${s.slice(0, 120)}...` : s;
}

export interface Expected {
  msg?: Record<string, unknown>;
  raw?: string;
}

export interface Received {
  msg?: unknown;
  text: string;
}

/**
 * Compare a received client message with the recorded one. Returns undefined
 * when they match, else a readable difference. `lenient` argument keys are
 * ignored at any depth; ids are never compared.
 */
export function compareCommand(expected: Expected, got: Received, lenient: ReadonlySet<string>): string | undefined {
  if (expected.raw !== undefined) {
    return got.text.trim() === expected.raw.trim() ? undefined : `expected the raw line ${show(expected.raw)}, got ${show(got.text)}`;
  }
  const exp = expected.msg!;
  const act = got.msg;
  if (act === undefined || act === null || typeof act !== 'object' || Array.isArray(act)) {
    return `expected ${show(exp)}, got ${show(got.text)} (not a JSON object)`;
  }
  const a = act as Record<string, unknown>;
  if (isWellFormedCommand(exp)) {
    const en = (exp.execute ?? exp['exec-oob']) as string;
    const an = a.execute ?? a['exec-oob'];
    const kind = exp.execute !== undefined ? 'execute' : 'exec-oob';
    if (an !== en || (a[kind] === undefined)) return `expected ${kind} ${show(en)}, got ${an === undefined ? show(a) : `${a.execute !== undefined ? 'execute' : 'exec-oob'} ${show(an)}`}`;
    // What QEMU would refuse is not the recorded command, whatever its name and arguments.
    if (a.execute !== undefined && a['exec-oob'] !== undefined) return `'${en}' has both execute and exec-oob`;
    // Lenient keys are argument keys: a top-level one is still refused by QEMU.
    const extra = Object.keys(a).filter((k) => !COMMAND_KEYS.has(k));
    if (extra.length > 0) return `'${en}' ${extra.map((k) => `${k}: unexpected ${show(a[k])}`).join('; ')}`;
    const args = a.arguments;
    if (args !== undefined && (args === null || typeof args !== 'object' || Array.isArray(args))) return `'${en}' arguments: not an object: ${show(args)}`;
    const ea = withoutKeys(exp.arguments ?? {}, lenient);
    const aa = withoutKeys(a.arguments ?? {}, lenient);
    const d = jsonDiff(ea, aa, 'arguments');
    return d.length ? `'${en}' ${d.join('; ')}` : undefined;
  }
  const { id: _e, ...eRest } = exp;
  const { id: _a, ...aRest } = a;
  const d = jsonDiff(withoutKeys(eRest, lenient), withoutKeys(aRest, lenient));
  return d.length ? d.join('; ') : undefined;
}
