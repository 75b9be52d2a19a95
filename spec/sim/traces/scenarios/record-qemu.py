import json, socket, subprocess, sys, time, os
# usage: probe.py MODE cmds.json   MODE=drive|blockdev
mode=sys.argv[1]; cmds=json.load(open(sys.argv[2]))
out=sys.argv[3] if len(sys.argv)>3 else None
entries=[]; t0=None
d='/tmp/simprobe'; sock=f'{d}/q.sock'
if os.path.exists(sock): os.unlink(sock)
args=['qemu-system-x86_64','-machine','none','-nodefaults','-display','none','-qmp',f'unix:{sock},server=on,wait=off']
if mode in ('drive','drive2'):
    args+=['-drive',f'if=none,id=drive0,file={d}/top.qcow2,format=qcow2']
    if mode=='drive2': args+=['-drive',f'if=none,id=drive1,file={d}/b-top.qcow2,format=qcow2']
else:
    base3 = '{"driver":"qcow2","file":"libvirt-3-storage","node-name":"libvirt-3-format","read-only":true,"backing":null}'
    if mode=='blkdebug':
        base3 = '{"driver":"qcow2","file":{"driver":"blkdebug","node-name":"libvirt-3-blkdebug","image":"libvirt-3-storage","inject-error":[{"event":"read_aio","errno":5,"once":true}]},"node-name":"libvirt-3-format","read-only":true,"backing":null}'
    args+=['-blockdev',f'{{"driver":"file","filename":"{d}/base.qcow2","node-name":"libvirt-3-storage"}}',
      '-blockdev',base3,
      '-blockdev',f'{{"driver":"file","filename":"{d}/mid.qcow2","node-name":"libvirt-2-storage"}}',
      '-blockdev','{"driver":"qcow2","file":"libvirt-2-storage","node-name":"libvirt-2-format","read-only":true,"backing":"libvirt-3-format"}',
      '-blockdev',f'{{"driver":"file","filename":"{d}/top.qcow2","node-name":"libvirt-1-storage"}}',
      '-blockdev','{"driver":"qcow2","file":"libvirt-1-storage","node-name":"libvirt-1-format","backing":"libvirt-2-format"}']
p=subprocess.Popen(args)
for i in range(100):
    if os.path.exists(sock): break
    time.sleep(0.05)
s=socket.socket(socket.AF_UNIX); s.connect(sock); s.settimeout(0.3); t0=time.time()
buf=b''
def drain(wait=0.3):
    global buf
    end=time.time()+wait
    while time.time()<end:
        try:
            try: c=s.recv(65536)
            except ConnectionResetError: c=b''
            if not c: print('EOF'); return
            buf+=c
        except socket.timeout: pass
        while b'\n' in buf:
            l,buf=buf.split(b'\n',1)
            m=json.loads(l)
            entries.append({'t': round((time.time()-t0)*1000,3), 'dir':'s2c', 'msg': dict(m)})
            if 'timestamp' in m: del m['timestamp']
            t=json.dumps(m)
            print("  <", t)
drain(0.2)
for c in cmds:
    if isinstance(c,(int,float)): drain(c); continue
    raw = c if isinstance(c,str) else json.dumps(c)
    entries.append({'t': round((time.time()-t0)*1000,3), 'dir':'c2s', **({'msg': c} if not isinstance(c,str) else {'raw': c.strip()})})
    print('>', raw); s.sendall(raw.encode() if isinstance(c,str) else (raw+'\n').encode()); drain(0.15)
drain(0.5)
p.kill(); p.wait()
if out:
    scen=os.path.basename(out)[:-6]
    desc=sys.argv[4]
    layers='32 MiB qcow2 chain base.qcow2 <- mid.qcow2 <- top.qcow2 (absolute backing paths): base holds 0x11 in [0,28M), mid holds 0x22 in [8M,24M) and a zero cluster range [26M,27M), top holds 0x33 in [0,4M) and 0x44 in [20M,22M); [28M,32M) is unallocated everywhere. '
    disk={'chain':['top.qcow2','mid.qcow2','base.qcow2'],'kind':'drive' if mode.startswith('drive') else 'blockdev'}
    if mode.startswith('drive'): disk['id']='drive0'
    disks=[disk]
    if mode=='drive2': disks.append({'chain':['b-top.qcow2','b-mid.qcow2','b-base.qcow2'],'kind':'drive','id':'drive1'})
    if mode=='blkdebug': disk['blkdebug']={'layer':2,'rules':[{'errno':5,'event':'read_aio','once':True}]}
    h={'qmpTrace':1,'source':'qemu-system-x86_64 7.2.22','scenario':scen,'description':layers+('Legacy -drive if=none,id=drive0 on top.qcow2. ' if mode.startswith('drive') else '-blockdev graph like libvirt (libvirt-1 top ... libvirt-3 base), no frontend. ')+desc,
       'setup':{'disks':disks,'imageDir':d,'qemu':'-machine none -nodefaults -display none'}}
    with open(out,'w') as f:
        f.write(json.dumps(h)+'\n')
        for e in entries: f.write(json.dumps(e)+'\n')
