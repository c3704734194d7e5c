/**
 * Where a platform's entry lives in the catalogue page. The route format belongs to
 * lib/catalogue-page/routes.ts; importing that module here would pull the catalogue's Zod schemas
 * into the popup (it needs the category list), so the path is written out and a unit test holds
 * it equal to routes.ts's own.
 */
export function catalogueEntryPath(platformId: string): string {
  return `/catalogue.html#/platform/${platformId}`;
}
