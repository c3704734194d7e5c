/**
 * Two small local proxies.
 *
 * Stand-in proxy (Firefox only): Firefox has no host-resolver flag, so its PAC script sends the
 * stand-in hosts here and this tunnels each CONNECT to the stand-in HTTPS server. It tunnels
 * nothing else.
 *
 * Recorder (both browsers): every other request the browser makes comes here (Chromium through
 * --proxy-server with the stand-in hosts bypassed, Firefox through its PAC script). It terminates
 * TLS with the run's certificate (the browsers ignore certificate errors), writes down the method,
 * URL, Origin and Referer, answers 502 and never contacts the real host.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import type { Certificate } from './certs';
import { isStandInHost } from './hosts';
import type { NetworkEntry, NetworkLog } from './network-log';

export interface LocalProxy {
  port: number;
  close(): Promise<void>;
}

export async function startStandInProxy(standInPort: number, log: NetworkLog): Promise<LocalProxy> {
  const server = createHttpServer((req, res) => {
    // Plain-HTTP requests: the stand-ins are HTTPS only and nothing else belongs here.
    log.add({ seenBy: 'stand-in-proxy', target: req.url ?? '', host: hostOf(req.url ?? ''), requests: [recorded(req, req.url ?? '')] });
    refuse(res);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const [host = '', port = '443'] = (req.url ?? '').split(':');
    if (!isStandInHost(host) || port !== '443') {
      log.add({ seenBy: 'stand-in-proxy', target: req.url ?? '', host, requests: [] });
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(standInPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  return listen(server);
}

export async function startRecorder(certificate: Certificate, log: NetworkLog): Promise<LocalProxy> {
  const tunnels = new WeakMap<Socket, NetworkEntry>();

  // Requests that arrive inside a CONNECT tunnel (after TLS is taken off, or plain for port 80).
  const inner = createHttpServer((req, res) => {
    const entry = tunnels.get(req.socket);
    const host = (req.headers.host ?? entry?.host ?? '').replace(/:\d+$/, '');
    const scheme = req.socket instanceof TLSSocket ? 'https' : 'http';
    const url = `${scheme}://${host}${req.url ?? '/'}`;
    if (entry) entry.requests.push(recorded(req, url));
    else log.add({ seenBy: 'recorder', target: url, host, requests: [recorded(req, url)] });
    refuse(res);
  });

  const server = createHttpServer((req, res) => {
    // A plain-HTTP request in proxy form: GET http://host/path.
    const url = req.url ?? '';
    log.add({ seenBy: 'recorder', target: url, host: hostOf(url), requests: [recorded(req, url)] });
    refuse(res);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    const host = target.replace(/:\d+$/, '');
    const entry = log.add({ seenBy: 'recorder', target, host });
    client.on('error', () => client.destroy());
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    const start = (first: Buffer) => {
      client.pause();
      client.unshift(first);
      // 0x16 opens a TLS handshake; anything else is plain HTTP (a ws:// or http:// tunnel).
      if (first[0] === 0x16) {
        const tls = new TLSSocket(client, { isServer: true, key: certificate.key, cert: certificate.cert });
        tls.on('error', () => client.destroy());
        tunnels.set(tls, entry);
        inner.emit('connection', tls);
      } else {
        tunnels.set(client, entry);
        inner.emit('connection', client);
      }
    };
    if (head.length) start(head);
    else client.once('data', start);
  });
  return listen(server, [inner]);
}

function recorded(req: IncomingMessage, url: string) {
  const h = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  return { method: req.method ?? 'GET', url, origin: h('origin'), referer: h('referer'), fetchDest: h('sec-fetch-dest') };
}

function refuse(res: ServerResponse) {
  res.writeHead(502, { 'content-type': 'text/plain', connection: 'close' });
  res.end('China Lens e2e: off-site request refused (the run is offline)\n');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

async function listen(server: Server, alsoClose: Server[] = []): Promise<LocalProxy> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        for (const s of alsoClose) s.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
