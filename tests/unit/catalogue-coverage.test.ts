import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './support/catalogue';
import { DETECTION_CASES } from './support/detection-cases';

const catalogue = loadCatalogue();

describe('every catalogued platform is recognised somewhere', () => {
  it.each(catalogue.platforms.filter((p) => p.hosts.length + p.shortHosts.length > 0).map((p) => p.id))(
    '%s has at least one real address in the detection tests',
    (id) => {
      expect(DETECTION_CASES.some(([, expected]) => expected === id)).toBe(true);
    },
  );
});

/** The platforms the catalogue issue and the seed articles name: each must exist and be paired. */
const REQUIRED_CHINESE = [
  'wechat', 'weibo', 'xiaohongshu', 'zhihu', 'douyin', 'toutiao', 'baidu', 'baidu-tieba', 'alipay', 'taobao', 'tmall',
  'tmall-global', 'jd', 'pinduoduo', 'kaola', 'qq', 'douban', 'youku', 'dianping', 'wechat-pay',
];
const REQUIRED_WESTERN = [
  'facebook', 'x', 'whatsapp', 'quora', 'tiktok', 'instagram', 'youtube', 'google', 'amazon', 'ebay', 'apple-pay', 'pinterest',
  'reddit', 'yelp', 'messenger', 'linkedin', 'snapchat', 'telegram', 'discord', 'tumblr', 'medium', 'wikipedia', 'netflix',
  'spotify', 'apple-music', 'twitch', 'vimeo', 'uber', 'airbnb', 'booking', 'tripadvisor', 'paypal', 'skype', 'zoom', 'slack',
  'tinder', 'groupon', 'etsy', 'google-maps', 'google-news', 'gmail',
];
const REQUIRED_TERMS = [
  'kol', 'koc', 'wanghong', 'tier-cities', 'xiachen', 'social-commerce', 'live-stream-commerce', 'cross-border-e-commerce',
  'mini-programs', 'official-accounts', 'private-traffic', 'double-11', '618', 'great-firewall', 'icp-filing-and-licence',
];

describe('the catalogue covers what the seed articles and the issue name', () => {
  const byId = new Map(catalogue.platforms.map((p) => [p.id, p]));
  const pairedChinese = new Set(catalogue.platforms.flatMap((p) => p.equivalents.map((e) => e.chinese)));

  it('has at least 45 Western and 45 Chinese platforms', () => {
    expect(catalogue.platforms.filter((p) => p.region === 'western').length).toBeGreaterThanOrEqual(45);
    expect(catalogue.platforms.filter((p) => p.region === 'chinese').length).toBeGreaterThanOrEqual(45);
  });

  it.each(REQUIRED_CHINESE)('Chinese %s exists, is paired, and has three marketing notes', (id) => {
    expect(byId.get(id)?.region).toBe('chinese');
    expect(pairedChinese.has(id)).toBe(true);
    expect(byId.get(id)!.marketing.length).toBeGreaterThanOrEqual(3);
  });

  it.each(REQUIRED_WESTERN)('Western %s exists and has a Chinese equivalent', (id) => {
    expect(byId.get(id)?.region).toBe('western');
    expect(byId.get(id)!.equivalents.length).toBeGreaterThan(0);
  });

  it('every Chinese platform is paired with at least one Western platform', () => {
    const unpaired = catalogue.platforms.filter((p) => p.region === 'chinese' && !pairedChinese.has(p.id)).map((p) => p.id);
    expect(unpaired).toEqual([]);
  });

  it.each(REQUIRED_TERMS)('glossary term %s has 汉字 and pinyin', (id) => {
    const term = catalogue.glossary.find((t) => t.id === id);
    expect(term?.hanzi).toBeTruthy();
    expect(term?.pinyin).toBeTruthy();
  });

  it('at least 20 glossary terms, and market facts on every topic the seeds cover', () => {
    expect(catalogue.glossary.length).toBeGreaterThanOrEqual(20);
    const topics = new Set(catalogue.market.map((f) => f.topic));
    for (const topic of ['population', 'social-media-users', 'mobile', 'time-online', 'live-streaming', 'income', 'tier-cities', 'trends'] as const)
      expect(topics.has(topic), topic).toBe(true);
  });

  it('conflicting figures are kept with their own sources (WeChat 335 million and over 1 billion)', () => {
    const wechat = byId.get('wechat')!.figures;
    const million335 = wechat.find((f) => f.value === 335_000_000);
    const billion = wechat.find((f) => f.value === 1_000_000_000 && f.qualifier === 'over');
    expect(million335?.sourceId).toBe('understanding-chinese-social-networks');
    expect(billion).toBeDefined();
    expect(billion!.asOf > million335!.asOf).toBe(true);
    const douyinLaunch = byId.get('douyin')!.figures.filter((f) => f.metric === 'launch-year').map((f) => f.value).sort();
    expect(douyinLaunch).toEqual([2016, 2017]);
  });

  it('every seed article is cited somewhere', () => {
    const cited = new Set([
      ...catalogue.platforms.flatMap((p) => [...p.sourceIds, ...p.figures.map((f) => f.sourceId), ...p.marketing.flatMap((m) => m.sourceIds), ...p.equivalents.flatMap((e) => e.sourceIds)]),
      ...catalogue.market.map((f) => f.sourceId),
      ...catalogue.glossary.flatMap((t) => t.sourceIds),
    ]);
    for (const seed of ['main-players-digital-sphere', 'understanding-chinese-social-networks', 'chinese-vs-western-social-media', 'cyberone-rise-of-china-social-media', 'tenba-9-chinese-platforms-2021'])
      expect(cited.has(seed), seed).toBe(true);
  });
});
