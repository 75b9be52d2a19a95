/**
 * virDomainBlockJobInfo from a `query-block-jobs` row, with libvirt's
 * translation rules (reference §4), so that pollers comparing cur and end
 * behave as they do against libvirt. Pure.
 */
import type { BlockJobInfo } from '../qapi/types.js';
import { fromBytesPerSecond } from './bandwidth.js';
import { JOB_KIND_NUMBER, type BlockJobKind } from './constants.js';

export interface BlockJobInfoResult {
  /** virDomainBlockJobType (VIR_DOMAIN_BLOCK_JOB_TYPE_*), the type the job was started as */
  type: number;
  /** MiB/s rounded up, or bytes/s with VIR_DOMAIN_BLOCK_JOB_INFO_BANDWIDTH_BYTES */
  bandwidth: number;
  cur: number;
  end: number;
}

export function translateJobInfo(kind: BlockJobKind, row: BlockJobInfo | undefined, bytes: boolean): BlockJobInfoResult {
  const type = JOB_KIND_NUMBER[kind];
  // 1. Row missing: the job ended and is not processed yet.
  if (!row) return { type, bandwidth: 0, cur: 0, end: 1 };
  let cur = row.offset;
  let end = row.len;
  const ready = row.ready === true;
  if (cur === 0 && end === 0) {
    // 2. Nothing to do: "not started" reads 0/1, "finished a no-op" (ready) 1/1.
    end = 1;
    cur = ready ? 1 : 0;
  } else if (!ready && cur === end && end > 0) {
    // 3. cur == end means READY to pollers; do not say it before QEMU does.
    cur = end - 1;
  }
  return { type, bandwidth: fromBytesPerSecond(row.speed ?? 0, bytes), cur, end };
}
