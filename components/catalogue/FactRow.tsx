import type { ReactNode } from 'react';

/**
 * One term and its value in a <dl> (the catalogue page's fact lists). Left out when the catalogue
 * has no value for it (undefined, null or an empty string), so callers need no guard of their own.
 */
export function FactRow({ term, children, className, testId }: { term: ReactNode; children: ReactNode; className?: string; testId?: string }) {
  if (children === undefined || children === null || children === '') return null;
  return (
    <div>
      <dt>{term}</dt>
      <dd className={className} data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
