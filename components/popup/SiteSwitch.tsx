import { useT } from '../i18n';
import { usePopupDeps } from './deps';
import { usePopupStore } from './store';
import { useSiteEnabled } from './use-habits';

/** "Sansi on this site": one switch for the page the popup was opened over. */
export function SiteSwitch() {
  const t = useT();
  const deps = usePopupDeps();
  const host = usePopupStore((state) => state.host);
  const busy = usePopupStore((state) => state.busy);
  const setSiteEnabled = usePopupStore((state) => state.setSiteEnabled);
  const enabled = useSiteEnabled(host);
  if (!host || enabled === undefined) return null;
  return (
    <div className="site-switch">
      <button
        type="button"
        role="switch"
        aria-checked={enabled}
        className="switch"
        disabled={busy}
        onClick={() => void setSiteEnabled(deps, host, !enabled)}
      >
        <span className="switch__label">{t('popup.site.label', { host })}</span>
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
      </button>
      {!enabled && <p className="muted site-switch__off">{t('popup.site.off')}</p>}
    </div>
  );
}
