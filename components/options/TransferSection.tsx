import { useLiveQuery } from 'dexie-react-hooks';
import { problem } from '@/lib/norms/problems';
import { useT } from '../i18n';
import { useOptionsDeps } from './deps';
import { download } from '../files/download';
import { ImportErrors } from '../files/ImportErrors';
import { NormsFilePicker } from '../files/NormsFilePicker';
import { parseNormsFile } from '../files/parse-file';
import { readFileBytes } from '../files/read-file';
import { exportStoredList } from './export-list';
import { listName } from './list-name';
import { LockedNote, useLocked } from './locked';
import { refusalText } from '../refusal-text';
import { useOptionsStore, type ImportState } from './store';
import { listById } from '@/lib/db/queries';

/** Your data: import a list from a file (JSON, CSV, plain) with progress; export the selected list. */
export function TransferSection({ listId }: { listId: string | null }) {
  const t = useT();
  const { db, send } = useOptionsDeps();
  const importState = useOptionsStore((state) => state.importState);
  const setImportState = useOptionsStore((state) => state.setImportState);
  const selectList = useOptionsStore((state) => state.selectList);
  const list = useLiveQuery(() => (listId ? listById(db, listId) : undefined), [db, listId]);
  const { locked } = useLocked();

  const importFile = async (file: File) => {
    setImportState({ stage: 'reading', progress: 0 });
    // Reading is the first third of the bar, checking the second, saving the last.
    const bytes = await readFileBytes(file, (fraction) => setImportState({ stage: 'reading', progress: fraction / 3 }));
    setImportState({ stage: 'checking', progress: 1 / 3 });
    const result = await parseNormsFile(bytes, file.name);
    if (!result.ok) {
      setImportState({ stage: 'failed', errors: result.errors });
      return;
    }
    setImportState({ stage: 'saving', progress: 2 / 3 });
    try {
      const saved = await send('importNorms', { list: result.list });
      setImportState({ stage: 'done', count: saved.terms, name: result.list.name });
      selectList(saved.listId);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      // The background refuses with 'locked' while a parent's lock is on: say so plainly.
      const why = detail === 'locked' ? problem('norms.problem.locked') : problem('norms.problem.notSaved', { detail: refusalText(error, t) });
      setImportState({ stage: 'failed', errors: [{ line: 0, ...why }] });
    }
  };

  const exportAs = async (kind: 'json' | 'plain') => {
    if (!listId) return;
    const file = await exportStoredList(db, listId, kind);
    download(file.fileName, file.text, kind === 'json' ? 'application/json' : 'text/plain');
  };

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('options.data.title')}</h2>
      <p className="muted">{t('options.data.hint')}</p>
      <h3 id="transfer-title">{t('options.transfer.title')}</h3>
      <p className="control-row">
        <NormsFilePicker label={t('options.import.choose')} disabled={locked} onFile={(file) => void importFile(file)} />
        <LockedNote />
      </p>
      <ImportStatus state={importState} />
      {list && (
        <p className="export">
          <button type="button" onClick={() => void exportAs('json')}>
            {t('options.export.json', { name: listName(list, t) })}
          </button>{' '}
          <button type="button" onClick={() => void exportAs('plain')}>
            {t('options.export.plain', { name: listName(list, t) })}
          </button>
        </p>
      )}
    </section>
  );
}

function ImportStatus({ state }: { state: ImportState | null }) {
  const t = useT();
  if (!state) return null;
  if (state.stage === 'done') return <p role="status">{t('options.import.done', { count: state.count, name: state.name })}</p>;
  if (state.stage === 'failed') return <ImportErrors errors={state.errors} />;
  const label = { reading: 'options.import.reading', checking: 'options.import.checking', saving: 'options.import.saving' } as const;
  return (
    <p role="status">
      <progress aria-label={t('options.import.progress')} value={state.progress} max={1} /> {t(label[state.stage])}
    </p>
  );
}
