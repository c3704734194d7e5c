/**
 * The person's own data: pins, notes and recently viewed entries. Zod schemas so that imports
 * (and rows read back from a damaged database) are validated before anything is written.
 * Zod Mini (the same checks and issues, tree-shaken): the popup writes pins, notes and recent
 * views, and classic Zod would add some 70 KB of script to its first paint.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

const platformId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));
const time = z.number().check(z.int(), z.nonnegative());

export const pinSchema = z.strictObject({ platformId, pinnedAt: time });
export const noteSchema = z.strictObject({ platformId, text: z.string().check(z.maxLength(20_000)), updatedAt: time });
export const recentViewSchema = z.strictObject({ platformId, viewedAt: time });

export type Pin = z.infer<typeof pinSchema>;
export type Note = z.infer<typeof noteSchema>;
export type RecentView = z.infer<typeof recentViewSchema>;

export const personalExportSchema = z.strictObject({
  format: z.literal('china-lens/personal'),
  version: z.literal(1),
  exportedAt: z.string().check(z.maxLength(40)),
  pins: z.array(pinSchema).check(z.maxLength(10_000)),
  notes: z.array(noteSchema).check(z.maxLength(10_000)),
});
export type PersonalExport = z.infer<typeof personalExportSchema>;
