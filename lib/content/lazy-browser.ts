/**
 * wxt/browser for the script every catalogued page loads at start (the build puts this module in
 * its place there: start-context-vite-plugin.ts). WXT's module chooses between the `browser` and
 * `chrome` namespaces by reading `runtime.id` as soon as it is evaluated, and in Chromium that
 * first touch of the extension API costs about 0.7 ms of main-thread time on every page load. This
 * one chooses on first use, which is when the page is idle; after that it is the same object.
 */
import type { browser as WxtBrowser } from 'wxt/browser';

type Namespace = typeof WxtBrowser;
type ExtensionGlobals = { browser?: Namespace; chrome?: Namespace };

let chosen: Namespace | undefined;
function namespace(): Namespace {
  const g = globalThis as unknown as ExtensionGlobals;
  return (chosen ??= (g.browser?.runtime?.id ? g.browser : g.chrome)!);
}

export const browser: Namespace = new Proxy({} as Namespace, {
  get: (_target, key) => Reflect.get(namespace(), key) as unknown,
  has: (_target, key) => Reflect.has(namespace(), key),
});
