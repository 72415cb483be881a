import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { PopupView } from '@/components/PopupView';
import { PopupDepsProvider, type PopupDeps } from '@/components/popup/deps';
import type { SansiDb } from '@/lib/db/schema';
import { recordSession } from '@/lib/db/sessions';
import { DAY_MS } from '@/lib/habits/days';
import type { DraftOutcomeKind, FlagSeen } from '@/lib/messaging/protocol';
import { pageSender } from '../../support/background';

// A fixed "now" at noon UTC so that "today" and the day boundaries don't depend on when the
// tests run; recent enough that nothing is past the retention period.
export const now = Math.floor(Date.now() / DAY_MS) * DAY_MS + DAY_MS / 2;
export const clock = () => ({ now, timeZone: 'UTC' });

export const insult: FlagSeen = { normId: 'zh.shabi', category: 'insult', severity: 2 };
export const profanity: FlagSeen = { normId: 'en.fuck', category: 'profanity', severity: 1 };

/** Records a finished draft as the background would, `daysAgo` days before now. */
export function draft(db: SansiDb, host: string, outcome: DraftOutcomeKind, flags: FlagSeen[] = [insult], daysAgo = 0) {
  const endedAt = now - daysAgo * DAY_MS;
  return recordSession(db, host, { startedAt: endedAt - 20_000, endedAt, outcome, flags, pauseShown: outcome === 'sent-anyway', modelFired: false }, clock());
}

/** Renders the popup over `db`, its messages going through the real background handlers. */
export function renderPopup(db: SansiDb, overrides: Partial<PopupDeps> = {}) {
  const background = pageSender(db, 'popup.html');
  const send = vi.fn(background.send) as unknown as PopupDeps['send'];
  const deps: PopupDeps = {
    db,
    send,
    activeHost: async () => null,
    optionsUrl: 'chrome-extension://sansi-test-id/options.html',
    demoUrl: 'chrome-extension://sansi-test-id/demo.html',
    clock,
    download: vi.fn(),
    ...overrides,
  };
  const view = render(
    <PopupDepsProvider deps={deps}>
      <PopupView />
    </PopupDepsProvider>,
  );
  return { ...view, deps, send };
}
