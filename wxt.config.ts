import { defineConfig } from 'wxt';
import { PAGE_SCRIPT_FILE } from './lib/drafts/page-entry';
import { contentScriptMatches } from './lib/sites/matches';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Several builds side by side (parallel test runs on one machine) each get their own folder.
  outDir: process.env.SANSI_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  manifest: {
    // In the browser's language, from public/_locales (en, zh_CN); English elsewhere.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: a version counter in storage.local tells open tabs that their norms changed,
    // which survives service-worker restarts (a port would not). IndexedDB needs no permission.
    // activeTab: the popup's "Sansi on this site" switch reads the current tab's host; it is
    // granted only when the user clicks the toolbar button, and asks nothing at install.
    permissions: ['storage', 'activeTab'],
    // One keyboard shortcut: Sansi on or off for the current site, handled in the background
    // (lib/background/ui-events.ts) and shown in the popup. Pressing it grants activeTab too.
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggleSite__',
      },
    },
    // The content script matched pages load is only a loader: it imports the rest of Sansi
    // when someone starts writing (lib/drafts/page-entry.ts). Only those pages may load it, and
    // through a URL that changes every session, so a site cannot probe for it to tell who has
    // Sansi installed.
    web_accessible_resources: [{ resources: [PAGE_SCRIPT_FILE.slice(1)], matches: contentScriptMatches, use_dynamic_url: true }],
    browser_specific_settings: {
      gecko: {
        id: 'sansi@sansi.invalid',
        // Firefox's built-in data consent: Sansi collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  hooks: {
    // WXT titles the toolbar button with the popup page's <title>; the button's tooltip follows
    // the browser's language like the name does.
    'build:manifestGenerated'(_wxt, manifest) {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
  },
  zip: {
    // `npm run zip`: sansi-<version>-chrome.zip (Chrome and Edge), sansi-<version>-firefox.zip,
    // and sansi-<version>-sources.zip, which Firefox's reviewers rebuild the add-on from
    // (README, "Build from the sources archive"). Node modules, dotfiles (.output, .wxt, .git,
    // .ci) and test files are left out by WXT; the tests folder is not needed to build.
    excludeSources: ['tests/**', 'vitest.config.ts'],
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
