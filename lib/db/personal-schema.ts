/**
 * The person's own data: pins, notes and recently viewed entries. Zod schemas so that imports
 * (and rows read back from a damaged database) are validated before anything is written.
 */
import { z } from 'zod';

z.config({ jitless: true });

const platformId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80);
const time = z.number().int().nonnegative();

export const pinSchema = z.strictObject({ platformId, pinnedAt: time });
export const noteSchema = z.strictObject({ platformId, text: z.string().max(20_000), updatedAt: time });
export const recentViewSchema = z.strictObject({ platformId, viewedAt: time });

export type Pin = z.infer<typeof pinSchema>;
export type Note = z.infer<typeof noteSchema>;
export type RecentView = z.infer<typeof recentViewSchema>;

export const personalExportSchema = z.strictObject({
  format: z.literal('china-lens/personal'),
  version: z.literal(1),
  exportedAt: z.string().max(40),
  pins: z.array(pinSchema).max(10_000),
  notes: z.array(noteSchema).max(10_000),
});
export type PersonalExport = z.infer<typeof personalExportSchema>;
