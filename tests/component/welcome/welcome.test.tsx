import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/components/i18n';
import { WelcomeView } from '@/components/welcome/WelcomeView';

const page = (shortcut = async () => 'Alt+Shift+S') => (
  <WelcomeView demoUrl="chrome-extension://sansi-test-id/demo.html" optionsUrl="chrome-extension://sansi-test-id/options.html" shortcut={shortcut} />
);

describe('the welcome page', () => {
  beforeEach(() => {
    useLocale.setState({ locale: 'en' });
  });

  it('says what Sansi does and never does, and leads to the demo', async () => {
    render(page());
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Sansi' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What Sansi does' })).toHaveTextContent('Underlines wording that may hurt');
    expect(screen.getByRole('region', { name: 'What Sansi never does' })).toHaveTextContent('it makes no network requests at all');
    expect(screen.getByRole('link', { name: 'Open the demo' })).toHaveAttribute('href', 'chrome-extension://sansi-test-id/demo.html');
    expect(await screen.findByText('Alt+Shift+S switches Sansi on or off for the site you are on.')).toBeInTheDocument();
  });

  it('leaves the shortcut out when the user cleared it', async () => {
    render(page(async () => ''));
    await screen.findByRole('link', { name: 'Open the demo' });
    expect(screen.queryByText(/switches Sansi on or off/)).not.toBeInTheDocument();
  });

  it('speaks Chinese', async () => {
    useLocale.setState({ locale: 'zh-CN' });
    render(page());
    expect(screen.getByRole('heading', { level: 1, name: '欢迎使用三思' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '三思从不做什么' })).toHaveTextContent('它完全不联网');
    expect(screen.getByRole('link', { name: '打开演示' })).toBeInTheDocument();
    expect(await screen.findByText('按 Alt+Shift+S 可在当前网站上开启或关闭三思。')).toBeInTheDocument();
    expect(document.title).toBe('欢迎使用三思');
  });
});
