import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { OptionsView } from '@/components/OptionsView';
import { useLocale } from '@/components/i18n';
import { mergePresets } from '@/lib/norms/presets';

describe('OptionsView', () => {
  beforeEach(() => {
    useLocale.setState({ locale: 'en' });
  });

  it('lists the active terms with their category and severity', () => {
    render(<OptionsView norms={mergePresets(['starter'])} />);
    const row = screen.getByRole('row', { name: /傻逼/ });
    expect(row).toHaveTextContent('Insult');
    expect(row).toHaveTextContent('2');
  });

  it('switches the page to Chinese from the language menu', async () => {
    render(<OptionsView norms={mergePresets(['starter'])} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '简体中文');
    expect(screen.getByRole('heading', { name: '三思设置' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
  });
});
