/**
 * Reading Chrome traces for the page benches: which thread is the page's main thread, how much
 * thread (CPU) time a script spent on it, and which long tasks ran a script's code. Thread time
 * rather than wall time, because on a shared machine a task's wall time is mostly waiting for a CPU.
 */
import type { Page } from 'puppeteer-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tts?: number;
  tdur?: number;
  pid?: number;
  tid?: number;
  args?: Record<string, unknown>;
}

export const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'];

/** Runs `run` with tracing on; the trace covers every process of the browser. */
export async function traced<T>(page: Page, run: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  const result = await run();
  const data = await page.tracing.stop();
  const parsed = JSON.parse(Buffer.from(data!).toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return { result, events: Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []) };
}

export const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;

/**
 * The renderer main thread that parsed a document whose address starts with `url` (the page's
 * own thread: content scripts run there too, in their isolated world).
 */
export function pageThread(events: TraceEvent[], url: string): string | undefined {
  const parse = events.find((e) => e.name === 'ParseHTML' && String((e.args?.beginData as { url?: string } | undefined)?.url ?? '').startsWith(url));
  return parse ? threadOf(parse) : undefined;
}

/** Merged [start, end] spans (µs) of thread time, overlaps counted once. */
function merge(spans: [number, number][]): { total: number; longest: number } {
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let longest = 0;
  let start = 0;
  let end = -Infinity;
  for (const [s, e] of spans) {
    if (s > end) {
      longest = Math.max(longest, end - start);
      total += e - s;
      start = s;
      end = e;
    } else if (e > end) {
      total += e - end;
      end = e;
    }
  }
  longest = Math.max(longest, end - start);
  return { total, longest };
}

const threadSpan = (e: TraceEvent): [number, number] => [e.tts ?? e.ts, (e.tts ?? e.ts) + (e.tdur ?? e.dur ?? 0)];

/**
 * Thread time (ms) of the trace events that ran a script matching `urlPart`, optionally only on
 * one thread: the total, the longest single stretch, and the time spent evaluating it at load.
 */
export function scriptTime(events: TraceEvent[], urlPart: RegExp, thread?: string): { total: number; longest: number; evaluate: number } {
  const mine = events.filter((e) => e.ph === 'X' && (!thread || threadOf(e) === thread) && urlPart.test(JSON.stringify(e.args ?? {})));
  const { total, longest } = merge(mine.map(threadSpan));
  const evaluate = mine.filter((e) => e.name === 'EvaluateScript').reduce((n, e) => n + (e.tdur ?? e.dur ?? 0), 0);
  return { total: total / 1000, longest: longest / 1000, evaluate: evaluate / 1000 };
}

/** Thread time (ms) of every top-level task on one thread: all the work the page's main thread did. */
export function threadTime(events: TraceEvent[], thread: string): number {
  return merge(events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && threadOf(e) === thread).map(threadSpan)).total / 1000;
}

/**
 * Top-level tasks over 50 ms (wall) on the threads where a script matching `urlPart` ran, that
 * ran any of its code: their wall and thread time, and the thread time of the script's own part
 * of the task (ms). A task whose thread time is over 50 ms but under 50 without that part is one
 * the script made long; the rest were long with or without it (layout of a huge page, say).
 */
export function longTasksRunning(events: TraceEvent[], urlPart: RegExp, thread?: string): { wall: number; thread: number; own: number }[] {
  const mine = events.filter((e) => e.ph === 'X' && (!thread || threadOf(e) === thread) && urlPart.test(JSON.stringify(e.args ?? {})));
  const threads = new Set(mine.map(threadOf));
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 50_000 && threads.has(threadOf(e)));
  return tasks.flatMap((t) => {
    const inside = mine.filter((m) => threadOf(m) === threadOf(t) && m.ts >= t.ts && m.ts < t.ts + (t.dur ?? 0));
    if (!inside.length) return [];
    return [{ wall: (t.dur ?? 0) / 1000, thread: (t.tdur ?? t.dur ?? 0) / 1000, own: merge(inside.map(threadSpan)).total / 1000 }];
  });
}
