import { describe, expect, it } from 'vitest';
import { linkDestination } from '@/lib/detect/link-destination';
import { loadHostIndex } from './support/catalogue';

const index = loadHostIndex();

/** A link element as the site writes it (parsed by the DOM, so nested spans and entities are real). */
function link(html: string): HTMLAnchorElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.querySelector('a')!;
}
const where = (html: string, page = 'https://x.com/home') => linkDestination(link(html), index, page)?.platformId ?? null;

describe("Facebook's outbound links", () => {
  it.each([
    ['l.facebook.com shim', '<a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3Dabc%26fbclid%3DIwAR0&amp;h=AT0xyz">youtube.com</a>', 'youtube'],
    ['mobile shim', '<a href="https://lm.facebook.com/l.php?u=https%3A%2F%2Fwww.instagram.com%2Fnasa%2F&amp;h=AT1">Instagram</a>', 'instagram'],
    ['link warning page', '<a href="https://www.facebook.com/flx/warn/?u=https%3A%2F%2Fwww.tiktok.com%2F%40nasa&amp;h=AT2">TikTok</a>', 'tiktok'],
    ['shim on web.facebook.com', '<a href="https://web.facebook.com/l.php?u=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fx">in</a>', 'linkedin'],
    ['direct link with fbclid', '<a href="https://www.pinterest.com/pin/1/?fbclid=IwAR0">pin</a>', 'pinterest'],
  ])('%s', (_, html, expected) => {
    expect(where(html, 'https://www.facebook.com/')).toBe(expected);
  });

  it('a shim around an uncatalogued site is no card', () => {
    expect(where('<a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2F&amp;h=AT0">example</a>', 'https://www.facebook.com/')).toBeNull();
  });
});

describe("X's t.co links: the address is in the link's own markup", () => {
  it('today: the text, with "https://" in a hidden span and the tail cut by an ellipsis', () => {
    const html =
      '<a href="https://t.co/AbC123xyz" rel="noopener noreferrer nofollow" target="_blank" role="link" dir="ltr">' +
      '<span aria-hidden="true" class="css-1jxf684">https://</span>youtube.com/watch?v=dQw4w9<span aria-hidden="true" class="css-1jxf684">WgXcQ</span>' +
      '<span aria-hidden="true" class="css-1jxf684">…</span></a>';
    expect(where(html)).toBe('youtube');
  });

  it('a link card: the domain leads the aria-label', () => {
    expect(where('<a href="https://t.co/q9Z" aria-label="instagram.com A post by NASA" role="link"><div><img alt=""></div></a>')).toBe('instagram');
  });

  it('the card\'s "From bilibili.com" line', () => {
    expect(where('<a href="https://t.co/q9Z" role="link"><span>From </span><span>bilibili.com</span></a>')).toBe('bilibili');
  });

  it('older markup: data-expanded-url and title', () => {
    expect(where('<a href="https://t.co/YO67l8ooRc" data-expanded-url="https://www.weibo.com/u/1" class="twitter-timeline-link">weibo.com/u/1</a>')).toBe('weibo');
    expect(where('<a href="https://t.co/YO67l8ooRc" title="https://www.zhihu.com/question/1">zhihu.com/question/1…</a>')).toBe('zhihu');
  });

  it('a t.co link that says nothing about its destination is no card', () => {
    expect(where('<a href="https://t.co/YO67l8ooRc">Read more</a>')).toBeNull();
  });

  it('a t.co link to an uncatalogued site is no card', () => {
    expect(where('<a href="https://t.co/a"><span aria-hidden="true">https://</span>example.org/post</a>')).toBeNull();
  });

  it('relative links resolve against the page: X linking to itself', () => {
    expect(where('<a href="/hashtag/Instagram?src=hashtag_click">#Instagram</a>')).toBe('x');
  });
});

describe("Quora's outbound links", () => {
  it.each([
    ['www redirector', '<a href="https://www.quora.com/_/redirect?url=https%3A%2F%2Fwww.xiaohongshu.com%2Fexplore&amp;qsrc=1">link</a>', 'xiaohongshu'],
    ['a language subdomain', '<a href="https://fr.quora.com/_/redirect?url=https%3A%2F%2Fwww.douyin.com%2F">link</a>', 'douyin'],
    ['a direct nofollow link', '<a class="q-box qu-cursor--pointer" href="https://www.reddit.com/r/china" rel="noopener nofollow" target="_blank"><span>reddit.com/r/china</span></a>', 'reddit'],
  ])('%s', (_, html, expected) => {
    expect(where(html, 'https://www.quora.com/What-is-WeChat')).toBe(expected);
  });
});

it('links without an address, or with a broken one, are no card', () => {
  expect(where('<a>no href</a>')).toBeNull();
  expect(where('<a href="javascript:void(0)">js</a>')).toBeNull();
  expect(where('<a href="https://[bad">bad</a>')).toBeNull();
});
