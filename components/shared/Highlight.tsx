import { splitHighlighted, type Highlighted } from '@/lib/search/highlight';

/** Text with the parts a search matched in <mark>. */
export function Highlight({ value, lang }: { value: Highlighted; lang?: string }) {
  return (
    <span lang={lang}>
      {splitHighlighted(value).map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
    </span>
  );
}
