import { createContext, useContext, type ReactNode } from 'react';
import type { Clock, Habits } from '@/lib/db/rollups';
import type { SansiDb } from '@/lib/db/schema';
import type { sendMessage } from '@/lib/messaging/send';

/** What the popup talks to. The entrypoint wires the browser; tests pass fakes. */
export interface PopupDeps {
  /** Read-only here: the background is the only writer. */
  db: SansiDb;
  send: typeof sendMessage;
  /** Hostname of the page the popup was opened over, or null (a new tab, a browser page). */
  activeHost: () => Promise<string | null>;
  optionsUrl: string;
  demoUrl: string;
  /** Now and the user's time zone, read whenever the numbers are computed. */
  clock: () => Clock;
  download: (fileName: string, text: string, type: string) => void;
  /** The keys of the "switch Sansi on this site" command, as the browser has them now; empty if none. */
  shortcut?: () => Promise<string>;
  /** The numbers read before the first render (mount.tsx), shown until the live query answers. */
  initialHabits?: Habits;
}

const DepsContext = createContext<PopupDeps | null>(null);

export function PopupDepsProvider({ deps, children }: { deps: PopupDeps; children: ReactNode }) {
  return <DepsContext.Provider value={deps}>{children}</DepsContext.Provider>;
}

export function usePopupDeps(): PopupDeps {
  const deps = useContext(DepsContext);
  if (!deps) throw new Error('usePopupDeps outside PopupDepsProvider');
  return deps;
}
