// Version 4 drops the flagEvents table: what fired in a draft is recorded once, in its draft
// session. Events a session already holds go with the table. Events no session holds (written
// before sessions existed, or in a draft whose end never reached the background) become
// sessions of their own, so the export and the popup lose nothing that was recorded.
import type { DraftSession, FlagEvent } from '../core/records';

/** Events on one site this close together were one draft. */
const SAME_DRAFT_MS = 5 * 60 * 1000;
/** A session holds an event logged up to this long before its start or after its end. */
const SLACK_MS = 1000;

function heldBySession(event: FlagEvent, sessions: readonly Omit<DraftSession, 'id'>[]): boolean {
  return sessions.some(
    (session) =>
      session.host === event.host &&
      event.at >= session.startedAt - SLACK_MS &&
      event.at <= session.endedAt + SLACK_MS &&
      session.flags.some((flag) => flag.normId === event.normId),
  );
}

/**
 * The sessions that keep the events no session holds: one per burst of events on a site, its
 * flags once each. They count as dropped drafts, as a draft whose page left does: nobody knows
 * whether it was sent.
 */
export function sessionsForLooseEvents(events: readonly FlagEvent[], sessions: readonly Omit<DraftSession, 'id'>[]): Omit<DraftSession, 'id'>[] {
  const loose = events.filter((event) => !heldBySession(event, sessions)).sort((a, b) => a.host.localeCompare(b.host) || a.at - b.at);
  const made: Omit<DraftSession, 'id'>[] = [];
  for (const event of loose) {
    const last = made[made.length - 1];
    const flag = { normId: event.normId, category: event.category, severity: event.severity };
    if (last && last.host === event.host && event.at - last.endedAt <= SAME_DRAFT_MS) {
      last.endedAt = event.at;
      if (!last.flags.some((seen) => seen.normId === flag.normId)) last.flags.push(flag);
      continue;
    }
    made.push({ host: event.host, startedAt: event.at, endedAt: event.at, outcome: 'abandoned', flags: [flag], pauseShown: false, modelFired: false });
  }
  return made;
}
