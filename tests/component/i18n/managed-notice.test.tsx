import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/components/i18n';
import { ManagedNotice } from '@/components/lock/ManagedNotice';

const managed = { enabled: true, unlockedUntil: 0, retryAfterMs: 0, resetAt: null, tampered: false };

describe('the “managed by a parent” notice', () => {
  beforeEach(() => {
    useLocale.setState({ locale: 'en' });
  });

  it('runs its two Chinese sentences together, with no space after 。', () => {
    useLocale.setState({ locale: 'zh-CN' });
    render(<ManagedNotice status={managed} />);
    expect(screen.getByRole('note').textContent).toBe('由家长管理。家长能看到被标记草稿的数量、类别和网站——永远看不到你写了什么。');
  });

  it('puts a space between its English sentences', () => {
    render(<ManagedNotice status={managed} />);
    expect(screen.getByRole('note').textContent).toMatch(/^Managed by a parent\. They can see/);
  });
});
