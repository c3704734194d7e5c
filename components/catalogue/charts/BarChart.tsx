/**
 * Horizontal bars on one scale, in plain SVG. Each row says in text what its bar shows (label,
 * value, year and source), so the chart needs no separate text alternative to be read: the bars
 * are decoration over a list, hidden from screen readers, and the list is the chart's content.
 */
import type { ReactNode } from 'react';

export interface Bar {
  key: string;
  label: ReactNode;
  value: number;
  valueText: string;
  /** Year and source, shown under the bar. */
  meta: ReactNode;
  tone?: 'western' | 'chinese' | 'neutral';
}

export function BarChart({ caption, bars, max, testId }: { caption: string; bars: Bar[]; max?: number; testId?: string }) {
  const scale = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  return (
    <figure className="cp-bars" data-testid={testId}>
      <figcaption className="cp-bars__caption">{caption}</figcaption>
      <ul className="cp-bars__rows">
        {bars.map((b) => (
          <li key={b.key} className="cp-bars__row" data-testid="bar">
            <span className="cp-bars__label">{b.label}</span>
            <span className="cp-bars__line">
              <svg className="cp-bars__svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect className="cp-bars__track" x="0" y="0" width="100" height="10" rx="1.5" />
                <rect className={`cp-bars__bar cp-bars__bar--${b.tone ?? 'neutral'}`} x="0" y="0" width={Math.max(1, (b.value / scale) * 100)} height="10" rx="1.5" />
              </svg>
              <span className="cp-bars__value">{b.valueText}</span>
            </span>
            <span className="cp-bars__meta">{b.meta}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** A share of a whole (0–100 %), drawn as a filled bar with the percentage beside it. */
export function ShareBar({ percent, valueText }: { percent: number; valueText: string }) {
  const width = Math.min(100, Math.max(0, percent));
  return (
    <span className="cp-share">
      <svg className="cp-share__svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect className="cp-bars__track" x="0" y="0" width="100" height="10" rx="1.5" />
        <rect className="cp-bars__bar cp-bars__bar--chinese" x="0" y="0" width={Math.max(width, 0.5)} height="10" rx="1.5" />
      </svg>
      <span className="cp-share__value">{valueText}</span>
    </span>
  );
}
