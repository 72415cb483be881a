import { browser } from 'wxt/browser';
import { SITE_COMMAND } from '@/lib/background/ui-events';

/** The keys the browser gives Sansi's site switch now: the user may have changed or cleared them. */
export async function siteShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name === SITE_COMMAND)?.shortcut ?? '';
}
