/**
 * Derive a simulator set-up from a recorded QMP trace, so the simulator can
 * be driven with the trace's commands: the chain and sizes from the first
 * query-block or query-named-block-nodes answer (else from the last one, the
 * header description and the commands' paths), what each image holds from
 * the description ("base holds 0x11 in [0,28M), ..."), -drive or -blockdev
 * from the node names, and the greeting's package string. Best effort: what
 * cannot be derived is reported, not guessed silently.
 */
import type { Trace } from '../trace/format.js';
import type { Extent } from './extents.js';
import type { DiskSpec } from './setup.js';
import { MiB } from './image.js';

export interface TraceSetup {
  disks: DiskSpec[];
  /** Standalone images made before QEMU started (e.g. a copy target). */
  images: Array<{ path: string; sizeBytes: number; backingFile?: string }>;
  /** Fault rules standing in for blkdebug nodes of the recording. */
  ioErrors: Array<{ image: string; operation: 'read' | 'write'; errno: 'EIO' | 'ENOSPC'; count: number }>;
  package: string;
  /** Why the set-up may be incomplete. */
  notes: string[];
}

type Json = Record<string, unknown>;

interface ChainInfo {
  paths: string[];
  size: number;
  format: 'qcow2' | 'raw';
}

function chainFromImage(img: Json | undefined): ChainInfo | undefined {
  if (!img) return undefined;
  const paths: string[] = [];
  let size = 0;
  let format: 'qcow2' | 'raw' = 'qcow2';
  for (let i: Json | undefined = img; i; i = i['backing-image'] as Json | undefined) {
    paths.push(String(i.filename));
    if (paths.length === 1) {
      size = Number(i['virtual-size']);
      format = i.format === 'raw' ? 'raw' : 'qcow2';
    }
  }
  return { paths, size, format };
}

/** Answers to query-block / query-named-block-nodes, in order. */
function queryAnswers(trace: Trace): Array<{ command: string; ret: unknown }> {
  const pending = new Map<string, string>();
  const out: Array<{ command: string; ret: unknown }> = [];
  for (const e of trace.entries) {
    const msg = e.msg;
    if (!msg) continue;
    if (e.dir === 'c2s' && typeof msg.execute === 'string') pending.set(JSON.stringify(msg.id), msg.execute);
    if (e.dir === 's2c' && 'return' in msg) {
      const cmd = pending.get(JSON.stringify(msg.id));
      if (cmd === 'query-block' || cmd === 'query-named-block-nodes') out.push({ command: cmd, ret: msg.return });
    }
  }
  return out;
}

/** "NAME holds 0x11 in [0,28M) and a zero cluster range [26M,27M)" -> extents per image name. */
export function layersFromDescription(description: string): Map<string, Extent[]> {
  const out = new Map<string, Extent[]>();
  const re = /([\w.-]+) holds (.*?)(?=;|\. |\.$|, [\w.-]+ holds|$)/g;
  for (const m of description.matchAll(re)) {
    const name = m[1]!;
    const extents: Extent[] = [];
    for (const d of m[2]!.matchAll(/(0x[0-9a-fA-F]+) in \[(\d+)M?,(\d+)M\)/g)) {
      extents.push({ start: Number(d[2]) * MiB, end: Number(d[3]) * MiB, fp: `${name}:${d[1]!.toLowerCase()}` });
    }
    for (const z of m[2]!.matchAll(/zero cluster range \[(\d+)M?,(\d+)M\)/g)) {
      extents.push({ start: Number(z[1]) * MiB, end: Number(z[2]) * MiB, fp: 'zero' });
    }
    if (extents.length > 0) out.set(name, extents);
  }
  return out;
}

function baseName(p: string): string {
  const b = p.slice(p.lastIndexOf('/') + 1);
  const dot = b.lastIndexOf('.');
  return dot > 0 ? b.slice(0, dot) : b;
}

function chainFromDescription(trace: Trace): ChainInfo | undefined {
  const d = trace.header.description;
  const m = /((?:[\w.-]+ <- )+[\w.-]+)/.exec(d);
  if (!m) return undefined;
  const names = m[1]!.split(' <- ').reverse();
  // Find the folder from any absolute path in the commands or answers.
  const text = trace.entries.map((e) => JSON.stringify(e.msg ?? '')).join('\n');
  const dir = new RegExp(`(/[^"]*/)${names[names.length - 1]!.replace(/\./g, '\\.')}`).exec(text)?.[1]
    ?? /\/var\/tmp\/qmp-trace-images\//.exec(text)?.[0] + `${trace.header.scenario}/`;
  const size = /(\d+) MiB/.exec(d);
  return { paths: names.map((n) => dir + n), size: size ? Number(size[1]) * MiB : 64 * MiB, format: 'qcow2' };
}

export function setupFromTrace(trace: Trace): TraceSetup {
  const notes: string[] = [];
  const greeting = trace.entries.find((e) => e.dir === 's2c' && e.msg && 'QMP' in e.msg)?.msg as Json | undefined;
  const pkg = String(((greeting?.QMP as Json | undefined)?.version as Json | undefined)?.package ?? 'qmpblock-sim');
  const layers = layersFromDescription(trace.header.description);
  const answers = queryAnswers(trace);
  const desc = trace.header.description;
  const blockdevHint = /-blockdev/.test(desc) && !/Legacy -drive/.test(desc);

  const disks: DiskSpec[] = [];
  const images: TraceSetup['images'] = [];
  const ioErrors: TraceSetup['ioErrors'] = [];
  const size = /(\d+) MiB/.exec(desc);
  const sizeBytes = size ? Number(size[1]) * MiB : 64 * MiB;
  // The project's recorder writes its set-up in the header: use it first.
  const hs = trace.header.setup as { disks?: Array<Json>; imageDir?: string } | undefined;
  if (hs?.disks && hs.imageDir) {
    for (const [i, d] of hs.disks.entries()) {
      const chain = (d.chain as string[]).map((n) => `${hs.imageDir}/${n}`);
      const name = typeof d.id === 'string' ? d.id : /id=([\w-]+)/.exec(desc)?.[1] ?? (i === 0 ? 'drive0' : `drive${i}`);
      disks.push({ name, chain, sizeBytes, blockdev: d.kind === 'blockdev' || undefined });
      const dbg = d.blkdebug as { layer: number; rules: Array<{ errno: number; event: string; once?: boolean }> } | undefined;
      for (const r of dbg?.rules ?? []) {
        const image = chain[dbg!.layer];
        const rule = { image, operation: /write/.test(r.event) ? 'write' : 'read', errno: r.errno === 28 ? 'ENOSPC' : 'EIO', count: r.once ? 1 : Infinity } as const;
        if (image) ioErrors.push(rule as TraceSetup['ioErrors'][number]);
      }
    }
    for (const m of desc.matchAll(/([\w.-]+\.qcow2) \((\d+) MiB, empty, no backing\) is made/g)) {
      images.push({ path: `${hs.imageDir}/${m[1]}`, sizeBytes: Number(m[2]) * MiB });
    }
    for (const m of desc.matchAll(/([\w.-]+\.qcow2) is made beforehand with qemu-img, backed by ([\w.-]+\.qcow2)/g)) {
      images.push({ path: `${hs.imageDir}/${m[1]}`, sizeBytes, backingFile: `${hs.imageDir}/${m[2]}` });
    }
  }
  const first = answers[0];
  if (disks.length > 0) {
    // set-up taken from the header
  } else if (first?.command === 'query-block' && Array.isArray(first.ret) && first.ret.length > 0) {
    for (const dev of first.ret as Json[]) {
      const chain = chainFromImage((dev.inserted as Json | undefined)?.image as Json | undefined);
      if (chain) disks.push({ name: String(dev.device), chain: chain.paths, sizeBytes: chain.size, format: chain.format });
    }
  } else if (first?.command === 'query-named-block-nodes' && Array.isArray(first.ret) && !blockdevHint) {
    notes.push('named nodes without a -blockdev description: set-up not derived');
  }
  if (disks.length === 0) {
    const chain = chainFromDescription(trace);
    if (chain) {
      const device = /id=([\w-]+)/.exec(desc)?.[1] ?? 'drive0';
      disks.push({ name: device, chain: chain.paths, sizeBytes: chain.size, format: chain.format, blockdev: blockdevHint || undefined });
    } else {
      notes.push('no chain found in the trace');
    }
  }
  for (const d of disks) {
    const ls = d.chain.map((p) => layers.get(baseName(p)));
    if (ls.every((l) => l === undefined)) {
      notes.push(`no image contents in the description for ${d.name}; using defaults`);
      continue;
    }
    d.layers = ls.map((l) => l ?? []);
  }
  return { disks, images, ioErrors, package: pkg, notes };
}
