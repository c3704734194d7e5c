import { useId, type ReactNode } from 'react';

/**
 * A titled part of a popup view (Pinned, Recent, a region's list, Your note...): a section named
 * by its heading, so screen readers list it among the page's regions.
 */
export function Block({ title, headingId, children }: { title: ReactNode; /** when something else also points at the heading */ headingId?: string; children: ReactNode }) {
  const ownId = useId();
  const id = headingId ?? ownId;
  return (
    <section aria-labelledby={id} className="cl-block">
      <h2 id={id} className="cl-section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
