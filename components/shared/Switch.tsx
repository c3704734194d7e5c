import type { ReactNode } from 'react';

/**
 * An on/off setting: a checkbox with role="switch", drawn as a track and knob (shared.css), its
 * label the children. Each page sizes it (--cl-switch-w, --cl-switch-h) and lays it out.
 */
export function Switch({
  checked,
  onChange,
  children,
  testId,
  describedBy,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
  testId?: string;
  describedBy?: string;
}) {
  return (
    <label className="cl-switch">
      <input type="checkbox" role="switch" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={describedBy} data-testid={testId} />
      <span className="cl-switch__track" aria-hidden="true" />
      {children}
    </label>
  );
}
