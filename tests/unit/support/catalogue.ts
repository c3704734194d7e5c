/** The real catalogue from data/, read and validated the way the build does it. */
import { resolve } from 'node:path';
import { readCatalogueDir, formatProblems } from '@/lib/catalogue/read-data-dir';
import { buildHostIndex } from '@/lib/detect/host-index';

export const DATA_DIR = resolve(import.meta.dirname, '../../../data');

export function loadCatalogue() {
  const result = readCatalogueDir(DATA_DIR);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.catalogue;
}

export function loadHostIndex() {
  return buildHostIndex(loadCatalogue().platforms);
}
