import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupView } from '@/components/PopupView';
import { useLocale } from '@/components/i18n';
import { storeFlags } from '@/lib/db/flags';
import { SansiDb } from '@/lib/db/schema';

describe('PopupView', () => {
  let db: SansiDb;
  beforeEach(() => {
    db = new SansiDb(`popup-${crypto.randomUUID()}`);
    useLocale.setState({ locale: 'en' });
  });
  afterEach(async () => {
    await db.delete();
  });

  it('says nothing is flagged yet on a fresh install', async () => {
    render(<PopupView db={db} optionsUrl="options.html" />);
    expect(await screen.findByText(/Nothing flagged yet/)).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Words flagged in your drafts' })).toHaveTextContent('0');
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', 'options.html');
  });

  it('updates the count live while open', async () => {
    render(<PopupView db={db} optionsUrl="options.html" />);
    const count = await screen.findByRole('status', { name: 'Words flagged in your drafts' });
    await screen.findByText('0');
    await act(() => storeFlags(db, 'weibo.com', [{ normId: 'zh.shabi', category: 'insult', severity: 2 }]));
    await screen.findByText('1');
    expect(count).toHaveTextContent('1');
    expect(screen.queryByText(/Nothing flagged yet/)).not.toBeInTheDocument();
  });

  it('speaks Chinese when the browser does', async () => {
    useLocale.setState({ locale: 'zh-CN' });
    render(<PopupView db={db} optionsUrl="options.html" />);
    expect(await screen.findByRole('status', { name: '草稿中被标记的词语' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '设置' })).toBeInTheDocument();
  });
});
