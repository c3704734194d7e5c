import { mkdirSync, writeFileSync } from 'node:fs';
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
