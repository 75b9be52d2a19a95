/**
 * QMP wire message shapes (docs/interop/qmp-spec.rst). Pure types: no I/O here.
 */
import type { Endpoint } from '../transport/endpoint.js';

export type JsonObject = { [key: string]: unknown };

export interface QmpGreeting {
  QMP: {
    version: { qemu: { major: number; minor: number; micro: number }; package: string };
    capabilities: string[];
  };
}

export interface QmpCommand {
  execute?: string;
  'exec-oob'?: string;
  arguments?: JsonObject;
  id?: unknown;
}

export interface QmpReturn {
  return: unknown;
  id?: unknown;
}

export interface QmpErrorReply {
  error: { class: string; desc: string };
  id?: unknown;
}

export interface QmpEvent {
  event: string;
  data?: JsonObject;
  /** When QEMU emitted it; an event received without a valid one (not from QEMU) gets the time it came. */
  timestamp: { seconds: number; microseconds: number };
}

export type QmpServerMessage = QmpGreeting | QmpReturn | QmpErrorReply | QmpEvent;

export interface ExecuteOptions {
  /** Abort waiting for the answer; the command, once sent, still runs in QEMU. */
  signal?: AbortSignal;
  /**
   * Milliseconds to wait for the answer; rejects with a timeout error. 0 (or
   * Infinity) means no timeout, also over the session's `commandTimeout`.
   */
  timeout?: number;
}

export interface WaitForEventOptions {
  signal?: AbortSignal;
  timeout?: number;
  /**
   * Also match events already received at or after this sequence number
   * (see `QmpSession.eventSeq`), so a caller can wait for an event that
   * arrived before it started waiting (QEMU emits job events before the
   * start command returns).
   */
  since?: number;
}

/** A received event with the session-local sequence number it arrived under. */
export interface ReceivedEvent extends QmpEvent {
  seq: number;
}

/**
 * What the job layer needs from a QMP peer. The socket session implements it;
 * tests may implement it with a fake.
 */
export interface QmpMonitor {
  execute<T = unknown>(command: string, args?: JsonObject, options?: ExecuteOptions): Promise<T>;
  on(event: 'event', listener: (ev: ReceivedEvent) => void): this;
  off(event: 'event', listener: (ev: ReceivedEvent) => void): this;
  on(event: 'close', listener: (cause: Error | undefined) => void): this;
  off(event: 'close', listener: (cause: Error | undefined) => void): this;
  /** Sequence number the next received event will get. */
  readonly eventSeq: number;
  waitForEvent(name: string, predicate?: (ev: ReceivedEvent) => boolean, options?: WaitForEventOptions): Promise<ReceivedEvent>;
  readonly closed: boolean;
  /**
   * The owner called close() and the session is on its way down: what still
   * arrives is not for this owner's listeners to act on (optional: a monitor
   * without a graceful close has no such time).
   */
  readonly closing?: boolean;
  /** Why it closed, when that was an error (a peer that broke the protocol, a socket error). */
  readonly closeCause?: Error | undefined;
  close(): Promise<void>;
  /** Where the monitor is, if it is a socket: part of the VM's key when QEMU has no uuid or name. */
  readonly endpoint?: Endpoint | undefined;
}
