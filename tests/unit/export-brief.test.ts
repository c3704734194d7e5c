/** Briefs as Markdown and CSV: every section a marketer needs, every figure with its source. */
import { describe, expect, it } from 'vitest';
import { buildComparison } from '@/lib/catalogue-page/comparison';
import { buildBrief, buildComparisonBrief, type BriefData } from '@/lib/export/brief';
import { briefCsv, comparisonCsv } from '@/lib/export/brief-csv';
import { briefMarkdown } from '@/lib/export/brief-markdown';
import { CSV_BOM, parseCsv, toCsv } from '@/lib/export/csv';
import { briefFileName, comparisonFileName, personalFileName } from '@/lib/export/file-names';
import { figureText } from '@/lib/export/figure-text';
import { mdCell, mdText } from '@/lib/export/markdown';
import { createTranslator } from '@/lib/i18n/translate';
import { loadCatalogue } from './support/catalogue';

const catalogue = loadCatalogue();
const data: BriefData = { platforms: catalogue.platforms, sources: catalogue.sources, glossary: catalogue.glossary, notes: [{ platformId: 'weibo', text: 'Ask the agency about | pipes and *stars*', updatedAt: 1 }] };
const en = { locale: 'en' as const, t: createTranslator('en') };
const date = new Date('2024-05-01T12:00:00Z');
const byId = new Map(catalogue.platforms.map((p) => [p.id, p]));
const sourceById = new Map(catalogue.sources.map((s) => [s.id, s]));

describe('a brief for chosen platforms', () => {
  const brief = buildBrief(['weibo', 'x', 'no-such-platform', 'weibo'], data, date);

  it('holds the chosen platforms once each, in the order chosen', () => {
    expect(brief.platforms.map((p) => p.platform.id)).toEqual(['weibo', 'x']);
  });

  it('numbers every cited source once, and every figure cites its own source', () => {
    expect(new Set(brief.sources.map((s) => s.id)).size).toBe(brief.sources.length);
    expect(brief.missingSources).toEqual([]);
    for (const section of brief.platforms)
      for (const group of section.figures)
        for (const { figure, cites } of group.figures) expect(brief.sources[cites[0]! - 1]!.id).toBe(figure.sourceId);
    const weibo = byId.get('weibo')!;
    expect(brief.platforms[0]!.figures.flatMap((g) => g.figures).length).toBe(weibo.figures.length);
  });

  it('Markdown: names with 汉字 and pinyin, figures with dates, pairings with differences, note, numbered sources', () => {
    const md = briefMarkdown(brief, en);
    const weibo = byId.get('weibo')!;
    expect(md).toMatch(/^# China Lens brief: Weibo, X\n/);
    expect(md).toContain(`## Weibo · ${weibo.hanzi} (${weibo.pinyin})`);
    expect(md).toContain('### Figures');
    expect(md).toContain('| Measure | Value | As of | Source |');
    const newest = brief.platforms[0]!.figures[0]!.figures[0]!;
    expect(md).toContain(`| ${newest.figure.asOf} | [${newest.cites[0]}] |`);
    expect(md).toContain('#### X → Weibo');
    const diff = byId.get('x')!.equivalents.find((e) => e.chinese === 'weibo')!.differences[0]!;
    expect(md).toContain(`| ${mdCell(diff.aspect)} | ${mdCell(diff.western)} | ${mdCell(diff.chinese)} |`);
    expect(md).toContain('### Your note\n\n> Ask the agency about | pipes and \\*stars\\*');
    expect(md).toContain('## Sources');
    brief.sources.forEach((s, i) => {
      expect(md).toContain(`\n${i + 1}. ${mdText(s.publisher)}`);
      if (s.url) expect(md).toContain(`<${s.url}>`);
    });
    for (const n of md.matchAll(/\[(\d+)\]/g)) expect(Number(n[1])).toBeLessThanOrEqual(brief.sources.length);
  });

  it('leaves the note out when notes are not included', () => {
    const md = briefMarkdown(buildBrief(['weibo'], { ...data, notes: [] }, date), en);
    expect(md).not.toContain('Your note');
  });

  it('headings and labels follow the UI language; catalogue text stays as written', () => {
    const md = briefMarkdown(brief, { locale: 'zh-CN', t: createTranslator('zh-CN') });
    expect(md).toContain('# 中国透镜简报：Weibo, X');
    expect(md).toContain('## 来源');
    expect(md).toContain(byId.get('weibo')!.summary.slice(0, 30));
  });

  it('CSV: one row per fact, 汉字 intact, every figure row with value, date and its source in full', () => {
    const csv = briefCsv(brief, en);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(['Platform id', 'Platform', 'Chinese name', 'Pinyin', 'Region', 'Section', 'Label', 'Value', 'Unit', 'As stated', 'As of', 'Note', 'Sources']);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    const weibo = byId.get('weibo')!;
    const figureRows = rows.filter((r) => r[0] === 'weibo' && r[5] === 'Figure');
    expect(figureRows.length).toBe(weibo.figures.length);
    for (const f of weibo.figures) {
      const row = figureRows.find((r) => Number(r[7]) === f.value && r[10] === f.asOf)!;
      expect(row[2]).toBe(weibo.hanzi);
      expect(row[12]).toContain(sourceById.get(f.sourceId)!.publisher);
    }
    expect(rows.some((r) => r[0] === 'weibo' && r[5] === 'Your note' && r[7] === 'Ask the agency about | pipes and *stars*')).toBe(true);
    expect(rows.filter((r) => r[5] === 'Marketing note').length).toBe(weibo.marketing.length + byId.get('x')!.marketing.length);
  });
});

describe('a brief for a comparison', () => {
  const comparison = buildComparison('facebook', ['wechat', 'weibo'], catalogue.platforms)!;
  const brief = buildComparisonBrief(comparison, data, date);

  it('starts with the side-by-side table, then each compared platform in full', () => {
    const md = briefMarkdown(brief, en);
    expect(md).toMatch(/^# Comparison: Facebook beside WeChat, Weibo\n/);
    expect(md).toContain('| Aspect | Facebook | WeChat | Weibo |');
    expect(md.indexOf('## Side by side')).toBeLessThan(md.indexOf('## Facebook'));
    expect(brief.platforms.map((p) => p.platform.id)).toEqual(['facebook', 'wechat', 'weibo']);
    for (const a of comparison.aspects) expect(md).toContain(`| ${mdCell(a.aspect)} |`);
  });

  it('CSV is the table itself: one row per aspect, one column per platform, then its sources', () => {
    const [header, ...rows] = parseCsv(comparisonCsv(brief, en)!);
    expect(header).toEqual(['Aspect', 'Facebook', 'WeChat', 'Weibo', 'Sources']);
    expect(rows.length).toBe(3 + comparison.aspects.length);
    const core = comparison.aspects[0]!;
    const row = rows.find((r) => r[0] === core.aspect)!;
    expect(row[2]).toBe(core.chinese[0] ?? 'Not described for this pairing');
    expect(row[4]).not.toBe('');
    expect(comparisonCsv(buildBrief(['weibo'], data), en)).toBeNull();
  });
});

describe('formatting helpers', () => {
  it('escapes what would become markup, in text and in table cells', () => {
    expect(mdText('a *b* _c_ [d](e) <f>')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\>');
    expect(mdText('# not a heading\n- not a list')).toBe('\\# not a heading\n\\- not a list');
    expect(mdCell('a | b\nc')).toBe('a \\| b c');
  });

  it('CSV quotes commas, quotes and line breaks, and defuses formulas', () => {
    const csv = toCsv(['a', 'b'], [['x, y', 'say "hi"'], ['line\nbreak', '=SUM(A1)'], [1200, undefined]]);
    expect(parseCsv(csv)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['line\nbreak', "'=SUM(A1)"],
      ['1200', ''],
    ]);
  });

  it('figures keep the source’s qualifier and read naturally in each language', () => {
    const t = createTranslator('en');
    expect(figureText('en', { value: 1_340_000_000, unit: 'people', qualifier: 'over' }, t)).toBe('over 1.34 billion');
    expect(figureText('en', { value: 2011, unit: 'year', qualifier: 'exact' }, t)).toBe('2011');
    expect(figureText('en', { value: 98, unit: 'percent', qualifier: 'exact' }, t)).toBe('98%');
    expect(figureText('en', { value: 25, unit: 'hours-per-week', qualifier: 'about' }, t)).toBe('about 25 hours a week');
    expect(figureText('zh-CN', { value: 598_000_000, unit: 'people', qualifier: 'about' }, createTranslator('zh-CN'))).toBe('约 5.98亿');
    expect(figureText('sv', { value: 5_000_000_000, unit: 'usd', qualifier: 'exact' }, createTranslator('sv'))).toBe('5\u00a0md\u00a0US$');
    expect(figureText('sv', { value: 5_000_000_000, unit: 'people', qualifier: 'nearly' }, createTranslator('sv'))).toBe('nästan 5 miljarder');
  });

  it('file names say what, for which platforms and when', () => {
    expect(briefFileName(['wechat', 'weibo'], '2024-05-01', 'md')).toBe('china-lens-brief-wechat-weibo-2024-05-01.md');
    expect(briefFileName(['a', 'b', 'c', 'd', 'e', 'f'], '2024-05-01', 'csv')).toBe('china-lens-brief-a-b-c-d-and-2-more-2024-05-01.csv');
    expect(comparisonFileName('facebook', ['wechat'], '2024-05-01', 'md')).toBe('china-lens-compare-facebook-vs-wechat-2024-05-01.md');
    expect(personalFileName('2024-05-01')).toBe('china-lens-pins-and-notes-2024-05-01.json');
  });
});
