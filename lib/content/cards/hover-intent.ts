/**
 * "Has the pointer come to rest?" The page's pointer moves are fed in as they come; the intent
 * fires once the pointer has stayed within a few pixels for the delay. Cheap per move by design:
 * a move only stores numbers, and a single timer is armed at a time (re-armed for the remaining
 * time when it fires early), so fast pointer travel across a feed costs no timer churn.
 */
export interface HoverIntentOptions<T> {
  delayMs: number;
  /** Called with the point and what was under it (the page passes event targets). */
  onRest: (x: number, y: number, target: T) => void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface HoverIntent<T> {
  move(x: number, y: number, target: T): void;
  /** Forget the pending rest (the pointer left, a card opened, the page navigated). */
  cancel(): void;
  setDelay(ms: number): void;
}

/** Hand tremor and trackpad jitter: moves this small do not restart the wait. */
export const REST_TOLERANCE_PX = 4;

export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const now = options.now ?? (() => performance.now());
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let delay = options.delayMs;
  let restX = NaN;
  let restY = NaN;
  let restSince = 0;
  let target: T | undefined;
  let timer: unknown = null;
  let fired = false;

  const check = () => {
    timer = null;
    const waited = now() - restSince;
    if (waited >= delay) {
      fired = true;
      options.onRest(restX, restY, target as T);
    } else timer = setTimer(check, delay - waited);
  };

  return {
    move(x, y, t) {
      if (Math.abs(x - restX) <= REST_TOLERANCE_PX && Math.abs(y - restY) <= REST_TOLERANCE_PX) {
        // Still resting on the same spot; an element swapped under a still pointer is the new target.
        if (!fired) target = t;
        return;
      }
      restX = x;
      restY = y;
      restSince = now();
      target = t;
      fired = false;
      if (timer === null) timer = setTimer(check, delay);
    },
    cancel() {
      if (timer !== null) clearTimer(timer);
      timer = null;
      fired = true;
    },
    setDelay(ms) {
      delay = ms;
    },
  };
}
