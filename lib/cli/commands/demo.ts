/**
 * `demo` (what `npm start` runs): the seed's story on the embedded simulator
 * with no set-up, or with --qemu on a real QEMU over qcow2 files in a
 * temporary folder. Exit 0 when every check of the story held.
 */
import { flag } from '../argv.js';
import type { Command } from '../context.js';
import { CliFailure } from '../errors.js';
import { DemoScreen } from '../demo/render.js';
import { simStage, type DemoStage } from '../demo/stage.js';
import { runStory } from '../demo/story.js';

export const demo: Command = {
  usage: 'demo [--qemu]',
  spec: { name: 'demo', flags: ['qemu'] },
  async run(ctx, args) {
    let stage: DemoStage;
    if (flag(args, 'qemu')) {
      // Loaded only here: the default demo must not need the QEMU harness.
      const { qemuStage } = await import('../demo/qemu-stage.js');
      stage = await qemuStage();
    } else {
      stage = await simStage();
    }
    // Ctrl-C: stop the backend (QEMU, temp files) at once; the story then fails on its closed session.
    let interrupted = false;
    let disposing: Promise<void> | undefined;
    const dispose = (): Promise<void> => (disposing ??= stage.dispose());
    const unhook = ctx.onInterrupt(
      () => {
        interrupted = true;
        void dispose();
      },
      { term: true },
    );
    try {
      const ok = await runStory(stage, new DemoScreen(ctx.printer), ctx.now);
      if (!ok) throw new CliFailure('the demo finished, but a check failed (see the summary)');
      return 0;
    } catch (err) {
      if (interrupted) throw new CliFailure('demo interrupted');
      throw err;
    } finally {
      unhook();
      await dispose();
    }
  },
};
