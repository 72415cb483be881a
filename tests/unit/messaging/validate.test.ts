import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '@/lib/messaging/validate';

const flag = { normId: 'zh.shabi', category: 'insult', severity: 2 };

describe('parseEnvelope', () => {
  it.each([
    ['getPageConfig', {}],
    ['recordDraftOutcome', { startedAt: 1, endedAt: 2, outcome: 'sent-anyway', flags: [flag], pauseShown: true, modelFired: false }],
    ['recordDraftOutcome', { startedAt: 1, endedAt: 2, outcome: 'sent-anyway', flags: [], pauseShown: false, modelFired: true }],
    ['allowModelOnSite', {}],
    ['setSmartDetection', { enabled: false }],
    ['allowNormOnSite', { normId: 'zh.shabi' }],
    ['setSiteEnabled', { host: 'weibo.com', enabled: false }],
    ['setPauseThreshold', { severity: 1 }],
    ['editNorms', { op: 'deleteTerm', listId: 'zh-general', termId: 'zh.shabi' }],
    ['undoLastChange', {}],
    ['deleteAllData', {}],
    ['setRetentionDays', { days: 180 }],
  ])('accepts a well-formed %s', (type, payload) => {
    expect(parseEnvelope({ type, payload })).toEqual({ envelope: { type, payload } });
  });

  it.each([
    ['not an object', 'recordDraftOutcome'],
    ['flags on their own, which are recorded only with the draft’s outcome', { type: 'recordFlags', payload: { flags: [flag] } }],
    ['no type', { payload: {} }],
    ['an unknown type', { type: 'dropTables', payload: {} }],
    ['a missing payload', { type: 'getPageConfig' }],
    ['extra payload keys', { type: 'getPageConfig', payload: { x: 1 } }],
    ['an inherited property as a type', { type: 'toString', payload: {} }],
    ['an outcome that ends before it starts', { type: 'recordDraftOutcome', payload: { startedAt: 5, endedAt: 2, outcome: 'sent', flags: [], pauseShown: false, modelFired: false } }],
    ['an unknown outcome', { type: 'recordDraftOutcome', payload: { startedAt: 1, endedAt: 2, outcome: 'deleted', flags: [], pauseShown: false, modelFired: false } }],
    ['draft text in an outcome', { type: 'recordDraftOutcome', payload: { startedAt: 1, endedAt: 2, outcome: 'sent', flags: [], pauseShown: false, modelFired: false, text: 'hi' } }],
    ['an outcome without modelFired', { type: 'recordDraftOutcome', payload: { startedAt: 1, endedAt: 2, outcome: 'sent', flags: [], pauseShown: false } }],
    ['a modelFired that is not a boolean', { type: 'recordDraftOutcome', payload: { startedAt: 1, endedAt: 2, outcome: 'sent', flags: [], pauseShown: false, modelFired: 1 } }],
    ['draft text with a model allow', { type: 'allowModelOnSite', payload: { text: '外地人就没几个素质高的' } }],
    ['a model allow naming its host', { type: 'allowModelOnSite', payload: { host: 'weibo.com' } }],
    ['smart detection as text', { type: 'setSmartDetection', payload: { enabled: 'false' } }],
    ['smart detection without a value', { type: 'setSmartDetection', payload: {} }],
    ['a host with a path', { type: 'setSiteEnabled', payload: { host: 'weibo.com/evil', enabled: false } }],
    ['a severity of 0', { type: 'setPauseThreshold', payload: { severity: 0 } }],
    ['an unknown edit', { type: 'editNorms', payload: { op: 'dropAll', listId: 'zh-general' } }],
    ['a term with an unknown category', { type: 'editNorms', payload: { op: 'addTerm', listId: 'l', term: { id: 'x', pattern: 'x', category: 'spam', severity: 1, note: {}, suggestion: {} } } }],
    ['an invalid list import', { type: 'importNorms', payload: { list: { format: 'sansi-norms', version: 1, id: 'x', name: 'x', languages: [], terms: [{ id: 'a' }], allow: [] } } }],
    ['draft text smuggled into a flag', { type: 'recordDraftOutcome', payload: { startedAt: 1, endedAt: 2, outcome: 'sent', flags: [{ ...flag, text: '你真是个傻逼' }], pauseShown: false, modelFired: false } }],
    ['an unknown category', { type: 'recordDraftOutcome', payload: { startedAt: 1, endedAt: 2, outcome: 'sent', flags: [{ ...flag, category: 'spam' }], pauseShown: false, modelFired: false } }],
    ['a severity out of range', { type: 'recordDraftOutcome', payload: { startedAt: 1, endedAt: 2, outcome: 'sent', flags: [{ ...flag, severity: 4 }], pauseShown: false, modelFired: false } }],
    ['a norm id that is prose', { type: 'recordDraftOutcome', payload: { startedAt: 1, endedAt: 2, outcome: 'sent', flags: [{ ...flag, normId: 'you are an idiot' }], pauseShown: false, modelFired: false } }],
    ['a host in the payload', { type: 'recordDraftOutcome', payload: { startedAt: 1, endedAt: 2, outcome: 'sent', flags: [flag], pauseShown: false, modelFired: false, host: 'bank.example' } }],
    ['delete-all with a payload', { type: 'deleteAllData', payload: { host: 'weibo.com' } }],
    ['a retention of 0 days', { type: 'setRetentionDays', payload: { days: 0 } }],
    ['a retention of over ten years', { type: 'setRetentionDays', payload: { days: 3651 } }],
    ['a retention of part of a day', { type: 'setRetentionDays', payload: { days: 1.5 } }],
    ['a retention as text', { type: 'setRetentionDays', payload: { days: '180' } }],
    ['too many flags', { type: 'recordDraftOutcome', payload: { startedAt: 1, endedAt: 2, outcome: 'sent', flags: Array.from({ length: 201 }, () => flag), pauseShown: false, modelFired: false } }],
  ])('rejects %s', (_name, message) => {
    expect(parseEnvelope(message)).toHaveProperty('error');
  });
});
