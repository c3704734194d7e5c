/**
 * The content-script context WXT creates for entrypoints/content, made cheaper to start (the
 * build uses it in place of WXT's own: start-context-vite-plugin.ts). WXT 0.21.0's context
 * announces itself twice when created: with a document event, which a newer copy of the same
 * script uses to stop an older one (kept), and with window.postMessage to the page, which WXT
 * keeps only for scripts built with older WXT versions. That postMessage cost about 1.7 ms of
 * main-thread time on every Facebook, X and Quora load in Chromium (the issue's budget for the
 * whole start is 2 ms; scripts/bench/40-cards.bench.ts), and it wakes every message listener
 * the page has. All China Lens content scripts come from one build, so only the document event
 * is sent. WXT 0.21.4 has an option for this (noScriptStartedPostMessage): after upgrading, set
 * it and delete this file and its plugin.
 */
import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';

const STARTED_EVENT = (WxtContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

export class ContentScriptContext extends WxtContentScriptContext {
  override stopOldScripts(): void {
    const own = this as unknown as { contentScriptName: string; id: string };
    document.dispatchEvent(new CustomEvent(STARTED_EVENT, { detail: { contentScriptName: own.contentScriptName, messageId: own.id } }));
  }
}
