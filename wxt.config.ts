import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Sansi 三思',
    description: 'Think twice before you post: flags hurtful wording in your own drafts, locally.',
    // storage: a version counter in storage.local tells open tabs that their norms changed,
    // which survives service-worker restarts (a port would not). IndexedDB needs no permission.
    // activeTab: the popup's "Sansi on this site" switch reads the current tab's host; it is
    // granted only when the user clicks the toolbar button, and asks nothing at install.
    permissions: ['storage', 'activeTab'],
    browser_specific_settings: {
      gecko: { id: 'sansi@sansi.invalid' },
    },
  },
  webExt: {
    // `npm run dev` opens a browser with the extension loaded; Debian's Chromium lives here.
    binaries: { chrome: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    chromiumArgs: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Chromium refuses to start as root with its sandbox on (containers, CI boxes).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  },
});
