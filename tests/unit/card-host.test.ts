// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isOurs } from '@/lib/content/cards/anchor';
import { createCardHost } from '@/lib/content/cards/card-host';
import { fallbackHostTag, HOST_TAG, isHostTag } from '@/lib/content/cards/host-tag';

afterEach(() => {
  document.documentElement.querySelectorAll('*').forEach((e) => isHostTag(e.localName) && e.remove());
});

describe('card host', () => {
  it('is one <china-lens-card> after <body> with an open shadow root holding the lens', () => {
    const h = createCardHost(document, 'light');
    expect(h.host.localName).toBe(HOST_TAG);
    expect(h.host.parentElement).toBe(document.documentElement);
    expect(h.host.shadowRoot).toBe(h.root);
    expect(h.root.querySelector('.lens')).toBe(h.lens);
    expect(isOurs(h.host)).toBe(true);
    h.remove();
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('takes another name when the page owns <china-lens-card> and keeps its shadow root for itself', () => {
    let built = 0;
    class PagesOwn extends HTMLElement {
      constructor() {
        super();
        built++;
        this.attachShadow({ mode: 'closed' });
      }
    }
    customElements.define(HOST_TAG, PagesOwn);
    const h = createCardHost(document, 'dark');
    expect(built).toBeGreaterThan(0);
    expect(h.host.localName).not.toBe(HOST_TAG);
    expect(isHostTag(h.host.localName)).toBe(true);
    expect(isOurs(h.host)).toBe(true);
    expect(h.host.shadowRoot?.querySelector('.lens')).toBe(h.lens);
    // The page's element is not left behind.
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
  });
});

describe('host tag', () => {
  it('falls back to a valid custom element name the page cannot guess', () => {
    const tags = new Set(Array.from({ length: 20 }, () => fallbackHostTag()));
    expect(tags.size).toBe(20);
    for (const tag of tags) expect(tag).toMatch(/^china-lens-card-[0-9a-z]+$/);
    expect(fallbackHostTag(() => 0)).toBe('china-lens-card-x');
  });

  it('tells our host from other elements', () => {
    expect(isHostTag('china-lens-card')).toBe(true);
    expect(isHostTag('china-lens-card-k3j9')).toBe(true);
    expect(isHostTag('china-lens')).toBe(false);
    expect(isHostTag('div')).toBe(false);
  });
});
