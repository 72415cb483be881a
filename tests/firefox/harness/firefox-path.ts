// Where the Firefox tests find Firefox. Debian's firefox-esr package installs it at
// /usr/bin/firefox-esr; FIREFOX_PATH overrides for other machines.
import { existsSync } from 'node:fs';

export const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((path): path is string => Boolean(path));

/** The first Firefox binary that exists, or undefined. */
export function findFirefox(): string | undefined {
  return candidates.find((path) => existsSync(path));
}

export const installHint =
  'Firefox was not found (looked in: ' +
  candidates.join(', ') +
  ').\nThe Firefox end-to-end tests need it. On Debian run:\n\n' +
  '  sudo apt-get update && sudo apt-get install -y firefox-esr fonts-noto-cjk\n\n' +
  '(on Ubuntu, Firefox from Mozilla\'s own apt repository), or set FIREFOX_PATH to a Firefox binary.';
