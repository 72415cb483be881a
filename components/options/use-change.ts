import { useCallback } from 'react';
import { useT } from '../i18n';
import { refusalText } from '../refusal-text';
import { useOptionsStore } from './store';

/**
 * Runs a change through the background and reports it: "Saved." or, in words, why the
 * background refused. Returns whether it worked, so forms know whether to close.
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
        setNotice({ kind: 'error', text: refusalText(error, t) });
        return false;
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t changes identity each render by design
    [setNotice],
  );
}
