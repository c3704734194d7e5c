/**
 * The content-script context the build gives entrypoints/content in place of WXT's own
 * (start-context-vite-plugin.ts). It offers what China Lens uses of WXT's — invalidation, an idle
 * callback skipped once invalidated, and the 'wxt:locationchange' event for in-app navigation —
 * but costs almost nothing to create, because the script every catalogued page loads must start
 * in 2 ms (issue #5; scripts/bench/40-cards.bench.ts):
 * - WXT's context posts a message to the page when created (about 1.7 ms in Chromium, and it wakes
 *   every message listener the page has). This one does nothing when created; on first use (when
 *   the page is idle) it dispatches the document event a newer copy of the script uses to stop an
 *   older one.
 * - WXT's context and wxt/browser read `runtime.id` as soon as they are evaluated. The first touch
 *   of the extension API costs about 0.7 ms of main-thread time in Chromium; this context touches
 *   it only when asked whether it is still valid, which is when the page is idle.
 * Event names carry the script's name and a China Lens prefix instead of the extension id (which
 * would need that touch); only copies of this same script listen for them.
 */

/** What hover cards and the page report need of a context; WXT's own satisfies it too. */
export interface PageContext {
  readonly isValid: boolean;
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  addEventListener(target: Window, type: 'wxt:locationchange', handler: (event: LocationChange) => void): void;
}

export interface LocationChange extends Event {
  readonly newUrl: URL;
  readonly oldUrl: URL;
}

type ExtensionGlobals = { browser?: { runtime?: { id?: string } }; chrome?: { runtime?: { id?: string } } };

/** Whether this script's extension is still there (false once it is updated, disabled or removed). */
function extensionAlive(): boolean {
  const g = globalThis as unknown as ExtensionGlobals;
  return (g.browser?.runtime?.id ?? g.chrome?.runtime?.id) != null;
}

export class ContentScriptContext implements PageContext {
  readonly id = Math.random().toString(36).slice(2);
  /** Made on first use, with the handshake below: see begin(). */
  private controller: AbortController | undefined;
  private readonly startedEvent: string;
  private readonly locationEvent: string;
  private watchingLocation = false;

  constructor(private readonly contentScriptName: string, _options?: unknown) {
    this.startedEvent = `china-lens:${contentScriptName}:started`;
    this.locationEvent = `china-lens:${contentScriptName}:locationchange`;
  }

  /**
   * Everything a context needs beyond its names, done on first use — which, for the script a page
   * loads at start, is when the page is idle: the first touch of a DOM interface (an
   * AbortController, a CustomEvent, document's listeners) in a page's fresh isolated world costs
   * a tenth of a millisecond or more each, and none of it is needed while the page loads.
   * A newer copy of this script (the extension was updated or reloaded) stops this one: its first
   * use announces it, and every copy that has begun listens.
   */
  private begin(): AbortController {
    const controller = new AbortController();
    this.controller = controller;
    document.dispatchEvent(new CustomEvent(this.startedEvent, { detail: { messageId: this.id } }));
    const onStarted = (event: Event) => {
      if (event instanceof CustomEvent && (event.detail as { messageId?: unknown } | null)?.messageId !== this.id) this.notifyInvalidated();
    };
    document.addEventListener(this.startedEvent, onStarted, { signal: controller.signal });
    return controller;
  }

  get signal(): AbortSignal {
    return (this.controller ?? this.begin()).signal;
  }

  /** Ends the context; one ended before its first use never announces itself. */
  abort(reason?: unknown): void {
    (this.controller ??= new AbortController()).abort(reason);
  }

  get isInvalid(): boolean {
    // Asked before the signal: a copy whose extension is gone must end without announcing itself,
    // or a live copy of the script on this page would take it for a newer one and stop.
    if (!this.controller?.signal.aborted && !extensionAlive()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  /** Runs `callback` when the page is idle, unless the context was invalidated by then (nothing else is done now). */
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    return requestIdleCallback((deadline) => {
      if (this.isValid) callback(deadline);
    }, options);
  }

  addEventListener(target: Window, type: 'wxt:locationchange', handler: (event: LocationChange) => void): void {
    if (type !== 'wxt:locationchange') throw new TypeError(`unsupported context event: ${String(type)}`);
    if (this.isValid) this.watchLocation();
    target.addEventListener(this.locationEvent, handler as EventListener, { signal: this.signal });
  }

  /** In-app navigation (pushState on X and Facebook): the Navigation API where there is one, else a 1 s poll. */
  private watchLocation(): void {
    if (this.watchingLocation) return;
    this.watchingLocation = true;
    let last = new URL(location.href);
    const changedTo = (next: URL) => {
      if (next.href === last.href) return;
      window.dispatchEvent(Object.assign(new Event(this.locationEvent), { newUrl: next, oldUrl: last }));
      last = next;
    };
    const navigation = (globalThis as unknown as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => changedTo(new URL((event as unknown as { destination: { url: string } }).destination.url)), { signal: this.signal });
    } else {
      const timer = setInterval(() => {
        if (this.isValid) changedTo(new URL(location.href));
      }, 1000);
      this.onInvalidated(() => clearInterval(timer));
    }
  }
}
