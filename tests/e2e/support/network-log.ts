/**
 * Every request a browser makes that does not stay on the stand-in pages, and who made it.
 *
 * The browsers reach only two local servers: the stand-in HTTPS server (the catalogued hosts and
 * example.org) and the recorder (everything else; see proxy.ts). The recorder terminates TLS with
 * the run's certificate so it sees each request's method, path and Origin/Referer, answers 502,
 * and nothing ever leaves the machine.
 *
 * Who made it: the stand-in pages reference only their own files and the harness itself never
 * asks for anything else, so
 *   - Origin/Referer chrome-extension:// or moz-extension://  -> the extension (a page or the background)
 *   - Origin/Referer of a stand-in page, to an off-site host  -> the extension's content script
 *   - an extension page or worker, as the browser's devtools protocol saw it -> the extension
 *   - a known host of the browser's own services              -> the browser (recorded, allowed)
 *   - anything else                                           -> unexplained, counted against the
 *     extension: the browsers run with their background traffic switched off, so there is no
 *     one else left. If a browser update adds a service, add its host below with a reason.
 */

export type Attribution = 'extension' | 'content-script' | 'browser' | 'unexplained';

export interface RecordedRequest {
  method: string;
  url: string;
  origin?: string;
  referer?: string;
  fetchDest?: string;
}

export interface NetworkEntry {
  /** Which server saw it: off-site traffic at the recorder, or an odd request at the stand-in server. */
  seenBy: 'recorder' | 'stand-in-proxy' | 'stand-in';
  /** CONNECT target or full URL. */
  target: string;
  host: string;
  /** The requests seen inside a CONNECT tunnel (empty when the TLS handshake never completed). */
  requests: RecordedRequest[];
  /** The test running when it was seen (or "startup"/"teardown"). */
  during: string;
  at: number;
}

/**
 * The browsers' own background services, by exact host. Chromium's were seen in runs here despite
 * its --disable-* flags; Firefox's are the services the prefs in firefox.ts switch off, listed so a
 * pref that stops working shows up as the browser's traffic. Requests to them are recorded and
 * allowed unless something ties them to the extension. Deliberately exact: fonts.googleapis.com,
 * say, is nobody's service and stays an offence.
 */
const BROWSER_OWN: Record<string, { host: string; why: string }[]> = {
  chromium: [
    { host: 'update.googleapis.com', why: "Chromium's component updater (update check)" },
    { host: 'clients2.google.com', why: "Chromium's component updater (network time)" },
    { host: 'accounts.google.com', why: "Chromium's account cookie check (ListAccounts)" },
    { host: 'redirector.gvt1.com', why: "Chromium's component updater (downloads)" },
    { host: 'edgedl.me.gvt1.com', why: "Chromium's component updater (downloads)" },
    { host: 'optimizationguide-pa.googleapis.com', why: "Chromium's optimization guide" },
  ],
  firefox: [
    { host: 'firefox.settings.services.mozilla.com', why: "Firefox's remote settings" },
    { host: 'content-signature-2.cdn.mozilla.net', why: "Firefox's remote settings signatures" },
    { host: 'detectportal.firefox.com', why: "Firefox's captive-portal check" },
  ],
};

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\//;

export class NetworkLog {
  readonly entries: NetworkEntry[] = [];
  during = 'startup';
  /** URLs the browser's own tooling saw an extension context request (see session.ts). */
  private readonly fromExtensionContexts = new Map<string, string>();

  constructor(
    readonly browserName: string,
    private readonly isStandInOrigin: (origin: string) => boolean,
  ) {}

  add(entry: Omit<NetworkEntry, 'during' | 'at' | 'requests'> & { requests?: RecordedRequest[] }): NetworkEntry {
    const full: NetworkEntry = { requests: [], ...entry, during: this.during, at: Date.now() };
    this.entries.push(full);
    return full;
  }

  /** Called when devtools show an extension page or worker requesting `url`. */
  markFromExtension(url: string, context: string) {
    if (!this.fromExtensionContexts.has(url)) this.fromExtensionContexts.set(url, context);
  }

  attribute(entry: NetworkEntry): { who: Attribution; why: string } {
    for (const r of entry.requests) {
      const context = this.fromExtensionContexts.get(r.url);
      if (context) return { who: 'extension', why: `requested by ${context}` };
    }
    for (const r of entry.requests) {
      const from = r.origin && r.origin !== 'null' ? r.origin : r.referer;
      if (from && EXTENSION_ORIGIN.test(from)) return { who: 'extension', why: `sent from ${from}` };
    }
    if (entry.seenBy === 'stand-in') {
      // The stand-in server only logs what its pages never ask for (see standin-server.ts).
      return { who: 'unexplained', why: 'a request the stand-in pages never make' };
    }
    for (const r of entry.requests) {
      const from = r.origin && r.origin !== 'null' ? r.origin : r.referer;
      if (from && this.isStandInOrigin(from)) return { who: 'content-script', why: `sent from the stand-in page ${from}, whose own markup requests nothing off-site` };
    }
    const own = (BROWSER_OWN[this.browserName] ?? []).find((h) => h.host === entry.host);
    if (own) return { who: 'browser', why: own.why };
    return { who: 'unexplained', why: 'no browser service and no page asks for this host' };
  }

  /** Entries that count against the extension (everything not the browser's own). */
  offences(): { entry: NetworkEntry; who: Attribution; why: string }[] {
    return this.entries.map((entry) => ({ entry, ...this.attribute(entry) })).filter((e) => e.who !== 'browser');
  }

  describe(entry: NetworkEntry): string {
    const inner = entry.requests
      .slice(0, 3)
      .map((r) => `${r.method} ${r.url}${r.origin ? ` origin=${r.origin}` : ''}${r.referer ? ` referer=${r.referer}` : ''}`)
      .join('; ');
    const { who, why } = this.attribute(entry);
    return `${entry.target}${inner ? ` [${inner}]` : ''} — ${who} (${why}), during "${entry.during}"`;
  }
}
