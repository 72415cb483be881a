import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, readImportGraph, type ImportGraph } from '../support/import-graph';

const graph = readImportGraph(process.cwd(), ['lib', 'components', 'entrypoints']);

const inFolder = (folder: string) => (file: string) => file.startsWith(`${folder}/`);
const isApp = (file: string) => ['lib/', 'components/', 'entrypoints/'].some((folder) => file.startsWith(folder));

/** Imports from files in `folder` to app files that `allowed` does not accept. */
function importsOutside(folder: string, allowed: (target: string) => boolean): string[] {
  return [...graph]
    .filter(([file]) => inFolder(folder)(file))
    .flatMap(([file, targets]) => targets.filter((target) => isApp(target) && !allowed(target)).map((target) => `${file} → ${target}`));
}

describe('the import graph walker', () => {
  it('reads the app: relative and aliased imports, type imports and re-exports', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('entrypoints/background.ts')).toContain('lib/background/start.ts');
    expect(graph.get('lib/db/schema.ts')).toContain('lib/core/records.ts');
  });

  it('finds a loop of any length, and none in a tree', () => {
    const loop: ImportGraph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
    ]);
    expect(importCycles(loop)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(importCycles(new Map([['a.ts', ['b.ts', 'c.ts']], ['b.ts', ['c.ts']], ['c.ts', []]]))).toEqual([]);
  });
});

describe('the architecture', () => {
  it('has no import cycles', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('keeps the matcher and the model free of the app', () => {
    expect(importsOutside('lib/matcher', inFolder('lib/matcher'))).toEqual([]);
    // The model shares the matcher's character tables; both are DOM-free libraries of their own.
    expect(importsOutside('lib/model', (target) => inFolder('lib/model')(target) || inFolder('lib/matcher')(target))).toEqual([]);
  });

  it('keeps storage below messaging', () => {
    expect(importsOutside('lib/db', (target) => !inFolder('lib/messaging')(target))).toEqual([]);
  });

  it('keeps the domain types in core free of every other app folder but the norms format types', () => {
    const allowed = (target: string) => inFolder('lib/core')(target) || target === 'lib/matcher/types.ts' || target === 'lib/norms/format.ts';
    expect(importsOutside('lib/core', allowed)).toEqual([]);
  });
});

// The page layer is read by newcomers feature by feature: small files, small folders.
describe('the page layer’s layout', () => {
  const root = path.join(process.cwd(), 'lib', 'drafts');
  const folders = [root, ...readdirSync(root, { withFileTypes: true, recursive: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(entry.parentPath, entry.name))];

  it('has no file over 200 lines', () => {
    const long = folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.ts'))
        .map((name) => path.join(folder, name))
        .filter((file) => readFileSync(file, 'utf8').split('\n').length - 1 > 200)
        .map((file) => path.relative(process.cwd(), file)),
    );
    expect(long).toEqual([]);
  });

  it('has no folder of more than 10 files', () => {
    const crowded = folders.filter((folder) => readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile()).length > 10);
    expect(crowded.map((folder) => path.relative(process.cwd(), folder))).toEqual([]);
  });
});
