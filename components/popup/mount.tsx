import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readHabits } from '@/lib/db/rollups';
import { PopupView } from '../PopupView';
import { PopupDepsProvider, type PopupDeps } from './deps';

/**
 * Reads the numbers first, then mounts the popup once with them. Mounting first would show
 * "Loading…", wait for React's effects to start the live query, and render again: on a busy
 * machine that wait was most of the time to the numbers (tests/bench/popup). The live query
 * still takes over after the first render, so the numbers stay live.
 */
export async function mountPopup(element: HTMLElement, deps: PopupDeps): Promise<void> {
  const initialHabits = await readHabits(deps.db, deps.clock()).catch(() => undefined);
  createRoot(element).render(
    <StrictMode>
      <PopupDepsProvider deps={{ ...deps, initialHabits }}>
        <PopupView />
      </PopupDepsProvider>
    </StrictMode>,
  );
}
