import { browser, type Browser } from 'wxt/browser';
import { isEnvelope, type MessageType, type ProtocolMap } from './protocol';

export type Handlers = {
  [K in MessageType]: (data: ProtocolMap[K]['request'], sender: Browser.runtime.MessageSender) => Promise<ProtocolMap[K]['response']>;
};

/** One listener for the whole protocol; unknown messages are left for nobody (no response). */
export function onMessage(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as ((d: unknown, s: typeof sender) => Promise<unknown>) | undefined;
    if (!handler) return undefined;
    return handler(message.data, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
