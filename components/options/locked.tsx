import { createContext, useContext, type ReactNode } from 'react';
import { useT } from '../i18n';

/** Whether a parent's lock holds the settings now, and the one way to lift it. */
export interface LockedState {
  locked: boolean;
  /** Takes the reader to the PIN field of the parent mode section. */
  unlock: () => void;
}

const LockedContext = createContext<LockedState>({ locked: false, unlock: () => undefined });

export function LockedProvider({ value, children }: { value: LockedState; children: ReactNode }) {
  return <LockedContext.Provider value={value}>{children}</LockedContext.Provider>;
}

export function useLocked(): LockedState {
  return useContext(LockedContext);
}

/**
 * "Locked by a parent", beside the controls it disables, so the reason sits where the reader
 * looks rather than in an error at the top of the page. Nothing when the settings are open.
 */
export function LockedNote({ show = true }: { show?: boolean }) {
  const t = useT();
  const { locked } = useLocked();
  if (!locked || !show) return null;
  return (
    <span className="locked-note">
      <svg className="locked-note__icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
        <path d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1Zm2 0h4V5a2 2 0 1 0-4 0v2Z" fill="currentColor" />
      </svg>
      {t('lock.lockedBy')}
    </span>
  );
}
