import { useId } from 'react';
import { useT } from '../i18n';

/** The file types the norms importer reads: sansi-norms JSON, CSV and plain lists. */
const NORMS_FILE_TYPES = '.json,.csv,.txt,application/json,text/csv,text/plain';

/**
 * A labelled file input for a norms list. It clears itself after each choice, so choosing the
 * same file again (after fixing it) still reads it. Its button is Sansi's own, in Sansi's
 * language: the browser's says "Choose File / No file chosen" in the browser's language,
 * whatever the page's (and "no file" always, since the input clears itself). The input itself
 * stays in the tab order, invisible, and shows its focus on that button.
 */
export function NormsFilePicker({ label, onFile, disabled = false }: { label: string; onFile: (file: File) => void; disabled?: boolean }) {
  const t = useT();
  const id = useId();
  return (
    <span className="file-pick">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="file-pick__input"
        type="file"
        accept={NORMS_FILE_TYPES}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <label htmlFor={id} className="file-pick__button">
        {t('files.choose')}
      </label>
    </span>
  );
}
