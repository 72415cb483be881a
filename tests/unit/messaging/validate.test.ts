import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '@/lib/messaging/validate';

const flag = { normId: 'zh.shabi', category: 'insult', severity: 2 };

describe('parseEnvelope', () => {
  it.each([
    ['getActiveNorms', {}],
    ['recordFlags', { flags: [flag] }],
    ['recordFlags', { flags: [] }],
  ])('accepts a well-formed %s', (type, payload) => {
    expect(parseEnvelope({ type, payload })).toEqual({ envelope: { type, payload } });
  });

  it.each([
    ['not an object', 'recordFlags'],
    ['no type', { payload: {} }],
    ['an unknown type', { type: 'dropTables', payload: {} }],
    ['a missing payload', { type: 'getActiveNorms' }],
    ['extra payload keys', { type: 'getActiveNorms', payload: { x: 1 } }],
    ['draft text smuggled into a flag', { type: 'recordFlags', payload: { flags: [{ ...flag, text: '你真是个傻逼' }] } }],
    ['an unknown category', { type: 'recordFlags', payload: { flags: [{ ...flag, category: 'spam' }] } }],
    ['a severity out of range', { type: 'recordFlags', payload: { flags: [{ ...flag, severity: 4 }] } }],
    ['a norm id that is prose', { type: 'recordFlags', payload: { flags: [{ ...flag, normId: 'you are an idiot' }] } }],
    ['a host in the payload', { type: 'recordFlags', payload: { flags: [flag], host: 'bank.example' } }],
    ['too many flags', { type: 'recordFlags', payload: { flags: Array.from({ length: 201 }, () => flag) } }],
  ])('rejects %s', (_name, message) => {
    expect(parseEnvelope(message)).toHaveProperty('error');
  });
});
