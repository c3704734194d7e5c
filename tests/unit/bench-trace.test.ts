import { describe, expect, it } from 'vitest';
import { longTasksRunning, pageThread, scriptTime, threadTime, type TraceEvent } from '../../scripts/bench/support/trace';

const EXT = 'chrome-extension://abc/content-scripts/content.js';
const task = (ts: number, ms: number, tid = 1): TraceEvent => ({ name: 'RunTask', ph: 'X', pid: 7, tid, ts, dur: ms * 1000, tts: ts, tdur: ms * 1000 });
const call = (ts: number, ms: number, url: string, tid = 1): TraceEvent => ({ name: 'FunctionCall', ph: 'X', pid: 7, tid, ts, dur: ms * 1000, tts: ts, tdur: ms * 1000, args: { data: { url } } });

describe('bench trace reading', () => {
  const events: TraceEvent[] = [
    { name: 'ParseHTML', ph: 'X', pid: 7, tid: 1, ts: 0, dur: 1000, args: { beginData: { url: 'https://x.com/cards' } } },
    // 80 ms task, 40 of it the extension's: without the extension it would not be long.
    task(10_000, 80),
    call(20_000, 40, EXT),
    // 120 ms task with 5 ms of the extension: long with or without it.
    task(200_000, 120),
    call(210_000, 5, EXT),
    // A long task of the page's alone, and the extension's work on another thread (its worker).
    task(400_000, 90),
    call(600_000, 30, EXT, 2),
  ];

  it('finds the page thread and its work', () => {
    const thread = pageThread(events, 'https://x.com/cards')!;
    expect(thread).toBe('7:1');
    expect(threadTime(events, thread)).toBe(290);
    expect(scriptTime(events, /chrome-extension:\/\/abc\//, thread)).toMatchObject({ total: 45, longest: 40 });
  });

  it("tells the tasks the extension made long from those that were long anyway", () => {
    const tasks = longTasksRunning(events, /chrome-extension:\/\/abc\//, '7:1');
    expect(tasks).toEqual([
      { wall: 80, thread: 80, own: 40 },
      { wall: 120, thread: 120, own: 5 },
    ]);
    expect(tasks.filter((t) => t.thread > 50 && t.thread - t.own <= 50)).toHaveLength(1);
  });
});
