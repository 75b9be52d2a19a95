/**
 * Graph-changing commands: external snapshots (blockdev-snapshot-sync,
 * blockdev-snapshot, in a transaction or alone), blockdev-add/-del and
 * blockdev-create. A transaction checks every action before applying any,
 * so it is all or nothing.
 */
import { generic } from '../errors.js';
import { BlockNode, nodeFilename } from '../graph.js';
import { SimImage, resolveBacking, type ImageFormat } from '../image.js';
import type { CommandDef, SimMachine } from '../machine.js';
import { CreateJob } from '../jobs/create.js';
import { checkArgs } from '../args.js';
import { launch, lookupNode, num, str } from './common.js';

const NODE_NAME = /^[A-Za-z][A-Za-z0-9._-]{0,30}$/;

export function checkNewNodeName(m: SimMachine, name: string | undefined): void {
  if (name === undefined) return;
  if (!NODE_NAME.test(name)) throw generic(`Invalid node-name: '${name}'`);
  if (m.graph.nodes.has(name)) throw generic(`Duplicate nodes with node-name='${name}'`);
  if (m.graph.backends.has(name)) throw generic(`node-name=${name} is conflicting with a device id`);
}

const snapshotSyncArgs = {
  device: { type: 'str' },
  'node-name': { type: 'str' },
  'snapshot-file': { type: 'str', required: true },
  'snapshot-node-name': { type: 'str' },
  format: { type: 'str' },
  mode: { type: { enum: ['existing', 'absolute-paths'] } },
} as const;

const snapshotArgs = { node: { type: 'str', required: true }, overlay: { type: 'str', required: true } } as const;

/**
 * QEMU's op blockers on a node, newest first: a job using it, then an
 * overlay using it as its backing image. Both refuse snapshots,
 * blockdev-del, and a node as a mirror's target or the node it replaces.
 */
export function checkOpBlockers(m: SimMachine, bs: BlockNode): void {
  if (bs.blocker) throw generic(`Node '${m.graph.deviceOrNodeName(bs)}' is busy: block device is in use by block job: ${bs.blocker.type}`);
  const parent = m.graph.nodeParents(bs).find((p) => p.backing === bs);
  if (parent) throw generic(`Node '${m.graph.deviceOrNodeName(bs)}' is busy: node is used as backing hd of '${m.graph.deviceOrNodeName(parent)}'`);
}

/** Check one snapshot action; return the function that applies it. */
function prepareSnapshot(m: SimMachine, type: string, a: Record<string, unknown>): () => void {
  if (type === 'blockdev-snapshot-sync') {
    checkArgs(snapshotSyncArgs, a);
    const device = str(a.device);
    const nodeName = str(a['node-name']);
    const bs = lookupNode(m, device, nodeName);
    m.drainNode(bs);
    checkOpBlockers(m, bs);
    const file = str(a['snapshot-file'])!;
    const snapName = str(a['snapshot-node-name']);
    checkNewNodeName(m, snapName);
    const format = (str(a.format) ?? 'qcow2') as ImageFormat;
    const mode = str(a.mode) ?? 'absolute-paths';
    if (mode === 'existing' && !m.store.has(file)) throw generic(`Could not open '${file}': No such file or directory`);
    return () => {
      let image = m.store.get(file);
      if (mode !== 'existing' || !image) {
        image = m.store.add(new SimImage(file, format, bs.image.size));
        image.backingFile = nodeFilename(bs);
        image.backingFormat = bs.image.format;
      }
      // The new overlay only lives in its users: a node with no parent and no
      // device (a bare -blockdev top) gets an overlay that is dropped at
      // once, leaving just the new image file (QEMU 7.2 does the same).
      if (!m.graph.backendOf(bs) && m.graph.nodeParents(bs).length === 0) {
        bs.readOnly = true; // reopened read-only for the overlay that is then gone
        return;
      }
      const overlay = m.graph.addImageNodes(image, { nodeName: snapName });
      m.graph.replaceNode(bs, overlay);
      overlay.backing = bs;
      bs.setReadOnly(true);
    };
  }
  if (type === 'blockdev-snapshot') {
    checkArgs(snapshotArgs, a);
    const bs = lookupNode(m, str(a.node), str(a.node));
    checkOpBlockers(m, bs);
    const overlay = lookupNode(m, undefined, str(a.overlay));
    if (overlay.backing) throw generic(`The overlay already has a backing image`);
    if (m.graph.backendOf(overlay) || m.graph.nodeParents(overlay).length > 0) throw generic(`The overlay is already in use`);
    return () => {
      m.graph.replaceNode(bs, overlay);
      overlay.backing = bs;
      if (!overlay.image.backingFile) {
        overlay.image.backingFile = nodeFilename(bs);
        overlay.image.backingFormat = bs.image.format;
      }
      bs.readOnly = true;
    };
  }
  throw generic(`Parameter 'type' does not accept value '${type}'`);
}

/** Open a node for an image file, following its backing file names (as -drive does). */
export function openChain(m: SimMachine, image: SimImage, readOnly: boolean, names?: { nodeName?: string; fileNodeName?: string }): BlockNode {
  const node = m.graph.addImageNodes(image, { ...names, readOnly });
  if (image.backingFile) {
    const below = m.store.get(resolveBacking(image.filename, image.backingFile));
    if (below) node.backing = openChain(m, below, true);
  }
  return node;
}

function resolveFileChild(m: SimMachine, file: unknown): BlockNode {
  if (typeof file === 'string') return lookupNode(m, undefined, file);
  if (file && typeof file === 'object') {
    const f = file as Record<string, unknown>;
    const filename = str(f.filename);
    const image = filename !== undefined ? m.store.get(filename) : undefined;
    if (!image) throw generic(`Could not open '${filename ?? ''}': No such file or directory`);
    return m.graph.addFileNode(image, str(f['node-name']));
  }
  throw generic("Parameter 'file' is missing");
}

export const blockdevCommands: Record<string, CommandDef> = {
  transaction: {
    args: { actions: { type: { list: 'obj' }, required: true }, properties: { type: 'obj' } },
    run(m, a) {
      const actions = a.actions as Array<Record<string, unknown>>;
      m.drainBlip();
      const apply = actions.map((act) => {
        const type = str(act.type);
        if (type === undefined) throw generic("Parameter 'type' is missing");
        const data = act.data;
        if (!data || typeof data !== 'object') throw generic("Parameter 'data' is missing");
        return prepareSnapshot(m, type, data as Record<string, unknown>);
      });
      for (const f of apply) f();
      return {};
    },
  },
  'blockdev-snapshot-sync': { args: snapshotSyncArgs, run: (m, a) => (prepareSnapshot(m, 'blockdev-snapshot-sync', a)(), {}) },
  'blockdev-snapshot': { args: snapshotArgs, run: (m, a) => (prepareSnapshot(m, 'blockdev-snapshot', a)(), {}) },
  'blockdev-add': {
    args: {
      driver: { type: 'str', required: true },
      'node-name': { type: 'str' },
      filename: { type: 'str' },
      file: { type: 'any' },
      backing: { type: 'any' },
      'read-only': { type: 'bool' },
      'auto-read-only': { type: 'bool' },
      discard: { type: 'str' },
      cache: { type: 'obj' },
      'detect-zeroes': { type: 'str' },
      locking: { type: 'str' },
    },
    run(m, a) {
      const driver = str(a.driver)!;
      const nodeName = str(a['node-name']);
      if (nodeName === undefined) throw generic('A top-level node must have a node name');
      checkNewNodeName(m, nodeName);
      if (driver === 'file') {
        const filename = str(a.filename);
        if (filename === undefined) throw generic("Parameter 'filename' is missing");
        const image = m.store.get(filename);
        if (!image) throw generic(`Could not open '${filename}': No such file or directory`);
        m.graph.addFileNode(image, nodeName);
        return {};
      }
      if (driver !== 'qcow2' && driver !== 'raw') throw generic(`Parameter 'driver' does not accept value '${driver}'`);
      const fileNode = resolveFileChild(m, a.file);
      const image = fileNode.image;
      const fmt = new BlockNode(nodeName, driver, image, a['read-only'] === true, false);
      fmt.file = fileNode;
      m.graph.nodes.set(nodeName, fmt);
      if ('backing' in a) {
        if (a.backing !== null) fmt.backing = lookupNode(m, undefined, str(a.backing));
      } else if (image.backingFile) {
        const below = m.store.get(resolveBacking(image.filename, image.backingFile));
        if (below) fmt.backing = openChain(m, below, true);
      }
      return {};
    },
  },
  'blockdev-del': {
    args: { 'node-name': { type: 'str', required: true } },
    run(m, a) {
      const name = str(a['node-name'])!;
      const node = m.graph.nodes.get(name);
      if (!node) throw generic(`Failed to find node with node-name='${name}'`);
      checkOpBlockers(m, node);
      if (m.graph.backendOf(node) || m.graph.nodeParents(node).length > 0) throw generic(`Block device ${name} is in use`);
      m.graph.nodes.delete(name);
      return {};
    },
  },
  'blockdev-create': {
    args: { 'job-id': { type: 'str', required: true }, options: { type: 'obj', required: true } },
    run(m, a) {
      const id = str(a['job-id'])!;
      if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(id)) throw generic(`Invalid job ID '${id}'`);
      if (m.jobs.has(id)) throw generic(`Job ID '${id}' already in use`);
      const o = a.options as Record<string, unknown>;
      const driver = str(o.driver);
      let image: SimImage;
      let format: () => void;
      if (driver === 'file') {
        const filename = str(o.filename);
        if (filename === undefined) throw generic("Parameter 'filename' is missing");
        image = m.store.get(filename) ?? m.store.add(new SimImage(filename, 'raw', 0));
        format = () => {
          image.format = 'raw';
          image.size = num(o.size) ?? 0;
          image.extents.clear(0, Number.MAX_SAFE_INTEGER);
        };
      } else if (driver === 'qcow2' || driver === 'raw') {
        const fileNode = lookupNode(m, undefined, str(o.file));
        image = fileNode.image;
        format = () => {
          image.format = driver;
          image.size = num(o.size) ?? 0;
          image.extents.clear(0, Number.MAX_SAFE_INTEGER);
          image.backingFile = str(o['backing-file']) ?? null;
          image.backingFormat = image.backingFile ? (str(o['backing-fmt']) ?? 'qcow2') : null;
        };
      } else {
        throw generic(`Parameter 'driver' does not accept value '${driver ?? ''}'`);
      }
      launch(m, new CreateJob(m, id, format, image), 0);
      return {};
    },
  },
};
