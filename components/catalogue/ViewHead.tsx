import type { ReactNode } from 'react';

/** A catalogue view's title (the page's one h1, which focus moves to on navigation) and lede. */
export function ViewHead({ title, lede, noPrint = false }: { title: ReactNode; lede: ReactNode; /** left off printed briefs */ noPrint?: boolean }) {
  return (
    <div className={noPrint ? 'cp-view-head cp-noprint' : 'cp-view-head'}>
      <h1>{title}</h1>
      <p className="cp-lede">{lede}</p>
    </div>
  );
}
