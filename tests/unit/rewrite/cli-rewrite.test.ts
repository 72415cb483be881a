// `npm run check -- --judge --rewrite`, run as a child process: each line's judgement plus the
// draft as it reads after Replace, in the draft's own language.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = join(process.cwd(), 'lib/cli/check.ts');

function check(args: string[], input: string): Record<string, unknown>[] {
  const r = spawnSync(TSX, [CLI, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('npm run check -- --rewrite', { timeout: 60_000 }, () => {
  it('adds the rewritten draft to each judgement, null when there is nothing to replace', () => {
    const lines = check(['--judge', '--rewrite'], 'You are such an id1ot\n你这个傻*逼\nwhat a lovely day\n');
    expect(lines.map((line) => Object.keys(line))).toEqual(Array(3).fill(['text', 'nudge', 'flags', 'model', 'rewrite']));
    expect(lines.map((line) => line.rewrite)).toEqual(["I think you're wrong about this", '我不太认同你', null]);
  });

  it('rewrites the matcher’s flags without --judge, and uses a class list’s own phrase rewrites', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sansi-rewrite-'));
    const list = {
      format: 'sansi-norms',
      version: 1,
      id: 'class',
      name: 'Class',
      languages: ['en'],
      terms: [{ id: 'c.ninny', pattern: 'ninnyhammer', category: 'insult', severity: 1, suggestion: { en: 'I see it differently' } }],
      allow: [],
      rewrites: { insult: [{ lang: 'en', phrase: 'what a {term}', instead: ['I disagree', 'I see it another way'] }] },
    };
    writeFileSync(join(dir, 'class.json'), JSON.stringify(list));
    const lines = check(['--rewrite', '--list', join(dir, 'class.json')], 'what a ninnyhammer, honestly\nninnyhammer\n');
    expect(lines.map((line) => line.rewrite)).toEqual(['I disagree, honestly', 'I see it differently']);
  });
});
