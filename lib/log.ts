/**
 * Debug namespaces, one per layer: qmpblock:wire, qmpblock:session:<endpoint>
 * (one per session), qmpblock:job, qmpblock:snapshot, qmpblock:trace,
 * qmpblock:sim, qmpblock:qemu.
 * Callers check `log.enabled` before building a message, so nothing is
 * formatted when the namespace is off.
 */
import createDebug from 'debug';

export type Logger = createDebug.Debugger;

export function logger(layer: string): Logger {
  return createDebug(`qmpblock:${layer}`);
}

/** Cut long wire lines so that a 16 MiB answer does not flood the log. */
export function clip(text: string, max = 200): string {
  const cut = text.length <= max ? text : `${text.slice(0, max)}... (${text.length} chars)`;
  // Peer text reaches terminals: control characters (an escape sequence) are shown, not obeyed.
  return cut.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
