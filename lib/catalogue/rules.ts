/**
 * Rules that no single file can check: ids unique across files, every reference resolves,
 * no host claimed twice. Pure: takes parsed files, returns problems a person can fix.
 */
import { parse } from 'tldts';
import type { GlossaryTerm, MarketFact, Platform, Source } from './schema';

export interface CatalogueProblem {
  file: string;
  path: string;
  message: string;
}

export interface ParsedFiles {
  platforms: { file: string; platform: Platform }[];
  sources: { file: string; sources: Source[] };
  glossary: { file: string; terms: GlossaryTerm[] };
  market: { file: string; facts: MarketFact[] };
}

export function findCrossFileProblems(files: ParsedFiles): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const sourceIds = new Set<string>();
  files.sources.sources.forEach((s, i) => {
    if (sourceIds.has(s.id))
      problems.push({ file: files.sources.file, path: `sources.${i}.id`, message: `source id "${s.id}" is used twice` });
    sourceIds.add(s.id);
  });

  const platforms = new Map<string, { file: string; platform: Platform }>();
  for (const entry of files.platforms) {
    const prior = platforms.get(entry.platform.id);
    if (prior) problems.push({ file: entry.file, path: 'id', message: `platform id "${entry.platform.id}" is also used by ${prior.file}` });
    else platforms.set(entry.platform.id, entry);
  }

  const checkSource = (file: string, path: string, id: string) => {
    if (!sourceIds.has(id)) problems.push({ file, path, message: `source "${id}" is not in ${files.sources.file}` });
  };
  const checkPlatform = (file: string, path: string, id: string, region?: Platform['region']) => {
    const target = platforms.get(id)?.platform;
    if (!target) problems.push({ file, path, message: `platform "${id}" does not exist` });
    else if (region && target.region !== region)
      problems.push({ file, path, message: `platform "${id}" is ${target.region}, expected a ${region} platform` });
  };

  const hostOwner = new Map<string, string>();
  for (const { file, platform: p } of files.platforms) {
    p.sourceIds.forEach((id, i) => checkSource(file, `sourceIds.${i}`, id));
    p.figures.forEach((f, i) => checkSource(file, `figures.${i}.sourceId`, f.sourceId));
    p.marketing.forEach((m, i) => m.sourceIds.forEach((id, j) => checkSource(file, `marketing.${i}.sourceIds.${j}`, id)));
    p.equivalents.forEach((e, i) => {
      checkPlatform(file, `equivalents.${i}.chinese`, e.chinese, 'chinese');
      e.sourceIds.forEach((id, j) => checkSource(file, `equivalents.${i}.sourceIds.${j}`, id));
    });
    const seenTargets = new Set<string>();
    p.equivalents.forEach((e, i) => {
      if (seenTargets.has(e.chinese))
        problems.push({ file, path: `equivalents.${i}.chinese`, message: `"${e.chinese}" is paired twice` });
      seenTargets.add(e.chinese);
    });
    [...p.hosts.map((h, i) => [h, `hosts.${i}`]), ...p.exactHosts.map((h, i) => [h, `exactHosts.${i}`]), ...p.shortHosts.map((h, i) => [h, `shortHosts.${i}`])].forEach(([host, path]) => {
      const problem = publicSuffixProblem(host!);
      if (problem) problems.push({ file, path: path!, message: problem });
      const owner = hostOwner.get(host!);
      if (owner && owner !== p.id) problems.push({ file, path: path!, message: `host "${host}" is already claimed by "${owner}"` });
      else hostOwner.set(host!, p.id);
    });
  }

  files.glossary.terms.forEach((t, i) => {
    t.platformIds.forEach((id, j) => checkPlatform(files.glossary.file, `terms.${i}.platformIds.${j}`, id));
    t.sourceIds.forEach((id, j) => checkSource(files.glossary.file, `terms.${i}.sourceIds.${j}`, id));
  });
  files.market.facts.forEach((f, i) => checkSource(files.market.file, `facts.${i}.sourceId`, f.sourceId));
  return problems;
}

/**
 * The Public Suffix List decision, made once at build time: a catalogued host must be a
 * registrable domain (amazon.co.uk) or a subdomain of one (maps.google.com), never a public
 * suffix (co.uk, github.io) under which strangers register their own sites.
 */
export function publicSuffixProblem(entry: string): string | null {
  const host = entry.split('/')[0]!;
  const info = parse(host, { allowPrivateDomains: true });
  if (info.isIp) return `host "${host}" is an IP address`;
  if (!info.domain || info.isIcann === false && info.publicSuffix === host) return `host "${host}" is a public suffix, not a site`;
  if (!info.publicSuffix || (info.isIcann !== true && info.isPrivate !== true)) return `host "${host}" has no known public suffix`;
  return null;
}
