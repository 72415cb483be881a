import { createContext, useContext, type ReactNode } from 'react';
import type { SansiDb } from '@/lib/db/schema';
import type { sendMessage } from '@/lib/messaging/send';

/** What the options page talks to: the database to read, the background to ask for changes. */
export interface OptionsDeps {
  db: SansiDb;
  send: typeof sendMessage;
}

const DepsContext = createContext<OptionsDeps | null>(null);

export function OptionsDepsProvider({ deps, children }: { deps: OptionsDeps; children: ReactNode }) {
  return <DepsContext.Provider value={deps}>{children}</DepsContext.Provider>;
}

export function useOptionsDeps(): OptionsDeps {
  const deps = useContext(DepsContext);
  if (!deps) throw new Error('useOptionsDeps outside OptionsDepsProvider');
  return deps;
}
