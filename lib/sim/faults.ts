/**
 * Fault injection rules: I/O errors for jobs, slow replies, connections
 * dropped on a command. Only the rules and their matching; the machine and
 * the server act on them.
 */
import { EIO, ENOSPC, type SimJob } from './job.js';

export interface IoErrorRule {
  /** Only this job id (default: any job). */
  job?: string;
  /** Only requests that touch this image (a path), like a blkdebug node on it. */
  image?: string;
  /** Only reads or only writes (stream reads, commit writes, mirror reads). */
  operation?: 'read' | 'write';
  /** Fail the first request at or after this job progress offset (bytes). */
  atOffset?: number;
  errno?: 'EIO' | 'ENOSPC';
  /** How many requests fail before the rule is used up; default 1. */
  count?: number;
}

export interface SlowReplyRule {
  /** Command name, or '*' for every command. */
  command: string;
  delayMs: number;
  count?: number;
}

export interface DisconnectRule {
  /** Drop the connection when this command arrives, without answering it. */
  command: string;
}

export class Faults {
  private io: Array<IoErrorRule & { left: number }> = [];
  private slow: Array<SlowReplyRule & { left: number }> = [];
  private drop: DisconnectRule[] = [];

  ioError(rule: IoErrorRule): void {
    this.io.push({ ...rule, left: rule.count ?? 1 });
  }

  slowReply(rule: SlowReplyRule): void {
    this.slow.push({ ...rule, left: rule.count ?? Infinity });
  }

  disconnectOn(rule: DisconnectRule): void {
    this.drop.push(rule);
  }

  clear(): void {
    this.io = [];
    this.slow = [];
    this.drop = [];
  }

  /** errno for this request of `job`, or 0. */
  checkIo(job: SimJob, op: 'read' | 'write', images: readonly string[] = []): number {
    for (const r of this.io) {
      if (r.left <= 0) continue;
      if (r.job !== undefined && r.job !== job.id) continue;
      if (r.operation !== undefined && r.operation !== op) continue;
      if (r.image !== undefined && !images.includes(r.image)) continue;
      if (r.atOffset !== undefined && job.current < r.atOffset) continue;
      r.left--;
      return r.errno === 'ENOSPC' ? ENOSPC : EIO;
    }
    return 0;
  }

  replyDelay(command: string): number {
    for (const r of this.slow) {
      if (r.left <= 0 || (r.command !== '*' && r.command !== command)) continue;
      r.left--;
      return r.delayMs;
    }
    return 0;
  }

  dropsOn(command: string): boolean {
    const i = this.drop.findIndex((r) => r.command === command);
    if (i < 0) return false;
    this.drop.splice(i, 1);
    return true;
  }
}
