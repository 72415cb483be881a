import type { Readable } from 'node:stream';

/**
 * Reads what Firefox prints on its standard output and error, for what nothing else reports:
 * the background page's errors. Firefox prints every uncaught error and unhandled rejection of
 * any script ("JavaScript error: <url>, line <n>: …"), and with `devtools.console.stdout.content`
 * every console call of pages and extensions ("console.error: …"). Kept: errors from the
 * extension's scripts (its moz-extension:// origin), and console errors and warnings that Sansi
 * logged (its messages start with "Sansi").
 */
export function watchFirefoxLog(streams: (Readable | null | undefined)[], origin: string, report: (line: string) => void): void {
  for (const stream of streams) {
    if (!stream) continue;
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const scriptError = line.startsWith('JavaScript error: ') && line.includes(origin);
        const logged = /^console\.(error|warn): /.test(line) && (line.includes('Sansi') || line.includes(origin));
        if (scriptError || logged) report(line.trim());
      }
    });
  }
}
