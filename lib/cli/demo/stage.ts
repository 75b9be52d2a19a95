/**
 * Where the demo runs: the embedded simulator (default, no set-up) or a real
 * QEMU over qcow2 files in a temporary folder (--qemu). Either way the demo
 * gets a QMP session, a BlockJobManager attached to it with a throw-away
 * state folder, the seed's image names, and a way to check the guest's data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QmpSession } from '../../qmp/session.js';
import { BlockJobManager } from '../../jobs/index.js';
import { startSimulator, type Simulator } from '../../sim/index.js';

export interface SeedImages {
  template: string;
  intermediate: string;
  current: string;
  snapshot: string;
}

export interface DemoStage {
  /** "the embedded QEMU simulator" / "QEMU 7.2.x" */
  readonly what: string;
  readonly session: QmpSession;
  readonly manager: BlockJobManager;
  readonly disk: string;
  readonly images: SeedImages;
  /**
   * What the guest sees now, as a comparable string; undefined where it
   * cannot be read live (real QEMU: checked with qemu-img once it quits).
   */
  content(): string | undefined;
  /** The guest writes `mib` MiB at the start of the disk (into its top image). */
  guestWrite(mib: number): Promise<void>;
  /** Stop the backend; then a final data check, as a line for the summary. */
  finish(): Promise<{ ok: boolean; text: string }>;
  /** Release everything (also after a failure). */
  dispose(): Promise<void>;
}

/** A throw-away state folder: the demo must not leave snapshots in the user's. */
export function tempStateDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'qmpblock-demo-state-'));
}

export async function simStage(): Promise<DemoStage> {
  const images: SeedImages = {
    template: '/demo/template.qcow2',
    intermediate: '/demo/intermediate.qcow2',
    current: '/demo/current.qcow2',
    snapshot: '/demo/current.snap1.qcow2',
  };
  const stateDir = tempStateDir();
  let sim: Simulator | undefined;
  let session: QmpSession | undefined;
  try {
    sim = await startSimulator({
      disks: [{ name: 'vda', chain: [images.current, images.intermediate, images.template] }],
      clock: 'real',
      name: 'demo',
    });
    session = await QmpSession.connect(sim.endpoint);
    const manager = await BlockJobManager.attach(session, { stateDir });
    manager.useAllJobTypes();
    const s = sim;
    const sess = session;
    let writes = 0;
    return {
      what: 'the embedded QEMU simulator',
      session: sess,
      manager,
      disk: 'vda',
      images,
      content: () => JSON.stringify(s.guestContent('vda')),
      async guestWrite(mib) {
        s.guestWrite('vda', 0, mib * 1048576, `guest-write-${++writes}`);
      },
      async finish() {
        return { ok: true, text: 'guest-visible data compared live on the simulator' };
      },
      async dispose() {
        manager.detach();
        await sess.close().catch(() => undefined);
        await s.close();
        fs.rmSync(stateDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    session?.destroy();
    await sim?.close();
    fs.rmSync(stateDir, { recursive: true, force: true });
    throw err;
  }
}
