/**
 * The local HTTPS server that plays the catalogued sites. It answers by Host header from
 * tests/e2e/pages/<host>/; files in pages/_shared/ are served at /_shared/ on every host.
 *
 * Per host, an optional pages/<host>/site.json:
 *   { "redirect": "https://www.facebook.com" }   301 every path to that origin (facebook.com does)
 *   { "spa": true }                               unknown paths without a file extension get the
 *                                                 host's index.html, as a single-page app's server does
 *   { "headers": { "content-security-policy": "..." } }   extra headers on HTML responses
 *   { "pathHeaders": { "/hostile/strict-csp": { "content-security-policy": "default-src 'none'" } } }
 *                                                 headers on HTML responses under a path prefix,
 *                                                 replacing the host's own of the same name
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Certificate } from './certs';
import { STAND_IN_HOSTS } from './hosts';
import type { NetworkLog } from './network-log';

interface SiteConfig {
  redirect?: string;
  spa?: boolean;
  headers?: Record<string, string>;
  pathHeaders?: Record<string, Record<string, string>>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\//;

export interface StandInServer {
  port: number;
  /** Every request served, for the artifacts log. */
  accessLog: string[];
  close(): Promise<void>;
}

export async function startStandInServer(pagesDir: string, certificate: Certificate, log: NetworkLog): Promise<StandInServer> {
  const sites = new Map<string, SiteConfig>();
  for (const host of STAND_IN_HOSTS) {
    const file = join(pagesDir, host, 'site.json');
    sites.set(host, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SiteConfig) : {});
  }
  const accessLog: string[] = [];

  const server: Server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host || 'unknown'}`);
    const origin = header(req.headers.origin);
    const referer = header(req.headers.referer);
    const fetchMode = header(req.headers['sec-fetch-mode']);
    const fetchDest = header(req.headers['sec-fetch-dest']);
    const status = serve(host, url, res);
    accessLog.push(`${status} ${req.method} ${url.href}${origin ? ` origin=${origin}` : ''}${referer ? ` referer=${referer}` : ''}`);

    const fromExtension = [origin, referer].some((v) => v && EXTENSION_ORIGIN.test(v));
    // The stand-in pages only reference files that exist; a 404 for a subresource means someone
    // else asked (browsers fetch /favicon.ico by themselves).
    const oddMiss = status === 404 && fetchMode !== 'navigate' && url.pathname !== '/favicon.ico';
    if (fromExtension || oddMiss)
      log.add({
        seenBy: 'stand-in',
        target: url.href,
        host,
        requests: [{ method: req.method ?? 'GET', url: url.href, origin, referer, fetchDest }],
      });
  });

  function serve(host: string, url: URL, res: import('node:http').ServerResponse): number {
    const site = sites.get(host);
    if (!site) return send(res, 404, 'text/plain', `no stand-in for ${host}`);
    if (site.redirect) {
      res.writeHead(301, { location: site.redirect + url.pathname + url.search, 'cache-control': 'no-store' });
      res.end();
      return 301;
    }
    const file = resolveFile(host, url.pathname, site);
    if (!file) return send(res, 404, 'text/html; charset=utf-8', '<!doctype html><title>Not found</title><h1>Not found</h1>');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const extra = type.startsWith('text/html') ? htmlHeaders(site, url.pathname) : {};
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...extra });
    res.end(readFileSync(file));
    return 200;
  }

  function htmlHeaders(site: SiteConfig, pathname: string): Record<string, string> {
    const headers = { ...site.headers };
    for (const [prefix, more] of Object.entries(site.pathHeaders ?? {})) if (pathname.startsWith(prefix)) Object.assign(headers, more);
    return headers;
  }

  function resolveFile(host: string, pathname: string, site: SiteConfig): string | undefined {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    const shared = decoded.startsWith('/_shared/');
    const root = shared ? join(pagesDir, '_shared') : join(pagesDir, host);
    const rel = normalize(shared ? decoded.slice('/_shared'.length) : decoded);
    if (rel.includes('..') || rel.endsWith('site.json')) return undefined;
    const candidates = [join(root, rel), join(root, rel + '.html'), join(root, rel, 'index.html')];
    const hit = candidates.find((f) => existsSync(f) && statSync(f).isFile());
    if (hit) return hit;
    if (site.spa && !shared && !extname(rel)) return join(root, 'index.html');
    return undefined;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    accessLog,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: import('node:http').ServerResponse, status: number, type: string, body: string): number {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
  return status;
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
