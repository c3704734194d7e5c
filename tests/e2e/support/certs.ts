/**
 * A self-signed certificate for the stand-in hosts, made fresh for each run with openssl
 * (node:crypto can make keys but not X.509 certificates). Lives in tests/e2e/.certs (git-ignored).
 * The browsers accept it because they run with certificate errors ignored (Chromium) or
 * acceptInsecureCerts (Firefox); it still has to name the hosts, or HSTS-preloaded facebook.com
 * would refuse it in some code paths.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STAND_IN_DOMAINS } from './hosts';

export interface Certificate {
  key: Buffer;
  cert: Buffer;
}

export function makeCertificate(dir: string): Certificate {
  mkdirSync(dir, { recursive: true });
  const keyFile = join(dir, 'stand-in.key.pem');
  const certFile = join(dir, 'stand-in.cert.pem');
  const san = STAND_IN_DOMAINS.flatMap((d) => [`DNS:${d}`, `DNS:*.${d}`]).join(',');
  // prettier-ignore
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyFile, '-out', certFile, '-days', '2',
    '-subj', '/CN=China Lens e2e stand-in',
    '-addext', `subjectAltName=${san}`,
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
}
