import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './support/catalogue';
import { DETECTION_CASES } from './support/detection-cases';

const catalogue = loadCatalogue();

describe('every catalogued platform is recognised somewhere', () => {
  it.each(catalogue.platforms.filter((p) => p.hosts.length + p.shortHosts.length > 0).map((p) => p.id))(
    '%s has at least one real address in the detection tests',
    (id) => {
      expect(DETECTION_CASES.some(([, expected]) => expected === id)).toBe(true);
    },
  );
});
