import { useT } from '../i18n';
import { LockedNote } from '../options/locked';
import { usePopupDeps } from './deps';
import { usePopupStore } from './store';
import { useRetentionDays } from './use-habits';

const retentionChoices = [30, 90, 180, 365] as const;

/** The user's records: export them, choose how long they are kept, or delete them all. A parent's lock holds all three. */
export function DataSection({ locked = false }: { locked?: boolean }) {
  const t = useT();
  const deps = usePopupDeps();
  const busy = usePopupStore((state) => state.busy);
  const confirming = usePopupStore((state) => state.confirmingDelete);
  const { exportRecords, setRetention, askToDelete, cancelDelete, deleteAll } = usePopupStore.getState();
  const retention = useRetentionDays();
  // A period set elsewhere (an import, a future options page) still shows as chosen.
  const choices = retention !== undefined && !(retentionChoices as readonly number[]).includes(retention) ? [...retentionChoices, retention].sort((a, b) => a - b) : retentionChoices;

  return (
    <details className="data">
      <summary>{t('popup.data.title')}</summary>
      {locked && (
        <p className="data__row">
          <LockedNote />
        </p>
      )}
      <div className="data__row">
        <button type="button" disabled={busy || locked} onClick={() => void exportRecords(deps, 'json')}>
          {t('popup.data.exportJson')}
        </button>
        <button type="button" disabled={busy || locked} onClick={() => void exportRecords(deps, 'csv')}>
          {t('popup.data.exportCsv')}
        </button>
      </div>
      <label className="data__row">
        {t('popup.data.retention')}
        <select value={retention ?? ''} disabled={busy || locked || retention === undefined} onChange={(event) => void setRetention(deps, Number(event.target.value))}>
          {choices.map((days) => (
            <option key={days} value={days}>
              {t('popup.data.retentionDays', { days })}
            </option>
          ))}
        </select>
      </label>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="confirm-delete" className="confirm">
          <p id="confirm-delete">{t('popup.data.confirmDelete')}</p>
          <div className="data__row">
            <button type="button" className="danger-fill" disabled={busy} onClick={() => void deleteAll(deps)}>
              {t('popup.data.confirm')}
            </button>
            <button type="button" disabled={busy} onClick={cancelDelete} autoFocus>
              {t('popup.data.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="link danger-text" disabled={locked} onClick={askToDelete}>
          {t('popup.data.delete')}
        </button>
      )}
    </details>
  );
}
