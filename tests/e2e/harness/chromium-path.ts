// Where the end-to-end tests find Chromium. Debian's package installs it at /usr/bin/chromium;
// CHROME_PATH overrides for other machines.
import { existsSync } from 'node:fs';

export const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((path): path is string => Boolean(path));

/** The first Chromium binary that exists, or undefined. */
export function findChromium(): string | undefined {
  return candidates.find((path) => existsSync(path));
}

export const installHint =
  'Chromium was not found (looked in: ' +
  candidates.join(', ') +
  ').\nThe end-to-end tests need it. On Debian or Ubuntu run:\n\n' +
  '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n\n' +
  'or set CHROME_PATH to a Chromium or Chrome binary.';
