// Run before the Firefox tests: without Firefox they must fail loudly, never skip silently.
import { findFirefox, installHint } from './harness/firefox-path';

if (!findFirefox()) {
  console.error(installHint);
  process.exit(1);
}
