import { describe, expect, it } from 'vitest';
import { detectPlatform } from '@/lib/detect/detect-platform';
import { loadHostIndex } from './support/catalogue';
import { DETECTION_CASES } from './support/detection-cases';

const index = loadHostIndex();

describe('detectPlatform on real addresses of every catalogued platform', () => {
  it.each(DETECTION_CASES)('%s → %s', (url, expected) => {
    expect(detectPlatform(url, index)?.platformId ?? null).toBe(expected);
  });
});

describe('redirect wrappers are unwrapped, and say so', () => {
  it.each([
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3Dabc&h=AT0', 'youtube'],
    ['https://lm.facebook.com/l.php?u=https%3A%2F%2Fwww.amazon.de%2Fdp%2FB000', 'amazon'],
    ['https://www.google.com/url?q=https://www.quora.com/What-is-Zhihu&sa=D', 'quora'],
    ['https://www.google.co.uk/url?url=https://www.zhihu.com/question/1', 'zhihu'],
    ['https://www.youtube.com/redirect?q=https%3A%2F%2Fweibo.com%2Fu%2F1', 'weibo'],
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fl.facebook.com%2Fl.php%3Fu%3Dhttps%253A%252F%252Fx.com%252Fa', 'x'],
  ])('%s → %s', (url, expected) => {
    const hit = detectPlatform(url, index);
    expect(hit?.platformId).toBe(expected);
    expect(hit?.unwrappedFrom).toBe(url);
  });

  it('a wrapper around an uncatalogued address is not its own platform', () => {
    expect(detectPlatform('https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2F', index)).toBeNull();
  });

  it('a Google-looking wrapper on a lookalike host is not unwrapped', () => {
    expect(detectPlatform('https://www.google.com.evil.example/url?q=https://www.quora.com/', index)).toBeNull();
  });
});

describe('lookalikes, odd schemes and garbage never match', () => {
  it.each([
    'https://notfacebook.com/',
    'https://facebook.com.evil.example/',
    'https://www.facebook.com@evil.example/',
    'https://evil.example/?u=https://www.facebook.com/',
    'https://xn--facebok-y0a.com/',
    'https://www.xn--fcebook-8va.com/',
    'https://faceb00k.com/',
    'https://youtube.co/',
    'https://amazon.evil/',
    'http://157.240.1.35/',
    'https://[2a03:2880:f12f:83:face:b00c:0:25de]/',
    'about:blank',
    'chrome://extensions/',
    'file:///home/me/facebook.com.html',
    'data:text/html,facebook.com',
    'javascript:alert("facebook.com")',
    'ftp://facebook.com/',
    'facebook.com',
    '',
    '   ',
    'http://',
    'https://.com/',
    'https://co.uk/',
    '%%%',
  ])('%s', (url) => {
    expect(detectPlatform(url, index)).toBeNull();
  });

  it.each([undefined, null, 42, {}, [], 'x'.repeat(100_000)])('never throws on %#', (value) => {
    expect(() => detectPlatform(value, index)).not.toThrow();
    expect(detectPlatform(value, index)).toBeNull();
  });
});

describe('the catalogue decides which product a shared owner host is', () => {
  it.each([
    ['https://www.instagram.com/nasa/', 'instagram'],
    ['https://www.facebook.com/nasa', 'facebook'],
    ['https://maps.google.com/?q=Shanghai', 'google-maps'],
    ['https://www.google.com/maps/place/Shanghai', 'google-maps'],
    ['https://www.google.com/mapsearch', 'google'],
    ['https://www.google.com/search?q=weibo', 'google'],
    ['https://google.com/', 'google'],
    ['https://docs.google.com/document/d/1', null],
    ['https://play.google.com/store', null],
    ['https://calendar.google.com/', null],
    ['https://mail.google.com/mail/u/0/', 'gmail'],
    ['https://news.google.com/home', 'google-news'],
    ['https://www.messenger.com/t/123', 'messenger'],
    ['https://pay.weixin.qq.com/index.php', 'wechat-pay'],
    ['https://im.qq.com/', 'qq'],
    ['https://mail.qq.com/', 'qq-mail'],
    ['https://map.baidu.com/', 'baidu-maps'],
    ['https://www.baidu.com/s?wd=x', 'baidu'],
  ])('%s → %s', (url, expected) => {
    expect(detectPlatform(url, index)?.platformId ?? null).toBe(expected);
  });
});

describe('short links say they are short links', () => {
  it.each([
    ['https://youtu.be/dQw4w9WgXcQ', 'youtube'],
    ['https://fb.me/abc', 'facebook'],
    ['https://amzn.to/3xyz', 'amazon'],
  ])('%s', (url, expected) => {
    const hit = detectPlatform(url, index);
    expect(hit?.platformId).toBe(expected);
    expect(hit?.shortLink).toBe(true);
  });
});
