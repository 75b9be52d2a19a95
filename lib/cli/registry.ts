/**
 * Every command, by name. One module per command group under commands/.
 */
import type { Command } from './context.js';
import { blockcommit } from './commands/commit.js';
import { blockcopy } from './commands/copy.js';
import { blockjob } from './commands/blockjob.js';
import { blockpull } from './commands/pull.js';
import { chain, domblklist } from './commands/disks.js';
import { events } from './commands/events.js';
import { merge } from './commands/merge.js';
import { snapshotCreate, snapshotDelete, snapshotList } from './commands/snapshot.js';
import { record, replay } from './commands/trace.js';
import { sim } from './commands/sim.js';
import { demo } from './commands/demo.js';

export const COMMANDS: readonly Command[] = [
  domblklist,
  chain,
  blockpull,
  blockcommit,
  blockcopy,
  blockjob,
  merge,
  snapshotCreate,
  snapshotList,
  snapshotDelete,
  events,
  record,
  replay,
  sim,
  demo,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.spec.name === name);
}

