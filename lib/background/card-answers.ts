/**
 * The background's answer to getCard: reads only the rows one card needs (the platform, its
 * counterparts, the headline figure's source) instead of the whole catalogue, and keeps each
 * answer for the background's lifetime — the catalogue tables are seeded once per lifetime
 * (database-ready.ts) and never change under it. A hover card's first answer on a page is the
 * larger part of its time on screen.
 */
import { buildCardData } from '../catalogue/card-data';
import { headlineFigure } from '../catalogue/figures';
import type { Platform } from '../catalogue/schema';
import type { ChinaLensDb } from '../db/database';
import type { CardData } from '../messaging/protocol';

export function createCardAnswers(db: () => Promise<ChinaLensDb>): (platformId: string) => Promise<CardData | null> {
  const answers = new Map<string, Promise<CardData | null>>();
  return (platformId) => {
    let answer = answers.get(platformId);
    if (!answer) {
      answer = db().then((d) => readCard(d, platformId));
      answer.catch(() => answers.delete(platformId));
      answers.set(platformId, answer);
    }
    return answer;
  };
}

async function readCard(db: ChinaLensDb, platformId: string): Promise<CardData | null> {
  const platform = await db.platforms.get(platformId);
  if (!platform) return null;
  // Pairings are written on the Western side: a Western card needs its Chinese equivalents, a
  // Chinese card needs every Western platform (to find those that pair with it).
  const others: Platform[] =
    platform.region === 'western'
      ? (await db.platforms.bulkGet(platform.equivalents.map((e) => e.chinese))).filter((p): p is Platform => !!p)
      : await db.platforms.where('region').equals('western').toArray();
  const figure = headlineFigure(platform.figures);
  const source = figure ? await db.sources.get(figure.sourceId) : undefined;
  return buildCardData(platformId, [platform, ...others], source ? [source] : []);
}
