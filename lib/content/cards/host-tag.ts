/** The tag of the one element China Lens adds to a page (it holds the card's shadow root). */
export const HOST_TAG = 'china-lens-card';
