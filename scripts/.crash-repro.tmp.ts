import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startVm, stopVm } from '../spec/merge/helpers/vm.js';

for (let i = 0; i < 30; i++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crash-'));
  const vm = await startVm(dir, ['drive', 'blockdev']);
  const ov = [path.join(dir, 'o0.qcow2'), path.join(dir, 'o1.qcow2')];
  await vm.m.snapshotCreate('s', [{ disk: vm.disks[0]!.name, file: ov[0]!, merge: 'backward' }, { disk: vm.disks[1]!.name, file: ov[1]!, merge: 'forward' }]);
  await vm.session.execute('human-monitor-command', { 'command-line': `qemu-io drive0 "write -P 102 2097152 1048576"` });
  const node = vm.m.getDisk(vm.disks[1]!.name).chain[0]!.nodeName!;
  await vm.session.execute('human-monitor-command', { 'command-line': `qemu-io ${node} "write -P 103 31457280 1048576"` });
  await vm.m.snapshotDelete('s').catch((e) => console.log('delete failed', e.message));
  const dead = !vm.qemu.running || vm.session.closed;
  await stopVm(vm).catch(() => undefined);
  console.log(i, dead ? `DEAD ${JSON.stringify(vm.qemu.exitInfo)}` : 'ok');
  if (dead) { console.log(vm.qemu.stderr); console.log('pid', vm.qemu.pid); break; }
  fs.rmSync(dir, { recursive: true, force: true });
}
