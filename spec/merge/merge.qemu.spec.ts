/**
 * The seed's four merges of `base <- mid <- top` against a real QEMU 7.2,
 * -drive and -blockdev (with and without a guest device), each through one blockMerge call: the chain as qemu-img
 * reads it afterwards, the manager's view, and the guest-visible data against
 * a copy flattened beforehand. Invalid pairs are refused before anything is sent.
 */
import { expect } from 'chai';
import { useQemuSandbox } from '../helpers/qemu.js';
import { chainOf, recordEvents, sameData, startVm, stopVm, type Kind, type Vm } from './helpers/vm.js';

for (const kind of ['drive', 'blockdev', 'blockdev-vda'] as Kind[]) {
  describe(`blockMerge against QEMU 7.2 (-${kind})`, function () {
    this.timeout(60_000);
    const dir = useQemuSandbox('qmpblock-merge-');
    let vm: Vm | undefined;
    afterEach(async () => {
      if (vm) await stopVm(vm).catch(() => undefined);
      vm = undefined;
    });

    async function merge(pick: (c: { top: string; mid: string; base: string }) => [string, string]): Promise<{ c: { top: string; mid: string; base: string }; reference: string; events: string[] }> {
      vm = await startVm(dir(), [kind]);
      const d = vm.disks[0]!;
      const [top, mid, base] = d.chain.images as [string, string, string];
      const c = { top, mid, base };
      const events = recordEvents(vm.m);
      const [source, dest] = pick(c);
      await vm.m.blockMerge(d.name, source, dest);
      return { c, reference: d.reference, events: events.map((e) => `${e.type}:${e.status}`) };
    }

    it('1. forward into the current image (mid into top): base <- top', async () => {
      const { c, reference, events } = await merge((c) => [c.mid, c.top]);
      expect(events).to.deep.equal(['pull:COMPLETED']);
      expect(vm!.m.getDisk(vm!.disks[0]!.name).chain.map((i) => i.filename)).to.deep.equal([c.top, c.base]);
      await stopVm(vm!);
      vm = undefined;
      expect(await chainOf(c.top)).to.deep.equal([c.top, c.base]);
      expect(await sameData(c.top, reference)).to.equal(true);
    });

    it('2. forward into a non-current image (base into mid): mid <- top', async () => {
      const { c, reference, events } = await merge((c) => [c.base, c.mid]);
      expect(events).to.deep.equal(['pull:COMPLETED']);
      expect(vm!.m.getDisk(vm!.disks[0]!.name).chain.map((i) => i.filename)).to.deep.equal([c.top, c.mid]);
      await stopVm(vm!);
      vm = undefined;
      expect(await chainOf(c.top)).to.deep.equal([c.top, c.mid]);
      expect(await sameData(c.top, reference)).to.equal(true);
    });

    it('3. backward merge of the current image (top into mid): base <- mid, the disk on mid', async () => {
      const { c, reference, events } = await merge((c) => [c.top, c.mid]);
      expect(events).to.deep.equal(['active-commit:READY', 'active-commit:COMPLETED']);
      expect(vm!.m.getDisk(vm!.disks[0]!.name).chain.map((i) => i.filename)).to.deep.equal([c.mid, c.base]);
      await stopVm(vm!);
      vm = undefined;
      expect(await chainOf(c.mid)).to.deep.equal([c.mid, c.base]);
      expect(await sameData(c.mid, reference)).to.equal(true);
    });

    it('4. backward merge of a non-current image (mid into base): base <- top', async () => {
      const { c, reference, events } = await merge((c) => [c.mid, c.base]);
      expect(events).to.deep.equal(['commit:COMPLETED']);
      expect(vm!.m.getDisk(vm!.disks[0]!.name).chain.map((i) => i.filename)).to.deep.equal([c.top, c.base]);
      await stopVm(vm!);
      vm = undefined;
      expect(await chainOf(c.top)).to.deep.equal([c.top, c.base]);
      expect(await sameData(c.top, reference)).to.equal(true);
    });

    it('refuses pairs that are not adjacent or not in the chain, sending nothing', async () => {
      vm = await startVm(dir(), [kind]);
      const d = vm.disks[0]!;
      const [top, mid, base] = d.chain.images as [string, string, string];
      const sent: string[] = [];
      const exec = vm.session.execute.bind(vm.session);
      vm.session.execute = ((cmd: string, ...rest: unknown[]) => {
        sent.push(cmd);
        return (exec as (...a: unknown[]) => Promise<unknown>)(cmd, ...rest);
      }) as typeof vm.session.execute;
      const cases: [string, string, RegExp][] = [
        [base, top, /merge source '.*base.qcow2' is not immediately below destination '.*top.qcow2' in chain for/],
        [top, base, /merge destination '.*base.qcow2' is not immediately below source '.*top.qcow2'/],
        ['/nowhere.qcow2', mid, /could not find image '\/nowhere.qcow2' in chain for/],
        [mid, mid, /cannot merge image '.*mid.qcow2' into itself/],
      ];
      for (const [s, t, re] of cases) {
        let err: Error | undefined;
        await vm.m.blockMerge(d.name, s, t).catch((e: Error) => (err = e));
        expect(err?.message, `${s} -> ${t}`).to.match(re);
      }
      expect(sent).to.deep.equal([]);
    });
  });
}
