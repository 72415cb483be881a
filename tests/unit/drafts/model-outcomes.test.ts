import { describe, expect, it } from 'vitest';
import type { DraftField } from '@/lib/drafts/fields/fields';
import { DraftSessions } from '@/lib/drafts/features/draft-sessions';
import { addToRollup, emptyRollup } from '@/lib/habits/rollup';
import type { Match } from '@/lib/matcher/types';
import type { DraftOutcome } from '@/lib/core/drafts';

// Issue 9: a draft outcome says whether smart detection's nudge appeared, beside the norms.
const norm: Match = { start: 0, end: 2, normId: 'zh.shabi', category: 'insult', severity: 2, suggestion: {} } as Match;

function follow(steps: (sessions: DraftSessions, field: DraftField) => void): DraftOutcome {
  const outcomes: DraftOutcome[] = [];
  const sessions = new DraftSessions((outcome) => outcomes.push(outcome));
  const field = {} as DraftField;
  steps(sessions, field);
  expect(outcomes).toHaveLength(1);
  return outcomes[0]!;
}

describe('draft outcomes with smart detection', () => {
  it('records a plain draft with the model quiet', () => {
    const outcome = follow((sessions, field) => {
      sessions.checked(field, false, []);
      sessions.sent(field, false);
    });
    expect(outcome).toMatchObject({ outcome: 'sent', flags: [], modelFired: false });
  });

  it('records a draft sent while the nudge showed as sent anyway: the nudge never pauses', () => {
    const outcome = follow((sessions, field) => {
      sessions.checked(field, false, []);
      sessions.model(field, true);
      sessions.sent(field, false);
    });
    expect(outcome).toMatchObject({ outcome: 'sent-anyway', flags: [], pauseShown: false, modelFired: true });
  });

  it('records a draft edited until the nudge left as revised', () => {
    const outcome = follow((sessions, field) => {
      sessions.checked(field, false, []);
      sessions.model(field, true);
      sessions.model(field, false);
      sessions.sent(field, false);
    });
    expect(outcome).toMatchObject({ outcome: 'revised', modelFired: true });
  });

  it('records both when a norm and the model fired in one draft', () => {
    const outcome = follow((sessions, field) => {
      sessions.checked(field, false, []);
      sessions.model(field, true);
      sessions.checked(field, false, [norm]);
      sessions.model(field, false);
      sessions.checked(field, false, []);
      sessions.sent(field, false);
    });
    expect(outcome).toMatchObject({ outcome: 'revised', flags: [{ normId: 'zh.shabi' }], modelFired: true });
  });

  it('ignores a nudge on a field with no open draft', () => {
    const outcome = follow((sessions, field) => {
      sessions.model(field, true);
      sessions.checked(field, false, []);
      sessions.checked(field, true, []);
    });
    expect(outcome).toMatchObject({ outcome: 'abandoned', modelFired: false });
  });
});

describe('a draft cleared after a nudge', () => {
  it('is revised when the writer rewrites it in the same field and sends', () => {
    const outcome = follow((sessions, field) => {
      sessions.checked(field, false, [norm]);
      sessions.pauseShown(field);
      sessions.checked(field, true, []);
      sessions.checked(field, false, []);
      sessions.sent(field, false);
    });
    expect(outcome).toMatchObject({ outcome: 'revised', flags: [{ normId: 'zh.shabi' }], pauseShown: true });
  });

  it('is abandoned when the box is left empty and the page goes', () => {
    const outcome = follow((sessions, field) => {
      sessions.checked(field, false, [norm]);
      sessions.checked(field, true, []);
      sessions.abandonAll();
    });
    expect(outcome).toMatchObject({ outcome: 'abandoned', flags: [{ normId: 'zh.shabi' }] });
  });

  it('is abandoned when the box stays empty a while, and not again with the page', () => {
    const outcomes: DraftOutcome[] = [];
    const sessions = new DraftSessions((outcome) => outcomes.push(outcome));
    const field = {} as DraftField;
    sessions.checked(field, false, [norm]);
    sessions.checked(field, true, []);
    sessions.leftEmpty(field);
    sessions.abandonAll();
    expect(outcomes.map((each) => each.outcome)).toEqual(['abandoned']);
  });

  it('is not given up while it is being rewritten', () => {
    const outcome = follow((sessions, field) => {
      sessions.checked(field, false, [norm]);
      sessions.checked(field, true, []);
      sessions.checked(field, false, []);
      sessions.leftEmpty(field);
      sessions.sent(field, false);
    });
    expect(outcome).toMatchObject({ outcome: 'revised' });
  });

  it('is sent anyway when the hurtful words come back and go out', () => {
    const outcome = follow((sessions, field) => {
      sessions.checked(field, false, [norm]);
      sessions.checked(field, true, []);
      sessions.checked(field, false, [norm]);
      sessions.sent(field, false);
    });
    expect(outcome).toMatchObject({ outcome: 'sent-anyway' });
  });
});

describe('habits with smart detection', () => {
  const day = '2025-05-01';
  const endedAt = Date.parse('2025-05-01T12:00:00Z');

  // Decided in lib/habits/rollup.ts: "flagged" means a norm fired; the model is a second opinion.
  it('counts a draft where only the model fired as checked, not flagged, and keeps the streak', () => {
    const row = addToRollup(emptyRollup(day), 'weibo.com', { endedAt, outcome: 'sent-anyway', flags: [], pauseShown: false, modelFired: true } as never);
    expect(row).toEqual({ ...emptyRollup(day), drafts: 1, sites: { 'weibo.com': { drafts: 1, flagged: 0 } } });
  });

  it('counts a draft where a norm and the model fired as flagged, once', () => {
    const flag = { normId: 'zh.shabi', category: 'insult', severity: 2 } as const;
    const row = addToRollup(emptyRollup(day), 'weibo.com', { endedAt, outcome: 'sent-anyway', flags: [flag], pauseShown: true, modelFired: true } as never);
    expect(row).toMatchObject({ drafts: 1, flagged: 1, sentAnyway: 1, paused: 1, categories: { insult: 1 }, sentFlaggedOn: day });
  });
});
