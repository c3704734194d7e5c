import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * An unpacked extension whose content script does nothing, on the stand-in sites: the floor for
 * what any content script costs a page in this browser (injection, an isolated world), apart
 * from what the script itself does.
 */
export function emptyExtension(dir: string): string {
  mkdirSync(join(dir, 'content-scripts'), { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script',
      version: '1.0',
      content_scripts: [{ matches: ['*://*.facebook.com/*', '*://x.com/*', '*://*.quora.com/*'], js: ['content-scripts/content.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'content-scripts/content.js'), 'var content=(function(){"use strict";return 1})();\n');
  return dir;
}

/**
 * An unpacked extension whose popup is one line of static text and one tiny script that sets the
 * popup's answer mark (lib/popup/answer-mark.ts) once that line is in the document: the floor
 * for any popup in this browser — when the browser lets a popup's first script run, and when it
 * puts the popup's first frame on screen — apart from what the popup itself does.
 */
export function onePopupExtension(dir: string, mark: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'One-line popup', version: '1.0', action: { default_popup: 'popup.html' } }),
  );
  writeFileSync(
    join(dir, 'popup.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One line</title></head>' +
      '<body><ul><li data-testid="equivalent">Weibo 微博</li></ul><script src="/mark.js"></script></body></html>\n',
  );
  writeFileSync(join(dir, 'mark.js'), `performance.mark(${JSON.stringify(mark)});\n`);
  return dir;
}

/**
 * An unpacked extension whose content script does the least China Lens must: when the page is
 * idle it tells its background which address it is on (one runtime.sendMessage, answered). The
 * floor for a content script that talks to its extension at all: the first touch of the
 * extension API in a page's isolated world is paid once, whatever the script then does.
 */
export function reportingExtension(dir: string): string {
  emptyExtension(dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, name: 'Content script that reports its page', background: { service_worker: 'background.js' } }));
  writeFileSync(join(dir, 'background.js'), 'chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ ok: true }); });\n');
  writeFileSync(
    join(dir, 'content-scripts/content.js'),
    'var content=(function(){"use strict";requestIdleCallback(()=>{chrome.runtime.sendMessage({type:"pageDetected",url:location.href}).catch(()=>{})},{timeout:1e3});return 1})();\n',
  );
  return dir;
}
