import { useCallback } from 'react';
import { useT } from '../i18n';
import { useOptionsStore } from './store';

/**
 * Runs a change through the background and reports it: "Saved." or the background's reason
 * for refusing. Returns whether it worked, so forms know whether to close.
 */
export function useChange(): (change: () => Promise<unknown>) => Promise<boolean> {
  const t = useT();
  const setNotice = useOptionsStore((state) => state.setNotice);
  return useCallback(
    async (change) => {
      try {
        await change();
        setNotice({ kind: 'ok', text: t('options.saved') });
        return true;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // The background refuses with 'locked' while a parent's lock is on: say so plainly.
        setNotice({ kind: 'error', text: message === 'locked' ? t('lock.error.locked') : t('options.error', { message }) });
        return false;
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t changes identity each render by design
    [setNotice],
  );
}
