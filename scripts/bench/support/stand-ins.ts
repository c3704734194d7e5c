/**
 * The stand-in sites of the e2e suite (tests/e2e/pages) served over local HTTPS for a bench, with
 * the recorder every other request goes to, as the e2e harness runs them. Extra pages a bench
 * generates (a feed of 10 000 links) are written beside the stand-ins in a scratch copy.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeCertificate } from '../../../tests/e2e/support/certs';
import { NetworkLog } from '../../../tests/e2e/support/network-log';
import { startRecorder } from '../../../tests/e2e/support/proxy';
import { startStandInServer } from '../../../tests/e2e/support/standin-server';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface BenchStandIns {
  ports: { standInPort: number; recorderPort: number };
  close(): Promise<void>;
}

/** extraPages: path under tests/e2e/pages (e.g. "x.com/bench-feed.html") → HTML. */
export async function startBenchStandIns(extraPages: Record<string, string> = {}): Promise<BenchStandIns> {
  let pages = join(ROOT, 'tests/e2e/pages');
  if (Object.keys(extraPages).length > 0) {
    pages = mkdtempSync(join(tmpdir(), 'china-lens-bench-pages-'));
    cpSync(join(ROOT, 'tests/e2e/pages'), pages, { recursive: true });
    for (const [path, html] of Object.entries(extraPages)) writeFileSync(join(pages, path), html);
  }
  const certificate = makeCertificate(join(ROOT, 'tests/e2e/.certs'));
  const log = new NetworkLog('chromium', () => true);
  const standIn = await startStandInServer(pages, certificate, log);
  const recorder = await startRecorder(certificate, log);
  return {
    ports: { standInPort: standIn.port, recorderPort: recorder.port },
    async close() {
      await recorder.close();
      await standIn.close();
    },
  };
}
