import { useEffect, useId, useRef, useState } from 'react';
import type { Note } from '@/lib/db/personal-schema';
import { NOTE_MAX_LENGTH } from '@/lib/personal/notes';
import { useTranslation } from './use-translation';

const SAVE_DELAY_MS = 300;

/**
 * A private note on a platform. Saves a moment after typing stops and at once when the field
 * loses focus or the page is hidden (a popup can close at any keystroke). Give it a `key` per
 * platform so switching platforms starts a fresh editor.
 */
export function NoteEditor({
  platformName,
  note,
  onSave,
}: {
  platformName: string;
  /** undefined while loading, null when there is no note yet. */
  note: Note | null | undefined;
  onSave: (text: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  }, [onSave]);

  const flush = useRef(() => {
    clearTimeout(timer.current);
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    setStatus('saving');
    save.current(value).then(
      () => setStatus((s) => (s === 'saving' ? 'saved' : s)),
      (e: unknown) => {
        console.error('China Lens could not save the note', e);
        setStatus('failed');
      },
    );
  });

  useEffect(() => {
    const onHide = () => flush.current();
    const current = flush.current;
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
      current();
    };
  }, []);

  const value = text ?? note?.text ?? '';
  const change = (next: string) => {
    setText(next);
    pending.current = next;
    setStatus('saving');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flush.current(), SAVE_DELAY_MS);
  };

  return (
    <div className="cl-note">
      <label htmlFor={id} className="cl-note__label">
        {t('shared.note.label', { platform: platformName })}
      </label>
      <textarea
        id={id}
        className="cl-note__field"
        data-testid="note"
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        placeholder={t('shared.note.placeholder')}
        value={value}
        disabled={note === undefined && text === null}
        aria-describedby={`${id}-hint`}
        onChange={(e) => change(e.target.value)}
        onBlur={() => flush.current()}
      />
      <p id={`${id}-hint`} className="cl-note__hint">
        <span role="status" className="cl-note__status">
          {status === 'saving' ? t('shared.note.saving') : status === 'saved' ? t('shared.note.saved') : status === 'failed' ? t('shared.note.failed') : ''}
        </span>
        {t('shared.note.privacy')}
      </p>
    </div>
  );
}
