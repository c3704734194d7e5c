/** The tag of the one element China Lens adds to a page (it holds the card's shadow root). */
export const HOST_TAG = 'china-lens-card';

/**
 * The tag to use when the page has taken HOST_TAG for a custom element of its own (card-host.ts):
 * the same name with a suffix the page cannot know in advance.
 */
export function fallbackHostTag(random: () => number = Math.random): string {
  return `${HOST_TAG}-${random().toString(36).slice(2, 10) || 'x'}`;
}

/** Is this element China Lens's host, under either tag? */
export function isHostTag(localName: string): boolean {
  return localName === HOST_TAG || localName.startsWith(`${HOST_TAG}-`);
}
