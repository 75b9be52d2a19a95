/**
 * Which VM a QMP server is, for keying the metadata QEMU does not keep
 * (interface.md, --state-dir): its `query-uuid` when not all zeros, else its
 * `query-name` when set, else the socket path. A server that does not know
 * a command (the simulator, qemu-storage-daemon) falls through to the next.
 */

import fs from 'node:fs';
import path from 'node:path';
import { formatEndpoint, type Endpoint } from '../transport/endpoint.js';
import { QmpError } from '../errors.js';

export interface Executor {
  execute<T = unknown>(command: string, args?: Record<string, unknown>): Promise<T>;
}

export interface VmIdentity {
  key: string;
  name: string | undefined;
}

const ZERO_UUID = /^[0-]*$/;

export async function vmIdentity(session: Executor, target: string): Promise<VmIdentity> {
  const uuid = await session.execute<{ UUID?: string }>('query-uuid').then((r) => r?.UUID, notKnown);
  const name = await session.execute<{ name?: string }>('query-name').then((r) => r?.name || undefined, notKnown);
  if (uuid && !ZERO_UUID.test(uuid)) return { key: `uuid:${uuid}`, name };
  if (name) return { key: `name:${name}`, name };
  return { key: `socket:${target.replace(/^unix:/, '')}`, name };
}


/**
 * A server that does not know the command (CommandNotFound: the storage
 * daemon has no query-uuid) falls through to the next field. Any other
 * answer is the call's error: a replayer's "trace mismatch" names the first
 * command that went off the trace only if it is said here (found by a QA
 * run). A timeout or a lost connection is not an answer either: keying the
 * state by the next field would be a guess.
 */
function notKnown(err: unknown): undefined {
  if (err instanceof QmpError && err.errorClass === 'CommandNotFound') return undefined;
  throw err;
}

/**
 * The socket part of a key: a unix socket by its real path (links and
 * `..` resolved), so that every way of naming it gives one key, and a
 * manager reaching the VM by a link reads the records another left.
 */
export function socketTarget(ep: Endpoint | undefined): string {
  if (ep === undefined) return 'unknown';
  if (!('path' in ep)) return formatEndpoint(ep);
  try {
    return fs.realpathSync(ep.path);
  } catch {
    return path.resolve(ep.path);
  }
}

/** A file name for a key: readable, and safe whatever the key holds (lib/snapshots names its store with it). */
export function keyFileName(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`) + '.json';
}
