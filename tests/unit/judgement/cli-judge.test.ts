// `npm run check -- --judge`, run as a child process: one judgement per input line, the same
// `judge` the extension calls, with default settings.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = join(process.cwd(), 'lib/cli/check.ts');

describe('npm run check -- --judge', { timeout: 60_000 }, () => {
  it('prints text, nudge, flags with aimed, and the model’s opinion for each line', () => {
    const r = spawnSync(TSX, [CLI, '--judge'], { input: '你是傻逼\nthis update is stupid\n\nI know where you live\n', encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => Object.keys(l))).toEqual(Array(4).fill(['text', 'nudge', 'flags', 'model']));
    expect(lines[0]).toMatchObject({ text: '你是傻逼', nudge: 'pause', flags: [{ start: 2, end: 4, normId: 'zh.shabi', category: 'insult', severity: 2, aimed: true }] });
    expect(lines[1]).toMatchObject({ text: 'this update is stupid', nudge: 'none', flags: [], model: { flagged: false } });
    expect(lines[2]).toEqual({ text: '', nudge: 'none', flags: [], model: { flagged: false, probability: 0 } });
    expect(lines[3]).toMatchObject({ nudge: 'pause', flags: [{ start: 0, end: 21, category: 'doxxing', severity: 3, aimed: true }] });
    expect(typeof (lines[3]!.model as { probability: unknown }).probability).toBe('number');
  });
});
