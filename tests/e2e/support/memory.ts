/**
 * Chromium only (CDP): what a tab holds after a full garbage collection, for "memory stays flat"
 * checks. Compare two readings of the same tab in the same run; absolute figures depend on the
 * machine and the browser's version.
 */
import type { CDPSession } from 'puppeteer-core';

export interface Memory {
  /** V8 heap in use: the page's world and the content script's isolated world share one isolate. */
  heap: number;
  /** Live DOM nodes in the tab's renderer. */
  nodes: number;
  /** JS event listeners in the tab's renderer, from every world. */
  listeners: number;
}

export async function memoryAfterGc(cdp: CDPSession): Promise<Memory> {
  await cdp.send('Performance.enable');
  // Twice: the first pass can leave objects that only die once their weak owners are gone.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heap: usage.usedSize, nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
