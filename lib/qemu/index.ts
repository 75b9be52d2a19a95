/**
 * The real-QEMU harness: images (qemu-img / qemu-io), a QEMU process with
 * QMP on a unix socket, and the availability check. Used by the integration
 * tests, `npm run record-traces` and the demo's `--qemu` mode.
 */
export * from './errors.js';
export * from './tools.js';
export * from './images.js';
export * from './process.js';
export * from './sandbox.js';
