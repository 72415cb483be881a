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

describe('npm run check', () => {
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

  it('exits non-zero with a readable message on a bad list file', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ terms: [{ id: 'x', pattern: 'y', category: 'rude', severity: 1 }] }));
    const r = check(['--list', bad], 'x\n');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/terms\[0\] \(x\): "category" must be one of/);
    const missing = check(['--list', join(dir, 'missing.json')], 'x\n');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/cannot read/);
  });
});
