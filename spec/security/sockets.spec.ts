    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
*    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
*    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
*    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
U    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
*    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
V    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
M    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
-    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
6    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
*    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
*    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
T    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
b    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
R    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
P    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
b    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
T    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
b    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
T    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
[    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
q    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
T    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
1    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
2    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
Q    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
M    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
P    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
q    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
2    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
7    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
b    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
"    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
[    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
]    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
]    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
\    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
b    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
>    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
&    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
7    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
7    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
7    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
*    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
*    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
R    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
`    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
`    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
-    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
*    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
U    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
<    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
T    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
>    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
b    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
>    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
P    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
<    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
T    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
>    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
P    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
<    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
T    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
>    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
b    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
-    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
b    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
E    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
>    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
q    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
b    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
-    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
-    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
E    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
>    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
6    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
[    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
`    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
$    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
2    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
`    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
]    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
U    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
>    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
T    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
?    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
q    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
8    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
q    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
6    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
6    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
U    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
>    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
R    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
P    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
8    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
q    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
6    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
6    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
T    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
b    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
P    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
<    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
>    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
>    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
>    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
!    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
/    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
v    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
b    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
T    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
q    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
U    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
>    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
T    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
m    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
g    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
8    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
q    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
6    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
j    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
F    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
T    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
{    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
0    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
h    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
:    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
k    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
w    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
=    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
>    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
b    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
O    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
E    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
x    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
p    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
s    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
r    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
F    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
S    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
y    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
n    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
c    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
i    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
,    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
f    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
8    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
o    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
.    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
e    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
q    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
u    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
l    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
(    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
d    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
t    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
a    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
'    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
     // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
}    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
)    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
;    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();

    // A dead process's socket: a hard link to a listening socket outlives its close().
    const old = await replayTrace(trace, { speed: 0, listen: path.join(dir, 'old.sock') });
    fs.linkSync(path.join(dir, 'old.sock'), p);
    await old.close();
