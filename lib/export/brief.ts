/**
 * What a brief holds for the chosen platforms (or a comparison), with every source numbered once
 * in order of first citation. Markdown, CSV and the printable page are all rendered from this, so
 * the three never disagree and none can drop a source.
 */
import { equivalentsOf } from '../catalogue/equivalents';
import { figuresByMetric, headlineFigure } from '../catalogue/figures';
import type { Equivalent, Figure, GlossaryTerm, MarketingNote, Metric, Platform, Source } from '../catalogue/schema';
import { termsMentioning } from '../catalogue-page/glossary';
import type { Comparison } from '../catalogue-page/comparison';
import type { Note } from '../db/personal-schema';

export interface BriefData {
  /** All platforms (names of counterparts come from here), not only the chosen ones. */
  platforms: Platform[];
  sources: Source[];
  glossary: GlossaryTerm[];
  /** The person's notes; included for the chosen platforms that have one. */
  notes?: Note[];
}

/** Citation numbers, 1-based, pointing into Brief.sources. */
export type Cites = number[];

export interface CitedFigure {
  figure: Figure;
  cites: Cites;
}

export interface BriefPairing {
  western: Platform;
  chinese: Platform;
  pairing: Equivalent;
  cites: Cites;
}

export interface BriefPlatform {
  platform: Platform;
  cites: Cites;
  /** Per measure: newest first, then every older or differing figure (all kept, all cited). */
  figures: { metric: Metric; figures: CitedFigure[] }[];
  marketing: { note: MarketingNote; cites: Cites }[];
  pairings: BriefPairing[];
  glossary: { term: GlossaryTerm; cites: Cites }[];
  note?: Note;
}

export interface BriefComparison {
  comparison: Comparison;
  /** Per column (Western first, then each Chinese platform): its headline audience figure (as cards show). */
  headline: (CitedFigure | undefined)[];
  /** Per Chinese column: the citations of its pairing with the Western platform. */
  pairingCites: Cites[];
}

export interface Brief {
  createdAt: Date;
  platforms: BriefPlatform[];
  comparison?: BriefComparison;
  /** Numbered in order of first citation; sources[i] is citation i + 1. */
  sources: Source[];
  /** Ids cited that the catalogue has no source row for (never expected; shown, not hidden). */
  missingSources: string[];
}

class CitationRegistry {
  readonly sources: Source[] = [];
  readonly missing: string[] = [];
  private readonly numbers = new Map<string, number>();
  constructor(private readonly byId: Map<string, Source>) {}

  cite(ids: string[]): Cites {
    const out: number[] = [];
    for (const id of ids) {
      let n = this.numbers.get(id);
      if (n === undefined) {
        const source = this.byId.get(id);
        if (!source) {
          if (!this.missing.includes(id)) this.missing.push(id);
          continue;
        }
        this.sources.push(source);
        n = this.sources.length;
        this.numbers.set(id, n);
      }
      if (!out.includes(n)) out.push(n);
    }
    return out;
  }
}

function platformSection(platform: Platform, data: BriefData, reg: CitationRegistry): BriefPlatform {
  const cites = reg.cite(platform.sourceIds);
  const figures = figuresByMetric(platform.figures).map(({ metric, newest, others }) => ({
    metric,
    figures: [newest, ...others].map((figure) => ({ figure, cites: reg.cite([figure.sourceId]) })),
  }));
  const marketing = platform.marketing.map((note) => ({ note, cites: reg.cite(note.sourceIds) }));
  const pairings = equivalentsOf(platform.id, data).map((e) => ({
    western: e.western,
    chinese: e.chinese,
    pairing: e.pairing,
    cites: reg.cite(e.pairing.sourceIds),
  }));
  const glossary = termsMentioning(platform.id, data.glossary).map((term) => ({ term, cites: reg.cite(term.sourceIds) }));
  const note = data.notes?.find((n) => n.platformId === platform.id && n.text.trim() !== '');
  return { platform, cites, figures, marketing, pairings, glossary, ...(note ? { note } : {}) };
}

/** A brief for the chosen platforms, in the order chosen; unknown ids are skipped. */
export function buildBrief(ids: string[], data: BriefData, now = new Date()): Brief {
  const reg = new CitationRegistry(new Map(data.sources.map((s) => [s.id, s])));
  const byId = new Map(data.platforms.map((p) => [p.id, p]));
  const platforms = [...new Set(ids)].flatMap((id) => {
    const p = byId.get(id);
    return p ? [platformSection(p, data, reg)] : [];
  });
  return { createdAt: now, platforms, sources: reg.sources, missingSources: reg.missing };
}

/**
 * A brief for a comparison: the side-by-side table (with each pairing's sources) first, then the
 * full section of every compared platform.
 */
export function buildComparisonBrief(comparison: Comparison, data: BriefData, now = new Date()): Brief {
  const reg = new CitationRegistry(new Map(data.sources.map((s) => [s.id, s])));
  const columns = [comparison.western, ...comparison.chinese.map((c) => c.platform)];
  const headline = columns.map((p) => {
    const figure = headlineFigure(p.figures);
    return figure ? { figure, cites: reg.cite([figure.sourceId]) } : undefined;
  });
  const pairingCites = comparison.chinese.map((c) => reg.cite(c.pairing?.sourceIds ?? []));
  const platforms = columns.map((p) => platformSection(p, data, reg));
  return {
    createdAt: now,
    platforms,
    comparison: { comparison, headline, pairingCites },
    sources: reg.sources,
    missingSources: reg.missing,
  };
}
