import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/components/i18n';
import { OptionsDepsProvider } from '@/components/options/deps';
import { NudgeSection } from '@/components/options/NudgeSection';
import { resetOptionsStore } from '@/components/options/store';
import { getShowUntargeted } from '@/lib/db/settings';
import type { SansiDb } from '@/lib/db/schema';
import { pageSender } from '../../support/background';
import { freshDb } from '../../support/db';

// The options page's switch for swearing aimed at no one, through the real background handlers.
describe('the "swearing aimed at no one" switch', () => {
  let db: SansiDb;

  beforeEach(() => {
    db = freshDb('options-untargeted');
    useLocale.setState({ locale: 'en' });
    resetOptionsStore();
  });
  afterEach(async () => {
    await db.delete();
  });

  const renderSection = () => {
    const { send, deps } = pageSender(db);
    render(
      <OptionsDepsProvider deps={{ db, send }}>
        <NudgeSection />
      </OptionsDepsProvider>,
    );
    return deps;
  };

  it('is off by default, explains itself, and reaches every page’s config when switched', async () => {
    const user = userEvent.setup();
    const deps = renderSection();
    const toggle = await screen.findByRole('checkbox', { name: 'Also underline swearing aimed at no one' });
    await waitFor(() => expect(toggle).toBeEnabled());
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAccessibleDescription(/never pause a send/);
    expect((await deps.pageConfig('weibo.com')).showUntargeted).toBe(false);

    await user.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    expect(await getShowUntargeted(db)).toBe(true);
    expect((await deps.pageConfig('weibo.com')).showUntargeted).toBe(true);
    // Open tabs are told to fetch their config again.
    expect(deps.announce).toHaveBeenCalledTimes(1);

    await user.click(toggle);
    await waitFor(() => expect(toggle).not.toBeChecked());
    expect((await deps.pageConfig('weibo.com')).showUntargeted).toBe(false);
  });

  it('speaks Chinese', async () => {
    useLocale.setState({ locale: 'zh-CN' });
    renderSection();
    expect(await screen.findByRole('checkbox', { name: '也标出不针对任何人的脏话' })).toBeInTheDocument();
  });
});
