import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/components/i18n';
import { OptionsDepsProvider } from '@/components/options/deps';
import { NudgeSection } from '@/components/options/NudgeSection';
import { resetOptionsStore } from '@/components/options/store';
import { getSmartDetection } from '@/lib/db/settings';
import type { SansiDb } from '@/lib/db/schema';
import { pageSender } from '../../support/background';
import { freshDb } from '../../support/db';

// Issue 9: the options page's switch for smart detection, through the real background handlers.
describe('smart detection switch', () => {
  let db: SansiDb;

  beforeEach(() => {
    db = freshDb('options-smart');
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

  it('is on by default, explains itself, and switches off and on again for every page', async () => {
    const user = userEvent.setup();
    const deps = renderSection();
    const toggle = await screen.findByRole('checkbox', { name: 'Smart detection' });
    await waitFor(() => expect(toggle).toBeChecked());
    expect(toggle).toHaveAccessibleDescription(/never holds a send, and nothing leaves this device/);

    await user.click(toggle);
    await waitFor(() => expect(toggle).not.toBeChecked());
    expect(await getSmartDetection(db)).toBe(false);
    expect((await deps.pageConfig('weibo.com')).smartDetection).toBe(false);
    // Open tabs are told to fetch their config again.
    expect(deps.announce).toHaveBeenCalledTimes(1);

    await user.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    expect((await deps.pageConfig('weibo.com')).smartDetection).toBe(true);
  });

  it('speaks Chinese', async () => {
    useLocale.setState({ locale: 'zh-CN' });
    renderSection();
    expect(await screen.findByRole('checkbox', { name: '智能识别' })).toBeInTheDocument();
  });
});
