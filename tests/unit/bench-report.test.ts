import { describe, expect, it } from 'vitest';
import { markdown, type Figure } from '../../scripts/bench/support/report';

const info = {
  started: new Date('2026-11-21T04:00:00Z'),
  finished: new Date('2026-11-21T04:08:00Z'),
  loadStart: '1.00 / 1.00 / 1.00',
  loadEnd: '2.00 / 2.00 / 2.00',
  command: 'npm run bench',
  root: process.cwd(),
  chinaLens: '/nonexistent/chrome-mv3',
  extensions: [],
};

const row = (md: string, text: string) => md.split('\n').find((l) => l.startsWith('| #') && l.includes(text));

describe('BENCHMARKS.md', () => {
  it('judges each figure against its issue target and says which were not measured', () => {
    const figures: Figure[] = [
      { bench: '30-popup', name: 'popup.first open after install, median of 5 fresh profiles', value: 120, unit: 'ms (target ≤ 150)' },
      { bench: '30-popup', name: 'popup.warm open, median of 15', value: 75.5, unit: 'ms (target ≤ 50)' },
      { bench: '30-popup', name: "popup.floor.warm: a one-line popup's script runs (median)", value: 41.2, unit: 'ms' },
      { bench: '40-cards', name: 'cards.scroll.tasks over 50 ms of thread time that ran China Lens code', value: 0, unit: '' },
    ];
    const md = markdown(info, figures, []);
    // Beside each figure, the floor measured in the same run, where there is one.
    expect(row(md, 'Popup, first open after install')).toMatch(/\| 120 ms \| — \| yes \|$/);
    expect(row(md, 'Popup, warm open')).toMatch(/\| 75\.5 ms \| 41\.2 ms \| \*\*no\*\* \|$/);
    expect(row(md, 'Tasks over 50 ms of thread time')).toMatch(/: none \| 0 \| — \| yes \|$/);
    expect(row(md, 'Search p95, catalogue')).toContain('not measured in this run');
    expect(md).toContain('| Load average (1 / 5 / 15 min) at start | 1.00 / 1.00 / 1.00 |');
  });

  it('writes side-by-side tables with one column per browser set-up', () => {
    const md = markdown(info, [], [
      { bench: '41-cards-page-cost', name: 'pagecost.x.com/cards', columns: ['no extension', 'China Lens 0.1.0', 'peer 1.0'], rows: [{ label: 'page JS heap after', unit: 'KB', values: [1100, 1500.25, 5400] }] },
    ]);
    expect(md).toContain('| | no extension | China Lens 0.1.0 | peer 1.0 |');
    expect(md).toContain('| page JS heap after (KB) | 1100 | 1500.3 | 5400 |');
  });
});
