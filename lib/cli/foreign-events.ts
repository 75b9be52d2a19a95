/**
 * Block job events of jobs this process's manager does not track: jobs that
 * another client (another qmpblock process, a script) started after we
 * attached. The manager adopts jobs only at attach, so `events` reads QEMU's
 * own BLOCK_JOB_* events for those and names them as libvirt would: the job
 * id back to its disk (`pull-vda-libvirt-1-format` or the -drive device), the
 * QEMU job type to libvirt's (the starter's record says which commit is an
 * active one), COMPLETED with an error to FAILED, and a completion its
 * starter's record calls an abort to CANCELED.
 */
import { jobIdPart } from '../jobs/constants.js';
import type { BlockJobEvent, JobStatus } from './api.js';

export interface RawEvent {
  event: string;
  data?: Record<string, unknown>;
}

const PREFIXES = ['pull', 'commit', 'copy'];

/** The disk of a job id: a -drive job is named after its device, a libvirt-style one `<kind>-<disk>-<node>`. */
export function diskOfJobId(id: string, disks: readonly string[]): string {
  if (disks.includes(id)) return id;
  // Longest disk name first, so that `vda-1` wins over `vda` for `pull-vda-1-node`.
  const byLength = [...disks].sort((a, b) => b.length - a.length);
  for (const p of PREFIXES) {
    const d = byLength.find((name) => id.startsWith(`${p}-${jobIdPart(name)}-`));
    if (d !== undefined) return d;
  }
  return id;
}

/**
 * Turns QEMU's block job events into libvirt-style ones. Stateful only to
 * tell an active commit (it goes READY first) from a plain commit.
 */
export class ForeignJobTranslator {
  private readonly readySeen = new Set<string>();

  constructor(private readonly disks: () => readonly string[]) {}

  /**
   * `rec`: what the job's starter recorded: its kind (an active commit
   * cancelled before READY looks like a commit to QEMU), and how it asked
   * the job to end. After READY an abort completes in QEMU (a soft cancel);
   * libvirt calls it CANCELED.
   */
  translate(ev: RawEvent, rec?: { kind?: string; ending?: 'abort' | 'pivot' }): BlockJobEvent | undefined {
    const ending = rec?.ending;
    const d = ev.data ?? {};
    const id = typeof d.device === 'string' ? d.device : undefined;
    if (id === undefined) return undefined;
    let status: JobStatus;
    switch (ev.event) {
      case 'BLOCK_JOB_READY':
        status = 'READY';
        break;
      case 'BLOCK_JOB_COMPLETED':
        // An abort asked for is CANCELED whatever QEMU says (as in the manager's own jobs).
        status = ending === 'abort' ? 'CANCELED' : typeof d.error === 'string' ? 'FAILED' : 'COMPLETED';
        break;
      case 'BLOCK_JOB_CANCELLED':
        status = 'CANCELED';
        break;
      default:
        return undefined;
    }
    const qtype = typeof d.type === 'string' ? d.type : '';
    const type =
      rec?.kind ?? (qtype === 'stream' ? 'pull' : qtype === 'mirror' ? 'copy' : qtype === 'commit' ? (status === 'READY' || this.readySeen.has(id) ? 'active-commit' : 'commit') : qtype);
    if (status === 'READY') this.readySeen.add(id);
    else this.readySeen.delete(id);
    return { disk: diskOfJobId(id, this.disks()), type, status, ...(status === 'FAILED' ? { error: d.error as string } : {}) };
  }
}
