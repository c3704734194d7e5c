/**
 * The catalogue's shape. Every type the extension uses for catalogue data is inferred from these
 * schemas (z.infer), so the JSON in data/, the database and the UI cannot drift apart.
 */
import { z } from 'zod';

// Zod 4 probes `new Function` to decide whether it may compile schemas; the extension's CSP
// forbids that, so tell it up front (must run before any schema is built).
z.config({ jitless: true });

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "little-red-book"');
const text = z.string().trim().min(1, 'must not be empty');
/** A year ("2021") or a date ("2021-06" or "2021-06-30"): when a figure was true. */
const asOf = z
  .string()
  .regex(/^(19|20)\d{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a year or date: 2021, 2021-06 or 2021-06-30');

/** Fixed list: the UI labels each one through i18n, so a new category needs a label there too. */
export const CATEGORIES = [
  'messaging',
  'microblog',
  'social-network',
  'short-video',
  'video',
  'qa',
  'forum',
  'search',
  'maps',
  'news-feed',
  'e-commerce',
  'social-commerce',
  'cross-border-e-commerce',
  'payments',
  'reviews-local',
  'music',
  'travel',
  'ride-hailing',
  'work-chat',
  'dating',
  'live-streaming',
  'reference',
  'email',
  'blogging',
  'photo-sharing',
  'streaming-tv',
  'food-delivery',
  'group-buying',
  'professional-network',
  'video-calls',
  'lifestyle',
  'gaming',
  'cloud-storage',
] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

export const REGIONS = ['western', 'chinese'] as const;
export const regionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof regionSchema>;

export const METRICS = [
  'mau', // monthly active users
  'dau', // daily active users
  'active-users', // "active users" where the source does not say monthly or daily
  'users', // users of unstated activity
  'registered-users',
  'revenue',
  'gmv',
  'launch-year',
  'downloads',
  'merchants',
] as const;
export const metricSchema = z.enum(METRICS);
export type Metric = z.infer<typeof metricSchema>;

export const UNITS = ['people', 'usd', 'cny', 'year', 'percent', 'hours-per-week', 'count'] as const;

/** How the source stated the number: "over 1 billion" is not "1 billion". */
export const QUALIFIERS = ['exact', 'about', 'over', 'nearly', 'under'] as const;

export const figureSchema = z.strictObject({
  metric: metricSchema,
  value: z.number().finite().nonnegative(),
  unit: z.enum(UNITS),
  qualifier: z.enum(QUALIFIERS).default('exact'),
  asOf,
  /** Id of an entry in data/sources.json. A figure with no source is invalid. */
  sourceId: slug,
  /** Scope or caveat, e.g. "Weibo Payment users only" or "inferred from the article's context". */
  note: text.optional(),
});
export type Figure = z.infer<typeof figureSchema>;

export const FITS = ['closest', 'partial', 'related'] as const;
export const fitSchema = z.enum(FITS);
export type Fit = z.infer<typeof fitSchema>;

export const differenceSchema = z.strictObject({
  aspect: text,
  western: text,
  chinese: text,
});
export type Difference = z.infer<typeof differenceSchema>;

/**
 * A pairing, written once in the Western platform's file: which Chinese platform plays its role.
 * The Chinese side's "Western counterparts" are derived from these, never typed twice.
 */
export const equivalentSchema = z
  .strictObject({
    chinese: slug,
    fit: fitSchema,
    /** One line: why this Chinese platform plays the Western one's role. */
    why: text,
    differences: z.array(differenceSchema).default([]),
    /** What a marketer should do differently on the Chinese side. */
    note: text.optional(),
    /** True when the pairing mattered historically but the platform has since faded. */
    historical: z.boolean().default(false),
    sourceIds: z.array(slug).default([]),
  })
  .refine((e) => e.fit !== 'closest' || e.differences.length >= 3, {
    message: 'a "closest" pairing needs at least 3 differences',
    path: ['differences'],
  });
export type Equivalent = z.infer<typeof equivalentSchema>;

export const MARKETING_TOPICS = [
  'account-types',
  'ads',
  'kol-koc',
  'e-commerce',
  'live-streaming',
  'content-style',
  'targeting',
  'customer-service',
  'search-seo',
  'other',
] as const;

export const marketingNoteSchema = z.strictObject({
  topic: z.enum(MARKETING_TOPICS),
  text,
  sourceIds: z.array(slug).default([]),
});
export type MarketingNote = z.infer<typeof marketingNoteSchema>;

export const audienceSchema = z.strictObject({
  summary: text,
  age: text.optional(),
  cityTiers: text.optional(),
  interests: z.array(text).default([]),
});

/**
 * Where a platform lives. An entry is a host ("facebook.com", "maps.google.com") optionally
 * followed by a path prefix ("google.com/maps"). A host entry also covers every subdomain of it.
 */
const hostEntry = z
  .string()
  .regex(
    /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+(\/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?$/,
    'must be a lowercase host such as "facebook.com" or "google.com/maps" (no scheme, no "www." needed)',
  );

export const platformSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: slug,
    region: regionSchema,
    /** The English name a Western reader knows it by. */
    name: text,
    hanzi: text.optional(),
    /** Pinyin with tone marks, syllables separated by spaces: "Xiǎo Hóng Shū". */
    pinyin: text.optional(),
    /** Other names people use: "Little Red Book", "RED", "Weixin", "Twitter". */
    aliases: z.array(text).default([]),
    owner: text.optional(),
    status: z.enum(['active', 'merged', 'defunct']).default('active'),
    categories: z.array(categorySchema).min(1, 'needs at least one category'),
    hosts: z.array(hostEntry).default([]),
    /**
     * Hosts that match only exactly, not their subdomains: google.com and www.google.com are
     * Search, but docs.google.com is not. Checked after every other entry.
     */
    exactHosts: z.array(hostEntry).default([]),
    /** Short-link domains that only redirect to this platform (youtu.be, fb.me). */
    shortHosts: z.array(hostEntry).default([]),
    /** One line: what it is. Shown on cards. */
    summary: text,
    /** Two or three sentences: what it is and what makes it matter. */
    description: text.optional(),
    features: z.array(text).default([]),
    audience: audienceSchema.optional(),
    /** What a foreign business or person meets when trying to use it. */
    access: z.array(text).default([]),
    marketing: z.array(marketingNoteSchema).default([]),
    figures: z.array(figureSchema).default([]),
    /** Pairings with Chinese platforms (Western platforms only). */
    equivalents: z.array(equivalentSchema).default([]),
    /** Sources for the sentences of this entry (figures cite their own). */
    sourceIds: z.array(slug).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.region === 'chinese') {
      if (!p.hanzi) ctx.addIssue({ code: 'custom', path: ['hanzi'], message: 'a Chinese platform needs its name in Chinese characters' });
      if (!p.pinyin) ctx.addIssue({ code: 'custom', path: ['pinyin'], message: 'a Chinese platform needs its pinyin' });
      if (p.marketing.length === 0)
        ctx.addIssue({ code: 'custom', path: ['marketing'], message: 'a Chinese platform needs marketing notes' });
      if (p.equivalents.length > 0)
        ctx.addIssue({
          code: 'custom',
          path: ['equivalents'],
          message: 'pairings are written in the Western platform\'s file, not the Chinese one',
        });
    }
  });
export type Platform = z.infer<typeof platformSchema>;
export type PlatformInput = z.input<typeof platformSchema>;

export const sourceSchema = z.strictObject({
  id: slug,
  publisher: text,
  title: text,
  year: z.number().int().min(1990).max(2100).optional(),
  /** True when the year is read from the article's context rather than printed in it. */
  yearInferred: z.boolean().default(false),
  language: z.enum(['en', 'sv', 'zh']).default('en'),
  url: z.url().optional(),
  note: text.optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const glossaryTermSchema = z.strictObject({
  id: slug,
  term: text,
  hanzi: text.optional(),
  pinyin: text.optional(),
  definition: text,
  platformIds: z.array(slug).default([]),
  sourceIds: z.array(slug).default([]),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const MARKET_TOPICS = [
  'population',
  'internet-users',
  'social-media-users',
  'mobile',
  'time-online',
  'live-streaming',
  'e-commerce',
  'income',
  'tier-cities',
  'trends',
  'ai',
] as const;

export const marketFactSchema = z.strictObject({
  id: slug,
  topic: z.enum(MARKET_TOPICS),
  statement: text,
  value: z.number().finite().optional(),
  unit: z.enum(UNITS).optional(),
  qualifier: z.enum(QUALIFIERS).default('exact'),
  asOf,
  sourceId: slug,
});
export type MarketFact = z.infer<typeof marketFactSchema>;

export const sourcesFileSchema = z.strictObject({ $schema: z.string().optional(), sources: z.array(sourceSchema).min(1) });
export const glossaryFileSchema = z.strictObject({ $schema: z.string().optional(), terms: z.array(glossaryTermSchema) });
export const marketFileSchema = z.strictObject({ $schema: z.string().optional(), facts: z.array(marketFactSchema) });

/** The whole catalogue as the extension bundles it, after every file and cross-file rule passed. */
export const catalogueSchema = z.strictObject({
  version: z.string(),
  platforms: z.array(platformSchema),
  sources: z.array(sourceSchema),
  glossary: z.array(glossaryTermSchema),
  market: z.array(marketFactSchema),
});
export type Catalogue = z.infer<typeof catalogueSchema>;
