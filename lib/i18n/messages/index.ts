/**
 * Every UI string, merged from one dictionary file per feature (so features don't edit one big
 * file). To add a feature's strings: write messages/<feature>.ts exporting en, zhCN, sv, and list
 * it in DICTIONARIES.
 */
import type { Locale } from '../locales';
import * as cards from './cards';
import * as catalogue from './catalogue';
import * as common from './common';
import * as popup from './popup';

export const DICTIONARIES = [common, popup, cards, catalogue] as const;

type Merge<T extends readonly { en: object }[]> = T extends readonly [infer H extends { en: object }, ...infer R extends readonly { en: object }[]]
  ? H['en'] & Merge<R>
  : unknown;
type English = Merge<typeof DICTIONARIES>;
export type MessageKey = keyof English & string;

const merge = (pick: (d: (typeof DICTIONARIES)[number]) => Record<string, string>) =>
  Object.assign({}, ...DICTIONARIES.map(pick)) as Record<MessageKey, string>;

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = {
  en: merge((d) => d.en),
  'zh-CN': merge((d) => d.zhCN),
  sv: merge((d) => d.sv),
};
