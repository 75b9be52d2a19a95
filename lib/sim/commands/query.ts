/**
 * Read-only commands: block devices and nodes, jobs, and the few machine
 * queries a management layer asks first (status, uuid, name).
 */
import type { CommandDef } from '../machine.js';
import { queryBlock, queryNamedBlockNodes } from '../info.js';
import { debugBlockGraph } from '../debug-graph.js';

export const queryCommands: Record<string, CommandDef> = {
  'query-block': { args: {}, run: (m) => queryBlock(m.graph) },
  'query-named-block-nodes': {
    args: { flat: { type: 'bool' } },
    run: (m, a) => queryNamedBlockNodes(m.graph, a.flat === true),
  },
  'x-debug-query-block-graph': { args: {}, run: (m) => debugBlockGraph(m.graph, m.jobsNewestFirst()) },
  'query-block-jobs': {
    args: {},
    run: (m) => m.jobsNewestFirst().filter((j) => j.isBlockJob).map((j) => j.blockJobInfo()),
  },
  'query-jobs': { args: {}, run: (m) => m.jobsNewestFirst().map((j) => j.jobInfo()) },
  'query-version': {
    args: {},
    run: (m) => ({ qemu: { micro: 22, minor: 2, major: 7 }, package: m.packageString }),
  },
  'query-commands': { args: {}, run: (m) => m.commandNames().map((name) => ({ name })) },
  'query-status': { args: {}, run: () => ({ status: 'running', singlestep: false, running: true }) },
  'query-uuid': { args: {}, run: (m) => ({ UUID: m.uuid }) },
  'query-name': { args: {}, run: (m) => (m.name === undefined ? {} : { name: m.name }) },
  quit: {
    args: {},
    run(m) {
      m.shutdown();
      return {};
    },
  },
};
