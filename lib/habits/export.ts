import type { DraftSession, HabitRecords } from '../core/records';

export type { HabitRecords } from '../core/records';

export const HABITS_FORMAT = 'sansi-habits';

/** The records as stored (times in epoch milliseconds), with a header saying what they are. */
export function recordsToJson(records: HabitRecords, exportedAt: number): string {
  return JSON.stringify(
    {
      format: HABITS_FORMAT,
      // 2: flag events are gone; each session lists what fired in it.
      version: 2,
      exportedAt: new Date(exportedAt).toISOString(),
      retentionDays: records.retentionDays,
      sessions: records.sessions,
    },
    null,
    2,
  );
}

export const CSV_COLUMNS = ['id', 'host', 'started_at', 'ended_at', 'outcome', 'pause_shown', 'flags', 'norm_ids', 'categories', 'max_severity', 'model_fired'] as const;

// RFC 4180 quoting, and a leading apostrophe for cells a spreadsheet would run as a formula
// (CSV injection): a hostname or norm id comes from data we don't fully control.
function cell(value: string | number | boolean): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per draft session, times in ISO 8601 UTC, flags summarised into columns. */
export function sessionsToCsv(sessions: readonly DraftSession[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const session of sessions) {
    const categories = [...new Set(session.flags.map((flag) => flag.category))];
    const maxSeverity = session.flags.reduce((max, flag) => Math.max(max, flag.severity), 0);
    lines.push(
      [
        session.id,
        session.host,
        new Date(session.startedAt).toISOString(),
        new Date(session.endedAt).toISOString(),
        session.outcome,
        session.pauseShown,
        session.flags.length,
        session.flags.map((flag) => flag.normId).join(' '),
        categories.join(' '),
        maxSeverity || '',
        // Sessions recorded before smart detection existed have no value: leave the cell empty.
        session.modelFired ?? '',
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
