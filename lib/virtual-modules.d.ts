// Types of the build-time modules made by lib/catalogue/vite-plugin.ts.
declare module 'virtual:china-lens/catalogue' {
  const catalogue: import('./catalogue/schema').Catalogue;
  export default catalogue;
}
declare module 'virtual:china-lens/host-index' {
  export const catalogueVersion: string;
  export const hostIndex: import('./detect/host-index').HostIndex;
  export const mentionIndex: import('./detect/mention-index').MentionIndex;
  /** hostIndex as JSON text (the content script parses it on first use). */
  export const hostIndexJson: string;
  /** The part of hostIndex that tells the hover-card sites (Facebook, X, Quora) from the rest. */
  export const cardSiteIndex: import('./detect/host-index').HostIndex;
  /** mentionIndex as JSON text (lib/content/cards parses it on first use). */
  export const mentionIndexJson: string;
  export const matchPatterns: string[];
}
