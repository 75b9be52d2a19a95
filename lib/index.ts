/**
 * qmpblock's public entry point (package.json `exports`). Layers, bottom up:
 * transport (bytes, framing, sockets) → qmp (session: greeting, ids, events)
 * → monitor (typed QMP facade) → jobs (BlockJobManager: libvirt semantics)
 * → snapshots / merges; beside them trace (record, replay) and sim (an
 * embedded QEMU simulator).
 */
export * from './errors.js';
export type * from './qmp/types.js';
export { QmpSession, connect } from './qmp/session.js';
export type { SessionOptions, ConnectTargetOptions, SessionState, SessionStats, WireTap } from './qmp/session.js';
export { EventListener, EventHub } from './qmp/event-hub.js';
export { parseEndpoint, formatEndpoint, type Endpoint } from './transport/endpoint.js';
export { LineFramer, DEFAULT_MAX_MESSAGE_BYTES } from './transport/line-framer.js';
export type { LineEnds, LineBatchObserver } from './transport/line-framer.js';
export { JsonStreamSplitter } from './transport/json-stream.js';
export * from './trace/format.js';
export { TraceRecorder, TraceWriteError, recordTrace } from './trace/recorder.js';
export { RecordProxy, startRecordProxy, type RecordProxyOptions } from './trace/proxy.js';
export { ReplayServer, replayTrace, type ReplayOptions, type ReplayResult, type ReplayMismatch } from './trace/replayer.js';
export { driveTrace, diffDriveResult, type DriveResult } from './trace/driver.js';
export * from './jobs/index.js';
export { startSimulator, parseSimArgs, VirtualClock, RealClock, SimMachine } from './sim/index.js';
export type { SimulatorOptions, Simulator, SimCliSpec, DiskSpec } from './sim/index.js';
