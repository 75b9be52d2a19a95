/**
 * `x-debug-query-block-graph`: the block graph as QEMU 7.2 draws it
 * (XDbgBlockGraph): block-backend, block-job and block-driver nodes, and the
 * edges between them, named as QEMU names the children ('root', 'backing',
 * 'file', and a job's 'main node', 'source', 'target', 'intermediate node').
 * A job's filter sits between a node and its parents there, as in QEMU
 * (the simulator's own links skip it). Permissions are not modelled: the
 * edges carry empty `perm` and `shared-perm` lists. Reads; changes nothing.
 */
import type { BlockGraph, BlockNode } from './graph.js';
import type { SimJob } from './job.js';

interface GraphNode {
  id: number;
  type: 'block-backend' | 'block-job' | 'block-driver';
  name: string;
}

interface GraphEdge {
  parent: number;
  child: number;
  name: string;
  perm: string[];
  'shared-perm': string[];
}

/** A job that can say which nodes it uses (BlockJob). */
interface GraphJob {
  id: string;
  graphEdges?: () => { name: string; node: BlockNode }[];
}

export function debugBlockGraph(graph: BlockGraph, jobs: readonly SimJob[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const ids = new Map<BlockNode, number>();
  let next = 1;
  for (const n of graph.nodes.values()) {
    ids.set(n, next);
    nodes.push({ id: next++, type: 'block-driver', name: n.nodeName });
  }
  // The filter a job put above a node: its parents point at the filter instead.
  const above = new Map<BlockNode, BlockNode>();
  for (const n of graph.nodes.values()) if (n.isFilter && n.file) above.set(n.file, n);
  const seen = (from: BlockNode, child: BlockNode): BlockNode => (above.get(child) !== from && above.has(child) ? above.get(child)! : child);
  const edge = (parent: number, child: BlockNode, name: string): void => {
    const id = ids.get(child);
    if (id !== undefined) edges.push({ parent, child: id, name, perm: [], 'shared-perm': [] });
  };
  for (const b of graph.backends.values()) {
    nodes.push({ id: next, type: 'block-backend', name: b.name });
    edge(next++, seen(b.root, b.root), 'root');
  }
  for (const n of graph.nodes.values()) {
    const id = ids.get(n)!;
    // QEMU's job filters hold what they sit on as 'backing' (mirror_top, commit_top) or 'file' (copy-on-read).
    if (n.isFilter && n.file) edge(id, n.file, n.driver === 'copy-on-read' ? 'file' : 'backing');
    else if (n.file) edge(id, n.file, 'file');
    if (n.backing) edge(id, seen(n, n.backing), 'backing');
  }
  for (const j of jobs as readonly GraphJob[]) {
    if (typeof j.graphEdges !== 'function') continue;
    nodes.push({ id: next, type: 'block-job', name: j.id });
    for (const e of j.graphEdges()) edge(next, e.node, e.name);
    next++;
  }
  return { nodes, edges };
}
