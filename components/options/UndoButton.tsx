import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useLocale, useT } from '../i18n';
import { useOptionsDeps } from './deps';
import { LockedNote, useLocked } from './locked';
import { refusalText } from '../refusal-text';
import { useOptionsStore } from './store';
import { describeUndo } from './undo-label';
import { lastUndo } from '@/lib/db/queries';

/**
 * "Undo: Sansi back on for weibo.com": the button names the change it would take back, whichever
 * page made it, and the notice after it names what was undone. One undo at a time: a second
 * click while the first is on its way would take back a change the reader never saw named.
 */
export function UndoButton() {
  const t = useT();
  const locale = useLocale((state) => state.locale);
  const { db, send } = useOptionsDeps();
  const { locked } = useLocked();
  const setNotice = useOptionsStore((state) => state.setNotice);
  const [busy, setBusy] = useState(false);
  // Set at once, before React renders the disabled button: a double click must not undo twice.
  const running = useRef(false);
  const label = useLiveQuery(async () => describeUndo(db, await lastUndo(db), t), [db, locale]);

  const undo = async () => {
    if (!label || running.current) return;
    running.current = true;
    setBusy(true);
    try {
      const { undone } = await send('undoLastChange', {});
      setNotice({ kind: 'ok', text: undone ? t('options.undone', { what: t(label.key, label.params) }) : t('options.nothingToUndo') });
    } catch (error) {
      setNotice({ kind: 'error', text: refusalText(error, t) });
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return (
    <span className="undo">
      <button type="button" disabled={!label || locked || busy} onClick={() => void undo()}>
        {label ? t('options.undo', { what: t(label.key, label.params) }) : t('options.undo.none')}
      </button>
      {label && <LockedNote />}
    </span>
  );
}
