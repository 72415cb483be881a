import { browser } from 'wxt/browser';
import { CONFIG_VERSION_KEY, type PageConfig } from '../../core/page-config';
import { sendMessage } from '../../messaging/send';

/** Asks the background what this page needs: on/off, the pause threshold and the norms. */
export function fetchPageConfig(): Promise<PageConfig> {
  return sendMessage('getPageConfig', {});
}

/**
 * Calls `onChange` with a fresh config whenever the background bumps the config version (an
 * edit in options, a personal allow, the site switched off in the popup), so open tabs follow
 * without a reload. Stale answers (an older version arriving late) are dropped.
 */
export function watchPageConfig(signal: AbortSignal, onChange: (config: PageConfig) => void): void {
  const changed = browser.storage?.onChanged;
  if (!changed) return;
  let latest = 0;
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'local' || !(CONFIG_VERSION_KEY in changes)) return;
    const asked = ++latest;
    fetchPageConfig()
      .then((config) => {
        if (asked === latest && !signal.aborted) onChange(config);
      })
      // The extension was reloaded or updated: this script is going quiet anyway.
      .catch(() => undefined);
  };
  changed.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      changed.removeListener(listener);
    } catch {
      // The context is already gone; nothing left to remove.
    }
  });
}
