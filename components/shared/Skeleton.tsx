/** A designed loading state: the shape of what is coming, and words for screen readers. */
export function Skeleton({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div className="cl-skeleton" role="status" aria-live="polite">
      <span className="cl-visually-hidden">{label}</span>
      <div className="cl-skeleton__head" aria-hidden="true">
        <span className="cl-skeleton__tile" />
        <span className="cl-skeleton__lines">
          <span className="cl-skeleton__line cl-skeleton__line--short" />
          <span className="cl-skeleton__line" />
        </span>
      </div>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="cl-skeleton__card" aria-hidden="true" />
      ))}
      <p className="cl-skeleton__text" aria-hidden="true">
        {label}
      </p>
    </div>
  );
}
