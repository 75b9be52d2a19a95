import json, random, sys
seed=int(sys.argv[1]); mode=sys.argv[2]; random.seed(seed)
nodes = ['libvirt-1-format','libvirt-2-format','libvirt-3-format'] if mode=='blockdev' else ['drive0']
files = ['/tmp/simprobe/top.qcow2','/tmp/simprobe/mid.qcow2','/tmp/simprobe/base.qcow2']
ids=['j1','j2']
cmds=[{"execute":"qmp_capabilities"}]
def dev(): return random.choice(nodes)
def jid(): return random.choice(ids) if mode=='blockdev' else 'drive0'
for i in range(random.randint(6,14)):
    r=random.random()
    speed=random.choice([0,0,1048576,4194304])
    if r<0.15:
        a={"device":dev(),"speed":speed}
        if mode=='blockdev': a["job-id"]=jid()
        if random.random()<0.3: a["base"]=random.choice(files)
        if random.random()<0.3: a["auto-dismiss"]=False
        if random.random()<0.2: a["auto-finalize"]=False
        cmds.append({"execute":"block-stream","arguments":a})
    elif r<0.3:
        a={"device":dev(),"speed":speed}
        if mode=='blockdev': a["job-id"]=jid()
        if random.random()<0.4: a["top"]=random.choice(files)
        if random.random()<0.4: a["base"]=random.choice(files)
        if random.random()<0.3: a["auto-dismiss"]=False
        cmds.append({"execute":"block-commit","arguments":a})
    elif r<0.6:
        v=random.choice(['block-job-pause','block-job-resume','block-job-cancel','block-job-complete','block-job-set-speed'])
        a={"device":jid()}
        if v=='block-job-cancel' and random.random()<0.5: a["force"]=True
        if v=='block-job-set-speed': a["speed"]=random.choice([0,1048576,-1])
        cmds.append({"execute":v,"arguments":a})
    elif r<0.7:
        v=random.choice(['job-dismiss','job-finalize','job-cancel','job-complete'])
        cmds.append({"execute":v,"arguments":{"id":jid()}})
    elif r<0.8:
        cmds.append({"execute":random.choice(["query-block-jobs","query-jobs","query-block"])})
    elif r<0.85:
        cmds.append(round(random.choice([0.3,0.5,1.0]),1))
    elif r<0.9:
        k=random.random()
        if k<0.5:
            a={"device":dev(),"target":f"/tmp/simprobe/copy{i}.qcow2","sync":random.choice(["full","top","none"]),"format":"qcow2","speed":speed}
            if mode=='blockdev': a["job-id"]=jid()
            if random.random()<0.3: a["auto-dismiss"]=False
            cmds.append({"execute":"drive-mirror","arguments":a})
        else:
            d={"snapshot-file":f"/tmp/simprobe/snap{i}.qcow2","format":"qcow2"}
            if mode=='blockdev': d["node-name"]=dev(); d["snapshot-node-name"]=f"snap{i}"
            else: d["device"]="drive0"
            cmds.append({"execute":"transaction","arguments":{"actions":[{"type":"blockdev-snapshot-sync","data":d}]}})
    else:
        cmds.append({"execute":"query-named-block-nodes","arguments":{"flat":True}})
cmds.append(0.5)
cmds.append({"execute":"query-jobs"})
cmds.append({"execute":"quit"})
json.dump(cmds,open(f'/tmp/simscratch/rand/r{seed}-{mode}.json','w'))
