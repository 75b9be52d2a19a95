/**
 * Where a QMP peer lives: a unix socket path or a TCP host and port, and how
 * to connect to one or listen on one. Bytes only; no QMP.
 */
import net from 'node:net';
import fs from 'node:fs';
import { QmpConnectError } from '../errors.js';

export type Endpoint = { path: string } | { host: string; port: number };

/**
 * A target as callers give it, checked: a URI string (see parseEndpoint),
 * `{ path }` or `{ host, port }`.
 * @throws QmpConnectError naming what was wrong
 */
export function toEndpoint(target: unknown): Endpoint {
  if (typeof target === 'string') return parseEndpoint(target);
  const t = target as { path?: unknown; host?: unknown; port?: unknown } | null;
  if (t !== null && typeof t === 'object') {
    if (typeof t.path === 'string' && t.path !== '') return { path: t.path };
    if (typeof t.host === 'string' && Number.isInteger(t.port) && (t.port as number) >= 0 && (t.port as number) <= 65535) return { host: t.host, port: t.port as number };
  }
  throw new QmpConnectError(`invalid QMP target ${target === undefined ? 'undefined' : JSON.stringify(target)}: expected { path }, { host, port }, or unix:PATH / tcp:HOST:PORT`);
}

/** Parse `unix:PATH`, `tcp:HOST:PORT`, `HOST:PORT` or a bare path. */
export function parseEndpoint(uri: string): Endpoint {
  if (uri.startsWith('unix:')) return { path: uri.slice(5) };
  const tcp = uri.startsWith('tcp:') ? uri.slice(4) : undefined;
  const hp = tcp ?? uri;
  const m = /^\[?([^\]]*?)\]?:(\d+)$/.exec(hp);
  // Without a scheme, a host with a ':' must be bracketed ([::1]:4444): `tcp4:h:1` is no host.
  if (m && (tcp !== undefined || (!hp.includes('/') && (!m[1]!.includes(':') || hp.startsWith('['))))) {
    const port = Number(m[2]);
    if (port < 0 || port > 65535) throw new QmpConnectError(`invalid port in '${uri}'`);
    return { host: m[1] || '127.0.0.1', port };
  }
  if (tcp !== undefined) throw new QmpConnectError(`invalid TCP address '${uri}': expected tcp:HOST:PORT`);
  // `bogus:x`, `unx:/run/q.sock`, `tcp4:h:1` or `::1:4444` is a typo, an unknown
  // scheme or an unbracketed IPv6 host, not a socket named so under the
  // current folder (`./bogus:x` still is one).
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri) || (uri.includes(':') && !uri.includes('/'))) {
    throw new QmpConnectError(
      `unknown address '${uri}': expected unix:PATH, tcp:HOST:PORT, HOST:PORT (an IPv6 host in brackets: [::1]:4444) or a socket path (./NAME for a name with ':')`,
    );
  }
  return { path: uri };
}

export function formatEndpoint(ep: Endpoint): string {
  return 'path' in ep ? `unix:${ep.path}` : `tcp:${ep.host.includes(':') ? `[${ep.host}]` : ep.host}:${ep.port}`;
}

export interface ConnectOptions {
  /** Milliseconds to wait for the connection; default 10 s. */
  timeout?: number;
  signal?: AbortSignal;
  /**
   * Read into caller-chosen memory instead of 'data' events (Node's
   * `onread`): see LineFramer#readBuffer.
   */
  onread?: net.OnReadOpts;
}

/** Open a stream socket, with a connect timeout and an AbortSignal. */
export function connectSocket(ep: Endpoint, opts: ConnectOptions = {}): Promise<net.Socket> {
  const timeout = opts.timeout ?? 10_000;
  const where = formatEndpoint(ep);
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(new QmpConnectError(`connect to ${where} aborted`, { cause: opts.signal.reason }));
      return;
    }
    // Port 0 means "any" to a listener (sim, replay) and is no peer's address.
    if ('port' in ep && ep.port === 0) {
      reject(new QmpConnectError(`invalid port in '${where}': port 0 is no server's address`));
      return;
    }
    const onread = opts.onread;
    const sock = 'path' in ep ? net.createConnection({ path: ep.path, onread }) : net.createConnection({ host: ep.host, port: ep.port, onread });
    const timer = setTimeout(() => fail(new QmpConnectError(`connect to ${where} timed out after ${timeout} ms`)), timeout);
    const onAbort = (): void => fail(new QmpConnectError(`connect to ${where} aborted`, { cause: opts.signal?.reason }));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const cleanup = (): void => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      sock.off('connect', onConnect);
      sock.off('error', onError);
    };
    function fail(err: Error): void {
      cleanup();
      sock.destroy();
      reject(err);
    }
    function onError(err: Error): void {
      fail(new QmpConnectError(`cannot connect to ${where}: ${err.message}`, { cause: err }));
    }
    function onConnect(): void {
      cleanup();
      resolve(sock);
    }
    sock.once('connect', onConnect);
    sock.once('error', onError);
  });
}

/** Whether something accepts connections on the unix socket at `p`. */
function answers(p: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createConnection({ path: p });
    const done = (v: boolean): void => {
      s.destroy();
      resolve(v);
    };
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
    // A server too busy to accept within a second still holds the socket.
    s.setTimeout(1000, () => done(true));
  });
}

/**
 * Listen on an endpoint. A unix socket is created owner-only (0600): it gives
 * control of a VM's disks, so nobody else on the host may connect. A stale
 * socket file left by a dead process is replaced; a live one is refused
 * (EADDRINUSE).
 */
export async function listenOn(server: net.Server, ep: Endpoint): Promise<Endpoint> {
  if ('path' in ep) {
    let isSocket = false;
    try {
      isSocket = fs.statSync(ep.path).isSocket();
    } catch {
      // nothing there
    }
    if (isSocket) {
      // Only a stale socket is replaced: one that a server still answers on
      // (QEMU's monitor, another simulator) must not be taken over.
      if (await answers(ep.path)) {
        throw Object.assign(new Error(`listen EADDRINUSE: ${ep.path} is in use by a running server`), { code: 'EADDRINUSE' });
      }
      try {
        fs.unlinkSync(ep.path);
      } catch {
        // gone meanwhile
      }
    }
    // bind() happens synchronously inside listen(), so the umask is only in
    // force for this socket; the chmod afterwards is belt and braces.
    const listening = new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.once('listening', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const old = process.umask(0o177);
    try {
      server.listen(ep.path);
    } finally {
      process.umask(old);
    }
    await listening;
    fs.chmodSync(ep.path, 0o600);
    return ep;
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(ep.port, ep.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address();
  return typeof addr === 'object' && addr ? { host: ep.host, port: addr.port } : ep;
}
