/** The file types the norms importer reads: sansi-norms JSON, CSV and plain lists. */
const NORMS_FILE_TYPES = '.json,.csv,.txt,application/json,text/csv,text/plain';

/**
 * A labelled file input for a norms list. It clears itself after each choice, so choosing the
 * same file again (after fixing it) still reads it.
 */
export function NormsFilePicker({ label, onFile }: { label: string; onFile: (file: File) => void }) {
  return (
    <label className="file-pick">
      {label}{' '}
      <input
        type="file"
        accept={NORMS_FILE_TYPES}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
