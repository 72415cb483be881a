import { describe, expect, it } from 'vitest';
import type { DraftSession } from '@/lib/db/schema';
import { CSV_COLUMNS, recordsToJson, sessionsToCsv } from '@/lib/habits/export';

const sessions: DraftSession[] = [
  {
    id: 1,
    host: 'weibo.com',
    startedAt: Date.parse('2025-05-01T10:00:00Z'),
    endedAt: Date.parse('2025-05-01T10:01:30Z'),
    outcome: 'sent-anyway',
    flags: [
      { normId: 'zh.shabi', category: 'insult', severity: 2 },
      { normId: 'en.fuck', category: 'profanity', severity: 1 },
    ],
    pauseShown: true,
    modelFired: false,
  },
  { id: 2, host: '-evil.example', startedAt: 1, endedAt: 2, outcome: 'sent', flags: [], pauseShown: false },
];

describe('habit exports', () => {
  it('exports JSON with a header and the records exactly as stored', () => {
    const parsed = JSON.parse(recordsToJson({ sessions, retentionDays: 180 }, Date.parse('2025-06-01T00:00:00Z')));
    expect(parsed).toEqual({ format: 'sansi-habits', version: 2, exportedAt: '2025-06-01T00:00:00.000Z', retentionDays: 180, sessions });
  });

  it('exports CSV, one row per draft, with ISO times and flags summarised', () => {
    const lines = sessionsToCsv(sessions).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe('1,weibo.com,2025-05-01T10:00:00.000Z,2025-05-01T10:01:30.000Z,sent-anyway,true,2,zh.shabi en.fuck,insult profanity,2,false');
    expect(lines.at(-1)).toBe('');
  });

  it('says whether smart detection fired, and leaves the cell empty for older records', () => {
    const fired = sessionsToCsv([{ ...sessions[1]!, modelFired: true }]).split('\r\n')[1]!;
    expect(fired.split(',').at(-1)).toBe('true');
    expect(sessionsToCsv([sessions[1]!]).split('\r\n')[1]!.split(',').at(-1)).toBe('');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    const row = sessionsToCsv(sessions).split('\r\n')[2]!;
    expect(row.split(',')[1]).toBe("'-evil.example");
    expect(row.split(',').at(-1)).toBe('');
  });

  it('quotes cells with commas or quotes', () => {
    const odd = [{ ...sessions[1]!, host: 'a,"b"' }];
    expect(sessionsToCsv(odd).split('\r\n')[1]!.split(',1970')[0]).toBe('2,"a,""b"""');
  });
});
