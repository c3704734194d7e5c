/**
 * Every message between the extension's contexts, typed in one place. Content scripts never open
 * IndexedDB: they ask the background with these.
 */
import type { Fit } from '../catalogue/schema';
import type { CardLabels } from '../content/cards/card-labels';
import type { Locale } from '../i18n/locales';

/** What a hover card shows: small, so answering it is cheap and caching it is cheaper. */
export interface CardEquivalent {
  id: string;
  name: string;
  hanzi?: string;
  pinyin?: string;
  fit: Fit;
  why: string;
  historical: boolean;
}
export interface CardData {
  id: string;
  name: string;
  hanzi?: string;
  region: 'western' | 'chinese';
  summary: string;
  equivalents: CardEquivalent[];
  /** The key difference in one line, from the best pairing; `pairedWith` is the other side's id. */
  keyDifference?: { aspect: string; western: string; chinese: string; pairedWith: string };
  headlineFigure?: { metric: string; value: number; unit: string; qualifier: string; asOf: string; source: string };
}

export interface ProtocolMap {
  /**
   * Content script → background: the page's address after load or an in-app navigation; the
   * background decides its platform (the content script does not carry the host index at start).
   */
  pageDetected: { request: { url: string }; response: { ok: true } };
  /** Content script → background: what a hover card needs for one platform. */
  getCard: { request: { platformId: string }; response: CardData | null };
  /** Content script → background: the strings a hover card shows, translated (cards carry no dictionaries). */
  cardLabels: { request: { locale: Locale }; response: Partial<CardLabels> };
  /** Content script → background: open the full catalogue entry for a platform in a new tab. */
  openEntry: { request: { platformId: string }; response: { ok: boolean } };
}

export type MessageType = keyof ProtocolMap;
export interface Envelope<K extends MessageType = MessageType> {
  chinaLens: 1;
  type: K;
  data: ProtocolMap[K]['request'];
}

export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && (value as { chinaLens?: unknown }).chinaLens === 1 && typeof (value as { type?: unknown }).type === 'string';
}
