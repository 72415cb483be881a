import { activeHost } from '@/components/popup/active-site';
import { download } from '@/components/popup/download';
import { mountPopup } from '@/components/popup/mount';
import { siteShortcut } from '@/components/site-shortcut';
import { db } from '@/lib/db/instance';
import { systemClock } from '@/lib/db/rollups';
import { sendMessage } from '@/lib/messaging/send';
import '@/components/theme.css';
import '@/components/popup/popup.css';

void mountPopup(document.getElementById('root')!, {
  db,
  send: sendMessage,
  activeHost: () => activeHost(),
  optionsUrl: browser.runtime.getURL('/options.html'),
  demoUrl: browser.runtime.getURL('/demo.html'),
  clock: systemClock,
  download,
  shortcut: siteShortcut,
});
