import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

/** Fixture sources: one entry script per page, in a folder per kind (editors, sites, fields). */
export const fixtureSourceDir = resolve('tests/e2e/fixtures');
/** Built pages, served by the e2e tests. Gitignored. */
export const fixtureDistDir = resolve('tests/e2e/.fixtures-dist');

const ENTRY = /^[^_].*\.tsx?$/;

function entries(): string[] {
  const found: string[] = [];
  for (const kind of readdirSync(fixtureSourceDir, { withFileTypes: true })) {
    if (!kind.isDirectory()) continue;
    for (const file of readdirSync(join(fixtureSourceDir, kind.name))) {
      if (ENTRY.test(file)) found.push(join(fixtureSourceDir, kind.name, file));
    }
  }
  return found.sort();
}

// A fingerprint of every fixture source and the installed editor versions, so each test file
// (vitest runs them in separate workers) rebuilds only when something changed.
function fingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else hash.update(path).update(String(statSync(path).mtimeMs));
    }
  };
  walk(fixtureSourceDir);
  hash.update(readFileSync(resolve('package-lock.json')));
  hash.update(readFileSync(new URL(import.meta.url)));
  return hash.digest('hex');
}

function pageHtml(title: string, script: string, css: string | undefined): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    ${css ? `<link rel="stylesheet" href="./${css}" />` : ''}
  </head>
  <body>
    <script type="module" src="./${script}"></script>
  </body>
</html>
`;
}

/**
 * Bundles every fixture page with the real editor libraries from node_modules (esbuild: a few
 * seconds for all of them) into `fixtureDistDir`, next to an HTML page of the same name.
 * Skips the work when nothing changed since the last build.
 */
export async function buildFixtures(): Promise<string> {
  const stamp = join(fixtureDistDir, '.stamp');
  const print = fingerprint();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === print) return fixtureDistDir;
  rmSync(fixtureDistDir, { recursive: true, force: true });
  mkdirSync(fixtureDistDir, { recursive: true });
  const points = entries();
  await build({
    entryPoints: points,
    outdir: fixtureDistDir,
    outbase: fixtureSourceDir,
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    jsx: 'automatic',
    minify: false,
    sourcemap: false,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.svg': 'text' },
  });
  for (const point of points) {
    const rel = relative(fixtureSourceDir, point);
    const name = basename(rel, extname(rel));
    const outDir = join(fixtureDistDir, dirname(rel));
    const css = existsSync(join(outDir, `${name}.css`)) ? `${name}.css` : undefined;
    writeFileSync(join(outDir, `${name}.html`), pageHtml(`${dirname(rel)}/${name}`, `${name}.js`, css));
  }
  writeFileSync(stamp, print);
  return fixtureDistDir;
}
