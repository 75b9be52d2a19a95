/**
 * Which store file belongs to a manager's VM: the `stateFile` it was given,
 * else `<stateDir>/<key>.json` with the VM key as interface.md defines it
 * (query-uuid when not all zeros, else query-name, else the socket; a monitor
 * that is not a socket gets `socket:unknown`, and its caller should pass `vmKey`).
 */
import path from 'node:path';
import { keyFileName, socketTarget, vmIdentity } from '../cli/vm-key.js';
import type { BlockJobManager } from '../jobs/manager.js';
import { defaultStateDir, SnapshotStore } from './store.js';

const stores = new WeakMap<BlockJobManager, Promise<SnapshotStore>>();

export function storeFor(m: BlockJobManager): Promise<SnapshotStore> {
  let s = stores.get(m);
  if (!s) {
    s = (async () => {
      const o = m.options;
      const key = o.vmKey ?? (await vmIdentity(m.session, socketTarget(m.session.endpoint))).key;
      const file = o.stateFile ?? path.join(o.stateDir ?? defaultStateDir(), keyFileName(key));
      return new SnapshotStore(file, key);
    })();
    stores.set(m, s);
  }
  return s;
}
