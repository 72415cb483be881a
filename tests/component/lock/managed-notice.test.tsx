import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/components/i18n';
import { ManagedNotice } from '@/components/lock/ManagedNotice';
import type { LockStatus } from '@/lib/core/lock';

const at = Date.parse('2026-11-30T12:00:00Z');
const status = (change: Partial<LockStatus>): LockStatus => ({ enabled: false, unlockedUntil: 0, retryAfterMs: 0, resetAt: null, tampered: false, ...change });

describe('the managed notice', () => {
  beforeEach(() => {
    useLocale.setState({ locale: 'en' });
  });

  it('says nothing without parent mode or a reset', () => {
    render(<ManagedNotice status={status({})} />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('keeps telling of a reset after parent mode is back on, beside who manages Sansi', () => {
    render(<ManagedNotice status={status({ enabled: true, resetAt: at })} />);
    const notes = screen.getAllByRole('note');
    expect(notes.map((note) => note.textContent)).toEqual([expect.stringContaining('Managed by a parent'), expect.stringContaining('was reset on')]);
    expect(notes[1]).toHaveTextContent(new Date(at).toLocaleDateString('en'));
  });

  it('calls a lock removed outside Sansi what it is', () => {
    render(<ManagedNotice status={status({ resetAt: at, tampered: true })} />);
    expect(screen.getByRole('note')).toHaveTextContent('removed outside Sansi');
  });

  it('speaks Chinese in a Chinese browser', () => {
    useLocale.setState({ locale: 'zh-CN' });
    render(<ManagedNotice status={status({ enabled: true, resetAt: at })} />);
    expect(screen.getAllByRole('note').map((note) => note.textContent)).toEqual([expect.stringContaining('由家长管理'), expect.stringContaining('被重置')]);
  });
});
