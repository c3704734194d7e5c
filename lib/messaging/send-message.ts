import { browser } from 'wxt/browser';
import type { Envelope, MessageType, ProtocolMap } from './protocol';

export function sendMessage<K extends MessageType>(type: K, data: ProtocolMap[K]['request']): Promise<ProtocolMap[K]['response']> {
  const envelope: Envelope<K> = { chinaLens: 1, type, data };
  return browser.runtime.sendMessage(envelope) as Promise<ProtocolMap[K]['response']>;
}
