/**
 * virsh 9.0's text formats, as pure functions: the job progress line, the
 * pretty capacity used in "Bandwidth limit", and the job type labels.
 * Kept apart from the commands so that each format is tested on its own
 * against the text observed from real virsh (libvirt-block-jobs.md §11.1).
 */

/** libvirt's virDomainBlockJobType values. */
export const JOB_TYPE = { UNKNOWN: 0, PULL: 1, COPY: 2, COMMIT: 3, ACTIVE_COMMIT: 4, BACKUP: 5 } as const;

/** The manager's type names, mapped to libvirt's numbers. */
const TYPE_BY_NAME: Record<string, number> = {
  pull: JOB_TYPE.PULL,
  copy: JOB_TYPE.COPY,
  commit: JOB_TYPE.COMMIT,
  'active-commit': JOB_TYPE.ACTIVE_COMMIT,
  backup: JOB_TYPE.BACKUP,
};

/** A job type as a libvirt number, whether given as a number or a name. */
export function jobTypeNumber(type: number | string | undefined): number {
  if (typeof type === 'number') return type;
  if (typeof type === 'string') return TYPE_BY_NAME[type] ?? JOB_TYPE.UNKNOWN;
  return JOB_TYPE.UNKNOWN;
}

/** The manager's name for a libvirt job type number (used in JSON output). */
export function jobTypeName(type: number | string | undefined): string {
  const n = jobTypeNumber(type);
  return Object.keys(TYPE_BY_NAME).find((k) => TYPE_BY_NAME[k] === n) ?? 'unknown';
}

/** virshDomainBlockJobToString: the label of `blockjob --info` and `--raw`. */
export function jobLabel(type: number | string | undefined): string {
  switch (jobTypeNumber(type)) {
    case JOB_TYPE.PULL:
      return 'Block Pull';
    case JOB_TYPE.COPY:
      return 'Block Copy';
    case JOB_TYPE.COMMIT:
      return 'Block Commit';
    case JOB_TYPE.ACTIVE_COMMIT:
      return 'Active Block Commit';
    case JOB_TYPE.BACKUP:
      return 'Backup';
    default:
      return 'Unknown job';
  }
}

/**
 * Whole percent done as virsh 9.0 prints it: 100 only when nothing remains,
 * otherwise capped at 99 so a two-phase job never looks finished early.
 * Computed on BigInt because cur/end are byte offsets that can pass 2^53.
 */
export function percentDone(cur: number | bigint, end: number | bigint): number {
  const c = BigInt(cur);
  const e = BigInt(end);
  const remaining = e - c;
  if (remaining <= 0n) return 100;
  if (e <= 0n) return 0;
  const p = Number(((e - remaining) * 100n) / e);
  return Math.min(Math.max(p, 0), 99);
}

/** `\rBlock Pull: [ 26 %]`: the progress line, redrawn in place on stderr. */
export function progressLine(label: string, cur: number | bigint, end: number | bigint): string {
  return `\r${label}: [${String(percentDone(cur, end)).padStart(3, ' ')} %]`;
}

/** The final `[100 %]` line, printed once when the job completes or is ready. */
export function progressDoneLine(label: string): string {
  return progressLine(label, 1, 1);
}

const UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** vshPrettyCapacity: the value in the largest binary unit below 1024 of it. */
export function prettyCapacity(bytes: number): { value: number; unit: string } {
  if (bytes < 1024) return { value: bytes, unit: 'B' };
  let limit = 1024;
  for (const unit of UNITS) {
    if (bytes < limit * 1024 || unit === 'EiB') return { value: bytes / limit, unit };
    limit *= 1024;
  }
  /* c8 ignore next */
  return { value: bytes, unit: 'B' };
}

/**
 * An integer as its exact decimal digits: String() writes a Number past
 * 2^53 in its shortest form (8796093022207 MiB/s in bytes/s is exact as a
 * Number but prints as ...727000, not ...727232 as virsh prints it).
 */
export function integerText(n: number): string {
  return Number.isInteger(n) && !Number.isSafeInteger(n) ? BigInt(n).toString() : String(n);
}

/** `    Bandwidth limit: 1048576 bytes/s (1.000 MiB/s)` (no newline). */
export function bandwidthLine(bytesPerSecond: number): string {
  const { value, unit } = prettyCapacity(bytesPerSecond);
  return `    Bandwidth limit: ${integerText(bytesPerSecond)} bytes/s (${value.toFixed(3)} ${unit}/s)`;
}

/** `--raw` lines of `blockjob`, exactly as virsh prints them. */
export function rawInfoLines(info: { type: number | string; bandwidth: number; cur: number; end: number }): string {
  return ` type=${jobLabel(info.type)}\n bandwidth=${integerText(info.bandwidth)}\n cur=${integerText(info.cur)}\n end=${integerText(info.end)}\n`;
}

/** A simple table as virsh's vshTable prints it: one leading space, columns three spaces apart, a dash rule. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    ' ' + cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!, ' '))).join('   ');
  const head = line(header);
  const ruleLen = widths.reduce((a, w) => a + w, 0) + 3 * (widths.length - 1) + 2;
  return [head, '-'.repeat(ruleLen), ...rows.map(line)].join('\n') + '\n';
}

/** virsh's snapshot time, `%Y-%m-%d %H:%M:%S %z` in local time; text that is not a date is kept. */
export function snapshotTime(iso: string, tzOffsetMinutes?: number): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const off = tzOffsetMinutes ?? -d.getTimezoneOffset();
  const local = new Date(d.getTime() + off * 60_000);
  const p = (n: number): string => String(n).padStart(2, '0');
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${local.getUTCFullYear()}-${p(local.getUTCMonth() + 1)}-${p(local.getUTCDate())} ` +
    `${p(local.getUTCHours())}:${p(local.getUTCMinutes())}:${p(local.getUTCSeconds())} ${sign}${p(Math.floor(a / 60))}${p(a % 60)}`;
}
