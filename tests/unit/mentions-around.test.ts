import { describe, expect, it } from 'vitest';
import { buildMentionIndex } from '@/lib/detect/mention-index';
import { mentionsAround } from '@/lib/detect/mentions-around';
import { loadCatalogue } from './support/catalogue';

const index = buildMentionIndex(loadCatalogue().platforms);

/** The platforms named at the position marked by "|" in the text. */
function at(marked: string, before = ''): string[] {
  const offset = marked.indexOf('|');
  const text = marked.replace('|', '');
  return mentionsAround(text, offset, index, () => before).map((h) => h.platformId);
}

describe('names at a position in English text', () => {
  it.each([
    ['watch it on You|Tube tonight', 'youtube'],
    ['follow my Insta|gram', 'instagram'],
    ["it's on Little Red |Book now", 'xiaohongshu'],
    ['|WeChat first', 'wechat'],
    ['pay with WeChat P|ay', 'wechat-pay'],
    ["Instagram|'s new feed", 'instagram'],
    ['#Tik|Tok', 'tiktok'],
  ])('%s', (text, expected) => {
    expect(at(text)[0]).toBe(expected);
  });

  it('only whole words: no name inside a longer word', () => {
    expect(at('an Instagram|mer')).toEqual([]);
    expect(at('MyYou|Tube')).toEqual([]);
  });

  it('matches names as they are written, not lower case', () => {
    expect(at('you|tube')).toEqual([]);
  });

  it('says nothing away from a name', () => {
    expect(at('watch it| on YouTube')).toEqual([]);
  });

  it('a caret between two names offers both', () => {
    expect(at('QQ|微信')).toEqual(expect.arrayContaining(['qq', 'wechat']));
  });
});

describe('names that are ordinary words', () => {
  it('count mid-sentence', () => {
    expect(at('join the call on Zo|om at ten')).toEqual(['zoom']);
    expect(at('I posted it on Med|ium.')).toEqual(['medium']);
  });

  it('do not count as the first word of a sentence', () => {
    expect(at('Zo|om in on the chart')).toEqual([]);
    expect(at('Done. Med|ium rare, please')).toEqual([]);
    expect(at('“Thr|eads of silk', 'She said: ')).toEqual([]);
  });

  it('look at the text before a separate text node', () => {
    expect(at('Zo|om call', 'see you on ')).toEqual(['zoom']);
    expect(at('Zo|om in', 'The end. ')).toEqual([]);
  });
});

describe('names in Chinese text', () => {
  it.each([
    ['我在微|信上发给你', 'wechat'],
    ['小红|书上的笔记', 'xiaohongshu'],
    ['用企业微|信办公', 'wecom'],
    ['刷抖|音', 'douyin'],
  ])('%s', (text, expected) => {
    expect(at(text)[0]).toBe(expected);
  });

  it('not inside an idiom or an ordinary phrase', () => {
    expect(at('不亦乐|乎')).toEqual([]);
    expect(at('郫县豆|瓣酱')).toEqual([]);
    expect(at('京东|方的屏幕')).toEqual([]);
    expect(at('你饿了|么')).toEqual([]);
    expect(at('点饿了|么外卖')).toEqual(['ele-me']);
  });
});

it('in a long text node, finds the name at its true position (only a window around it is searched)', () => {
  const filler = 'lorem ipsum dolor sit amet Zoom '.repeat(20_000);
  const text = `${filler}watch it on YouTube ${filler}`;
  const offset = filler.length + 'watch it on You'.length;
  const hits = mentionsAround(text, offset, index);
  expect(hits.map((h) => [h.platformId, h.start, h.end])).toEqual([['youtube', filler.length + 12, filler.length + 19]]);
});

it('a Latin name inside an accented or Cyrillic word is no name; next to Chinese it is', () => {
  expect(at('ÉInstagr|am')).toEqual([]);
  expect(at('пInstagr|am')).toEqual([]);
  expect(at('用Instagr|am发')).toEqual(['instagram']);
});
