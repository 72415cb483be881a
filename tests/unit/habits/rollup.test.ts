import { describe, expect, it } from 'vitest';
import { addToRollup, emptyRollup, rollupsOf, sessionDay } from '@/lib/habits/rollup';
import type { DraftOutcomeKind, FlagSeen } from '@/lib/core/drafts';

const insult: FlagSeen = { normId: 'zh.shabi', category: 'insult', severity: 2 };
const profanity: FlagSeen = { normId: 'en.fuck', category: 'profanity', severity: 1 };
const session = (outcome: DraftOutcomeKind, flags: FlagSeen[] = [insult], pauseShown = false, endedAt = Date.parse('2025-05-01T12:00:00Z')) => ({
  endedAt,
  outcome,
  flags,
  pauseShown,
});

describe('daily rollups', () => {
  it.each([
    ['a clean send', session('sent', []), { drafts: 1, flagged: 0 }],
    ['a clean draft given up', session('abandoned', []), { drafts: 1, flagged: 0, dropped: 0 }],
    ['a revision', session('revised'), { drafts: 1, flagged: 1, revised: 1 }],
    ['a suggestion taken', session('suggestion-used'), { drafts: 1, flagged: 1, revised: 1, suggestionUsed: 1 }],
    ['a flagged send', session('sent-anyway', [insult], true), { drafts: 1, flagged: 1, sentAnyway: 1, paused: 1 }],
    ['a flagged draft given up', session('abandoned'), { drafts: 1, flagged: 1, dropped: 1 }],
  ])('counts %s', (_name, input, expected) => {
    const row = addToRollup(emptyRollup('2025-05-01'), 'weibo.com', input);
    expect(row).toMatchObject({ revised: 0, suggestionUsed: 0, sentAnyway: 0, dropped: 0, paused: 0, ...expected });
  });

  it('counts a draft once per category, however many of its norms fired', () => {
    const row = emptyRollup('2025-05-01');
    addToRollup(row, 'x.com', session('revised', [insult, { ...insult, normId: 'zh.feiwu' }, profanity]));
    addToRollup(row, 'x.com', session('revised', [insult]));
    expect(row.categories).toEqual({ insult: 2, profanity: 1 });
  });

  it('counts drafts and flagged drafts per site within the day', () => {
    const row = emptyRollup('2025-05-01');
    addToRollup(row, 'x.com', session('revised'));
    addToRollup(row, 'x.com', session('sent', []));
    addToRollup(row, 'weibo.com', session('sent', []));
    expect(row.sites).toEqual({ 'x.com': { drafts: 2, flagged: 1 }, 'weibo.com': { drafts: 1, flagged: 0 } });
  });

  it('marks the day for the streak index only when a flagged draft went out', () => {
    const row = addToRollup(emptyRollup('2025-05-01'), 'x.com', session('revised'));
    expect(row).not.toHaveProperty('sentFlaggedOn');
    addToRollup(row, 'x.com', session('sent-anyway'));
    expect(row.sentFlaggedOn).toBe('2025-05-01');
  });

  it('counts a session on the day it ended, never in the future', () => {
    const now = Date.parse('2025-05-01T12:00:00Z');
    const late = session('sent', [], false, Date.parse('2025-05-01T16:30:00Z'));
    expect(sessionDay(late, 'Asia/Shanghai', late.endedAt)).toBe('2025-05-02');
    expect(sessionDay(late, 'Asia/Shanghai', now)).toBe('2025-05-01');
  });

  it('rolls many sessions up by day', () => {
    const now = Date.parse('2025-05-03T00:00:00Z');
    const rows = rollupsOf(
      [
        { ...session('sent', []), host: 'a.com' },
        { ...session('revised'), host: 'a.com' },
        { ...session('revised'), host: 'b.com' },
        { ...session('sent', [], false, Date.parse('2025-05-02T01:00:00Z')), host: 'a.com' },
      ],
      'UTC',
      now,
    );
    expect(rows.map((row) => [row.day, row.drafts, row.flagged, row.sites])).toEqual([
      ['2025-05-01', 3, 2, { 'a.com': { drafts: 2, flagged: 1 }, 'b.com': { drafts: 1, flagged: 1 } }],
      ['2025-05-02', 1, 0, { 'a.com': { drafts: 1, flagged: 0 } }],
    ]);
  });
});
