import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent, REST_TOLERANCE_PX } from '@/lib/content/cards/hover-intent';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(delayMs = 300) {
  const onRest = vi.fn();
  const intent = createHoverIntent<string | null>({ delayMs, onRest, now: () => Date.now() });
  return { intent, onRest };
}

describe('the pointer coming to rest', () => {
  it('fires once the pointer has stayed put for the delay, with where and on what', () => {
    const { intent, onRest } = setup();
    intent.move(10, 10, 'link');
    vi.advanceTimersByTime(299);
    expect(onRest).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onRest).toHaveBeenCalledExactlyOnceWith(10, 10, 'link');
  });

  it('a pointer passing over things never fires', () => {
    const { intent, onRest } = setup();
    for (let i = 0; i < 100; i++) {
      intent.move(i * 20, 10, `link${i}`);
      vi.advanceTimersByTime(50);
    }
    expect(onRest).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(onRest).toHaveBeenCalledExactlyOnceWith(99 * 20, 10, 'link99');
  });

  it('keeps one timer however many moves come in', () => {
    const { intent } = setup();
    for (let i = 0; i < 1000; i++) intent.move(i * 10, 0, null);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('a tremor within the tolerance does not restart the wait', () => {
    const { intent, onRest } = setup();
    intent.move(10, 10, 'a');
    vi.advanceTimersByTime(200);
    intent.move(10 + REST_TOLERANCE_PX, 10 - REST_TOLERANCE_PX, 'a');
    vi.advanceTimersByTime(100);
    expect(onRest).toHaveBeenCalledTimes(1);
  });

  it('fires once per rest, and again after the next real move', () => {
    const { intent, onRest } = setup();
    intent.move(10, 10, 'a');
    vi.advanceTimersByTime(1000);
    intent.move(11, 11, 'a');
    vi.advanceTimersByTime(1000);
    expect(onRest).toHaveBeenCalledTimes(1);
    intent.move(60, 10, 'b');
    vi.advanceTimersByTime(300);
    expect(onRest).toHaveBeenLastCalledWith(60, 10, 'b');
  });

  it('cancel forgets the rest; a new delay applies to the next one', () => {
    const { intent, onRest } = setup();
    intent.move(10, 10, 'a');
    intent.cancel();
    vi.advanceTimersByTime(1000);
    expect(onRest).not.toHaveBeenCalled();
    intent.setDelay(800);
    intent.move(50, 50, 'b');
    vi.advanceTimersByTime(799);
    expect(onRest).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onRest).toHaveBeenCalledOnce();
  });
});
