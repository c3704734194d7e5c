/**
 * The market overview's layout, decided from the facts themselves: which facts are drawn as bars
 * (head counts, on one scale), which as shares (percentages), which as single figures (money,
 * hours, years) and which are findings in words. Topics keep the schema's order.
 */
import { MARKET_TOPICS, type MarketFact } from '../catalogue/schema';

export type MarketTopic = (typeof MARKET_TOPICS)[number];

export interface MarketSection {
  topic: MarketTopic;
  /** Head counts (unit "people"): bars on one scale when there are two or more. */
  counts: MarketFact[];
  /** Percentages: one share bar each (0–100 %). */
  shares: MarketFact[];
  /** Other measured values (money, hours a week, a target year, a count of platforms). */
  figures: MarketFact[];
  /** Findings with no number. */
  findings: MarketFact[];
}

/** Topics whose head counts describe China's people online: drawn together at the top. */
export const AUDIENCE_TOPICS: MarketTopic[] = ['population', 'internet-users', 'social-media-users', 'mobile'];

const newestFirst = (a: MarketFact, b: MarketFact) => b.asOf.localeCompare(a.asOf);

export function marketSections(facts: MarketFact[]): MarketSection[] {
  return MARKET_TOPICS.map((topic) => {
    const mine = facts.filter((f) => f.topic === topic).sort(newestFirst);
    const measured = mine.filter((f) => f.value !== undefined && f.unit !== undefined);
    return {
      topic,
      counts: measured.filter((f) => f.unit === 'people'),
      shares: measured.filter((f) => f.unit === 'percent'),
      figures: measured.filter((f) => f.unit !== 'people' && f.unit !== 'percent'),
      findings: mine.filter((f) => f.value === undefined || f.unit === undefined),
    };
  }).filter((s) => s.counts.length + s.shares.length + s.figures.length + s.findings.length > 0);
}

/** The head counts of people in China (population, internet, social media, mobile), largest first. */
export function audienceCounts(facts: MarketFact[]): MarketFact[] {
  return facts
    .filter((f) => AUDIENCE_TOPICS.includes(f.topic) && f.unit === 'people' && f.value !== undefined && f.value > 0)
    .sort((a, b) => b.value! - a.value! || newestFirst(a, b));
}
