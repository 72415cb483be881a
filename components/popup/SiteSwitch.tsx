import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { LockedNote } from '../options/locked';
import { usePopupDeps } from './deps';
import { usePopupStore } from './store';
import { useSiteEnabled } from './use-habits';

/** The keyboard shortcut the browser gives the site switch now (the user may have changed it). */
function useShortcut(): string {
  const { shortcut } = usePopupDeps();
  const [keys, setKeys] = useState('');
  useEffect(() => {
    void shortcut?.().then(setKeys, () => setKeys(''));
  }, [shortcut]);
  return keys;
}

/**
 * "Sansi on this site": one switch for the page the popup was opened over. Under a parent's
 * lock it can switch Sansi back on but not off, and says so beside it.
 */
export function SiteSwitch({ locked = false }: { locked?: boolean }) {
  const t = useT();
  const deps = usePopupDeps();
  const host = usePopupStore((state) => state.host);
  const busy = usePopupStore((state) => state.busy);
  const setSiteEnabled = usePopupStore((state) => state.setSiteEnabled);
  const enabled = useSiteEnabled(host);
  const shortcut = useShortcut();
  if (!host || enabled === undefined) return null;
  const held = locked && enabled;
  return (
    <div className="site-switch">
      <button
        type="button"
        role="switch"
        aria-checked={enabled}
        aria-describedby={shortcut ? 'site-shortcut' : undefined}
        className="switch"
        disabled={busy || held}
        onClick={() => void setSiteEnabled(deps, host, !enabled)}
      >
        <span className="switch__label">{t('popup.site.label', { host })}</span>
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
      </button>
      <p className="site-switch__meta">
        {held ? (
          <>
            <LockedNote />{' '}
            <a href={`${deps.optionsUrl}#parent`} target="_blank" rel="noreferrer">
              {t('lock.unlockAction')}
            </a>
          </>
        ) : (
          shortcut && (
            <span id="site-shortcut" className="muted">
              {t('popup.site.shortcut', { keys: shortcut })}
            </span>
          )
        )}
      </p>
      {!enabled && <p className="muted site-switch__off">{t('popup.site.off')}</p>}
    </div>
  );
}
