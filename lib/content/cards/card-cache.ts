/**
 * Cards already asked for, so a second hover over the same platform needs no message. Small and
 * least-recently-used: a feed mentions a handful of platforms over and over. A failed or empty
 * answer is not kept (the background may still be seeding the catalogue).
 */
export interface CardCache<T> {
  get(id: string): Promise<T | null>;
  /** The answer if it is already here, without waiting (for the warm path). */
  peek(id: string): T | undefined;
  readonly size: number;
}

export function createCardCache<T>(fetch: (id: string) => Promise<T | null>, max = 24): CardCache<T> {
  const pending = new Map<string, Promise<T | null>>();
  const done = new Map<string, T>();
  return {
    get(id) {
      const hit = done.get(id);
      if (hit !== undefined) {
        // Re-insert: Map order is the LRU order.
        done.delete(id);
        done.set(id, hit);
        return Promise.resolve(hit);
      }
      let p = pending.get(id);
      if (!p) {
        p = fetch(id).then(
          (value) => {
            pending.delete(id);
            if (value !== null && value !== undefined) {
              done.set(id, value);
              if (done.size > max) done.delete(done.keys().next().value!);
            }
            return value ?? null;
          },
          (error: unknown) => {
            pending.delete(id);
            throw error;
          },
        );
        pending.set(id, p);
      }
      return p;
    },
    peek: (id) => done.get(id),
    get size() {
      return done.size;
    },
  };
}
