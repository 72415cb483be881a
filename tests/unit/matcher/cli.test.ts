// npm run check, run as a child process the way the evaluation scripts run it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = join(process.cwd(), 'lib/cli/check.ts');

function check(args: string[], input: string) {
  const r = spawnSync(TSX, [CLI, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; flags: Array<Record<string, unknown>> }) };
}

const dir = mkdtempSync(join(tmpdir(), 'sansi-check-'));
const listPath = join(dir, 'list.json');
writeFileSync(
  listPath,
  JSON.stringify({
    format: 'sansi-norms',
    terms: [{ id: 'my.egg', pattern: '笨蛋', category: 'insult', severity: 1, variants: ['bendan'] }],
    allow: ['笨蛋糕'],
  }),
);

// Each case spawns tsx (about 1–3 s, more on a loaded machine).
describe('npm run check', { timeout: 30_000 }, () => {
  it('prints one JSON object per input line, with flags in original offsets', () => {
    const r = check(['--list', listPath], '你是笨 蛋\r\nthe bendan\n我爱吃笨蛋糕\n\n');
    expect(r.status).toBe(0);
    expect(r.lines).toEqual([
      { text: '你是笨 蛋', flags: [{ start: 2, end: 5, normId: 'my.egg', category: 'insult', severity: 1 }] },
      { text: 'the bendan', flags: [{ start: 4, end: 10, normId: 'my.egg', category: 'insult', severity: 1 }] },
      { text: '我爱吃笨蛋糕', flags: [] },
      { text: '', flags: [] },
    ]);
  });

  it('uses the default presets without options', () => {
    const r = check([], '你个傻*逼\nhave a nice day\n');
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(2);
    expect(r.lines[0]!.flags.length).toBeGreaterThan(0);
    expect(r.lines[0]!.flags[0]).toMatchObject({ start: 2, end: 5 });
    expect(r.lines[1]!.flags).toEqual([]);
  });

  it('exits non-zero with a readable message on an unknown preset', () => {
    const r = check(['--preset', 'no-such-preset'], 'x\n');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/unknown preset "no-such-preset"/);
  });

  it('reads the CSV and plain lists the options page imports', () => {
    const csv = join(dir, 'class.csv');
    writeFileSync(csv, 'term,category,severity,suggestion\n丑八怪,insult,2,换个说法\n');
    const plain = join(dir, 'class.txt');
    writeFileSync(plain, '# our words\nloser\n');
    const r = check(['--list', csv, '--list', plain], '你这个丑八怪\nwhat a loser\n');
    expect(r.status).toBe(0);
    expect(r.lines.map((line) => line.flags.length)).toEqual([1, 1]);
  });

  it('names the file and line of a problem in a CSV list', () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, '丑八怪,insult,2\n蠢,rude,2\n');
    const r = check(['--list', csv], 'x\n');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`${csv}:2: unknown category "rude"`);
  });

  it('exits non-zero with a readable message on a bad list file', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ terms: [{ id: 'x', pattern: 'y', category: 'rude', severity: 1 }] }));
    const r = check(['--list', bad], 'x\n');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/terms\[0\]: unknown category "rude"/);
    const missing = check(['--list', join(dir, 'missing.json')], 'x\n');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/cannot read/);
  });
});
