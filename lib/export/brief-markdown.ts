/**
 * A brief as Markdown: one section per platform (names, summary, figures with every source and
 * conflict, audience, features, what a foreign business meets, marketing notes, counterparts
 * with differences, glossary terms, the person's note), an optional comparison table first, and
 * the numbered sources at the end. Headings and labels in the UI language; catalogue text as is.
 */
import type { Figure, Source } from '../catalogue/schema';
import { figureText } from './figure-text';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/translate';
import type { Brief, BriefComparison, BriefPlatform, CitedFigure } from './brief';
import { mdCell, mdCites, mdTable, mdText, mdUrl } from './markdown';

export interface RenderOptions {
  locale: Locale;
  t: Translate;
}

export function platformTitle(p: { name: string; hanzi?: string | undefined; pinyin?: string | undefined }): string {
  if (!p.hanzi) return p.name;
  return p.pinyin ? `${p.name} · ${p.hanzi} (${p.pinyin})` : `${p.name} · ${p.hanzi}`;
}

export function briefTitle(brief: Brief, t: Translate): string {
  if (brief.comparison) {
    const { western, chinese } = brief.comparison.comparison;
    return t('catalogue.brief.comparisonTitle', { western: western.name, chinese: chinese.map((c) => c.platform.name).join(', ') || '—' });
  }
  return t('catalogue.brief.title', { names: brief.platforms.map((p) => p.platform.name).join(', ') });
}

export function sourceLine(source: Source, t: Translate): string {
  const year = source.year ? (source.yearInferred ? t('catalogue.source.yearInferred', { year: source.year }) : String(source.year)) : t('catalogue.source.noYear');
  return `${source.publisher}, “${source.title}” (${year})`;
}

function figureRow(f: CitedFigure, o: RenderOptions, isNewest: boolean): string[] {
  const { figure } = f;
  const value = figureText(o.locale, figure, o.t) + (figure.note ? ` (${figure.note})` : '');
  return [
    mdCell(o.t(`metric.${figure.metric}`)) + (isNewest ? '' : ` (${mdCell(o.t('catalogue.figures.older'))})`),
    mdCell(value),
    mdCell(figure.asOf),
    mdCites(f.cites) || '—',
  ];
}

function figuresMd(section: BriefPlatform, o: RenderOptions): string[] {
  if (section.figures.length === 0) return [];
  const rows = section.figures.flatMap((g) => g.figures.map((f, i) => figureRow(f, o, i === 0)));
  const conflicts = section.figures.filter((g) => g.figures.length > 1);
  const out = [`### ${mdText(o.t('catalogue.entry.figures'))}`, '', mdTable([o.t('catalogue.figures.measure'), o.t('catalogue.figures.value'), o.t('catalogue.figures.asOf'), o.t('catalogue.figures.source')], rows)];
  if (conflicts.length) {
    out.push('', mdText(o.t('catalogue.figures.conflictExplained', { measures: conflicts.map((g) => o.t(`metric.${g.metric}`)).join(', ') })));
  }
  return [...out, ''];
}

function list(heading: string, items: string[]): string[] {
  return items.length ? [`### ${mdText(heading)}`, '', ...items.map((i) => `- ${i}`), ''] : [];
}

function platformMd(section: BriefPlatform, o: RenderOptions): string[] {
  const { platform: p, note } = section;
  const { t } = o;
  const facts = [
    t(`region.${p.region}`),
    p.categories.map((c) => t(`category.${c}`)).join(', '),
    ...(p.owner ? [t('catalogue.entry.owner', { owner: p.owner })] : []),
    ...(p.status !== 'active' ? [t(`status.${p.status}`)] : []),
  ];
  const out = [`## ${mdText(platformTitle(p))}`, '', `*${mdText(facts.join(' · '))}*`, ''];
  if (p.aliases.length) out.push(mdText(t('catalogue.entry.alsoKnownAs', { names: p.aliases.join(', ') })), '');
  out.push(`${mdText(p.summary)} ${mdCites(section.cites)}`.trim(), '');
  if (p.description) out.push(mdText(p.description), '');
  out.push(...figuresMd(section, o));
  if (p.audience) {
    const a = p.audience;
    out.push(
      ...list(t('catalogue.entry.audience'), [
        mdText(a.summary),
        ...(a.age ? [`${mdText(t('catalogue.entry.age'))}: ${mdText(a.age)}`] : []),
        ...(a.cityTiers ? [`${mdText(t('catalogue.entry.cityTiers'))}: ${mdText(a.cityTiers)}`] : []),
        ...(a.interests.length ? [`${mdText(t('catalogue.entry.interests'))}: ${mdText(a.interests.join(', '))}`] : []),
      ]),
    );
  }
  out.push(...list(t('catalogue.entry.features'), p.features.map(mdText)));
  out.push(...list(t('catalogue.entry.access'), p.access.map(mdText)));
  out.push(
    ...list(
      t('catalogue.entry.marketing'),
      section.marketing.map(({ note: m, cites }) => `**${mdText(t(`shared.marketing.topic.${m.topic}`))}:** ${mdText(m.text)} ${mdCites(cites)}`.trim()),
    ),
  );
  if (section.pairings.length) {
    out.push(`### ${mdText(t('catalogue.entry.pairings'))}`, '');
    for (const { western, chinese, pairing, cites } of section.pairings) {
      const flags = [t(`fit.${pairing.fit}`), ...(pairing.historical ? [t('historical')] : [])].join(', ');
      out.push(`#### ${mdText(western.name)} → ${mdText(platformTitle(chinese))} (${mdText(flags)})`, '');
      out.push(`${mdText(pairing.why)} ${mdCites(cites)}`.trim(), '');
      if (pairing.differences.length) {
        out.push(
          mdTable(
            [t('catalogue.compare.aspect'), western.name, chinese.name],
            pairing.differences.map((d) => [mdCell(d.aspect), mdCell(d.western), mdCell(d.chinese)]),
          ),
          '',
        );
      }
      if (pairing.note) out.push(`${mdText(t('catalogue.entry.pairingNote'))}: ${mdText(pairing.note)}`, '');
    }
  }
  out.push(
    ...list(
      t('catalogue.entry.glossary'),
      section.glossary.map(({ term, cites }) => {
        const names = [term.hanzi, term.pinyin].filter(Boolean).join(', ');
        return `**${mdText(term.term)}**${names ? ` (${mdText(names)})` : ''}: ${mdText(term.definition)} ${mdCites(cites)}`.trim();
      }),
    ),
  );
  if (note) out.push(`### ${mdText(t('catalogue.entry.note'))}`, '', ...note.text.split(/\r?\n/).map((l) => `> ${mdText(l)}`.trimEnd()), '');
  return out;
}

function figureCell(f: CitedFigure | undefined, o: RenderOptions): string {
  if (!f) return '—';
  const fig: Figure = f.figure;
  return `${mdCell(`${figureText(o.locale, fig, o.t)} ${o.t(`metric.${fig.metric}`).toLowerCase()}, ${fig.asOf}`)} ${mdCites(f.cites)}`.trim();
}

function comparisonMd(c: BriefComparison, o: RenderOptions): string[] {
  const { t } = o;
  const { western, chinese, aspects } = c.comparison;
  const header = [t('catalogue.compare.aspect'), western.name, ...chinese.map((x) => x.platform.name)];
  const notDescribed = mdCell(t('catalogue.compare.notDescribed'));
  const rows: string[][] = [
    [mdCell(t('catalogue.compare.summary')), mdCell(western.summary), ...chinese.map((x) => mdCell(x.platform.summary))],
    [
      mdCell(t('catalogue.compare.role')),
      '—',
      ...chinese.map((x, i) =>
        x.pairing ? `${mdCell(`${t(`fit.${x.pairing.fit}`)}: ${x.pairing.why}`)} ${mdCites(c.pairingCites[i] ?? [])}`.trim() : mdCell(t('catalogue.compare.notPaired', { western: western.name })),
      ),
    ],
    [mdCell(t('catalogue.compare.headline')), ...c.headline.map((f) => figureCell(f, o))],
    ...aspects.map((a) => [mdCell(a.aspect), mdCell(a.western.join(' / ')), ...a.chinese.map((x) => (x ? mdCell(x) : notDescribed))]),
  ];
  return [`## ${mdText(t('catalogue.compare.tableHeading'))}`, '', mdTable(header, rows), ''];
}

export function briefMarkdown(brief: Brief, o: RenderOptions): string {
  const { t } = o;
  const date = new Intl.DateTimeFormat(o.locale, { dateStyle: 'long' }).format(brief.createdAt);
  const out = [`# ${mdText(briefTitle(brief, t))}`, '', `*${mdText(t('catalogue.brief.prepared', { date }))}*`, ''];
  if (brief.comparison) out.push(...comparisonMd(brief.comparison, o));
  for (const section of brief.platforms) out.push(...platformMd(section, o));
  out.push(`## ${mdText(t('catalogue.brief.sources'))}`, '');
  brief.sources.forEach((s, i) => {
    const extra = [s.url ? mdUrl(s.url) : '', s.note ? mdText(s.note) : ''].filter(Boolean).join(' — ');
    out.push(`${i + 1}. ${mdText(sourceLine(s, t))}${extra ? ` ${extra}` : ''}`);
  });
  if (brief.sources.length === 0) out.push(mdText(t('catalogue.brief.noSources')));
  for (const id of brief.missingSources) out.push(`- ${mdText(t('catalogue.brief.missingSource', { id }))}`);
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
