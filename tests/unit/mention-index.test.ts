import { describe, expect, it } from 'vitest';
import { buildMentionIndex, mentionRule } from '@/lib/detect/mention-index';
import { loadCatalogue } from './support/catalogue';

const index = buildMentionIndex(loadCatalogue().platforms);
const term = (name: string) => index.terms.find(([n]) => n === name);

describe('the names a card recognises in text, from the catalogue', () => {
  it('has the names people write, in English and Chinese', () => {
    for (const [name, id] of [
      ['Instagram', 'instagram'],
      ['YouTube', 'youtube'],
      ['WeChat', 'wechat'],
      ['微信', 'wechat'],
      ['Little Red Book', 'xiaohongshu'],
      ['小红书', 'xiaohongshu'],
      ['QQ', 'qq'],
      ['B站', 'bilibili'],
    ] as const)
      expect(term(name)?.[1], name).toBe(id);
  });

  it('puts longer names first, so "WeChat Pay" wins over "WeChat" and 企业微信 over 微信', () => {
    const at = (name: string) => index.terms.findIndex(([n]) => n === name);
    expect(at('WeChat Pay')).toBeLessThan(at('WeChat'));
    expect(at('企业微信')).toBeLessThan(at('微信'));
    const lengths = index.terms.map(([n]) => n.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it('leaves out everyday phrases that only translate a name', () => {
    expect(term('Where to go')).toBeUndefined();
    expect(term('去哪儿')).toBeUndefined();
    expect(term('RED')).toBeUndefined();
    expect(term('iQ')).toBeUndefined(); // two mixed-case letters: too common
  });

  it('names that are ordinary English words count only where a capital means a name', () => {
    expect(term('Zoom')?.[2]).toBe(1);
    expect(term('Medium')?.[2]).toBe(1);
    expect(term('Threads')?.[2]).toBe(1);
    expect(term('Instagram')?.[2]).toBe(0);
    expect(term('Little Red Book')?.[2]).toBe(0);
    expect(mentionRule('Apple Music')).toBe(0);
    expect(mentionRule('Slack')).toBe(1);
  });

  it('knows the idioms in which a Chinese name is not the platform', () => {
    expect(index.notInside['乐乎']).toContain('不亦乐乎');
    expect(index.notInside['京东']).toContain('京东方');
  });
});
