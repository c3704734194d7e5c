/**
 * A brief as CSV for spreadsheets. A platform brief is "long": one row per fact (summary,
 * figure, marketing note, difference, …) so it can be filtered and pivoted, with each row's
 * sources written out in full in its last column (a CSV has no footnotes). A comparison is the
 * side-by-side table itself: one row per aspect, one column per platform, then its sources.
 */
import { figureText } from './figure-text';
import type { Brief, BriefPlatform, Cites } from './brief';
import { platformTitle, sourceLine, type RenderOptions } from './brief-markdown';
import { toCsv } from './csv';

type Row = (string | number | undefined)[];

function sourcesCell(brief: Brief, cites: Cites, o: RenderOptions): string {
  return cites
    .map((n) => {
      const s = brief.sources[n - 1];
      return s ? `[${n}] ${sourceLine(s, o.t)}${s.url ? ` ${s.url}` : ''}` : `[${n}]`;
    })
    .join('; ');
}

function platformRows(brief: Brief, section: BriefPlatform, o: RenderOptions): Row[] {
  const { t } = o;
  const p = section.platform;
  const base = [p.id, p.name, p.hanzi, p.pinyin, t(`region.${p.region}`)];
  const row = (sectionKey: string, label: string, value: string | number, extra: { unit?: string; qualifier?: string; asOf?: string; note?: string; cites?: Cites } = {}): Row => [
    ...base,
    t(`catalogue.csv.section.${sectionKey}` as Parameters<typeof t>[0]),
    label,
    value,
    extra.unit,
    extra.qualifier,
    extra.asOf,
    extra.note,
    sourcesCell(brief, extra.cites ?? [], o),
  ];
  const rows: Row[] = [row('summary', '', p.summary, { cites: section.cites })];
  if (p.description) rows.push(row('description', '', p.description, { cites: section.cites }));
  rows.push(row('categories', '', p.categories.map((c) => t(`category.${c}`)).join(', ')));
  if (p.owner) rows.push(row('owner', '', p.owner));
  if (p.aliases.length) rows.push(row('aliases', '', p.aliases.join(', ')));
  for (const group of section.figures)
    for (const { figure: f, cites } of group.figures)
      rows.push(
        row('figure', t(`metric.${f.metric}`), f.value, {
          unit: f.unit,
          qualifier: figureText(o.locale, f, t),
          asOf: f.asOf,
          ...(f.note ? { note: f.note } : {}),
          cites,
        }),
      );
  if (p.audience) {
    const a = p.audience;
    rows.push(row('audience', t('catalogue.entry.audience'), a.summary));
    if (a.age) rows.push(row('audience', t('catalogue.entry.age'), a.age));
    if (a.cityTiers) rows.push(row('audience', t('catalogue.entry.cityTiers'), a.cityTiers));
    if (a.interests.length) rows.push(row('audience', t('catalogue.entry.interests'), a.interests.join(', ')));
  }
  for (const f of p.features) rows.push(row('feature', '', f));
  for (const a of p.access) rows.push(row('access', '', a));
  for (const { note, cites } of section.marketing) rows.push(row('marketing', t(`shared.marketing.topic.${note.topic}`), note.text, { cites }));
  for (const { western, chinese, pairing, cites } of section.pairings) {
    const pair = `${western.name} → ${platformTitle(chinese)}`;
    const fit = [t(`fit.${pairing.fit}`), ...(pairing.historical ? [t('historical')] : [])].join(', ');
    rows.push(row('pairing', pair, pairing.why, { qualifier: fit, ...(pairing.note ? { note: pairing.note } : {}), cites }));
    for (const d of pairing.differences)
      rows.push(row('difference', `${pair}: ${d.aspect}`, `${western.name}: ${d.western} / ${chinese.name}: ${d.chinese}`, { cites }));
  }
  for (const { term, cites } of section.glossary)
    rows.push(row('glossary', [term.term, term.hanzi, term.pinyin].filter(Boolean).join(' · '), term.definition, { cites }));
  if (section.note) rows.push(row('note', t('catalogue.entry.note'), section.note.text));
  return rows;
}

export function briefCsv(brief: Brief, o: RenderOptions): string {
  const { t } = o;
  const header = [
    t('catalogue.csv.platformId'),
    t('catalogue.csv.platform'),
    t('catalogue.csv.hanzi'),
    t('catalogue.csv.pinyin'),
    t('catalogue.csv.region'),
    t('catalogue.csv.section'),
    t('catalogue.csv.label'),
    t('catalogue.csv.value'),
    t('catalogue.csv.unit'),
    t('catalogue.csv.qualifier'),
    t('catalogue.csv.asOf'),
    t('catalogue.csv.note'),
    t('catalogue.csv.sources'),
  ];
  return toCsv(header, brief.platforms.flatMap((s) => platformRows(brief, s, o)));
}

/** The comparison table as CSV; null when the brief is not a comparison. */
export function comparisonCsv(brief: Brief, o: RenderOptions): string | null {
  const c = brief.comparison;
  if (!c) return null;
  const { t } = o;
  const { western, chinese, aspects } = c.comparison;
  const header = [t('catalogue.compare.aspect'), western.name, ...chinese.map((x) => x.platform.name), t('catalogue.csv.sources')];
  const allPairingCites = [...new Set(c.pairingCites.flat())];
  const headlineCites = [...new Set(c.headline.flatMap((f) => f?.cites ?? []))];
  const notDescribed = t('catalogue.compare.notDescribed');
  const rows: Row[] = [
    [t('catalogue.compare.summary'), western.summary, ...chinese.map((x) => x.platform.summary), sourcesCell(brief, brief.platforms.flatMap((s) => s.cites).filter((n, i, a) => a.indexOf(n) === i), o)],
    [t('catalogue.compare.role'), '', ...chinese.map((x) => (x.pairing ? `${t(`fit.${x.pairing.fit}`)}: ${x.pairing.why}` : t('catalogue.compare.notPaired', { western: western.name }))), sourcesCell(brief, allPairingCites, o)],
    [
      t('catalogue.compare.headline'),
      ...c.headline.map((f) => (f ? `${figureText(o.locale, f.figure, t)} ${t(`metric.${f.figure.metric}`).toLowerCase()}, ${f.figure.asOf}` : '')),
      sourcesCell(brief, headlineCites, o),
    ],
    ...aspects.map((a): Row => [a.aspect, a.western.join(' / '), ...a.chinese.map((x) => x ?? notDescribed), sourcesCell(brief, [...new Set(a.chinese.flatMap((x, i) => (x ? (c.pairingCites[i] ?? []) : [])))], o)]),
  ];
  return toCsv(header, rows);
}
