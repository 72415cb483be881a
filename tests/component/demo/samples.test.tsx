import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/components/i18n';
import { SamplePicker } from '@/components/demo/SamplePicker';
import { freshDemo } from './reset';

function renderPicker(): void {
  render(<SamplePicker textareaRef={createRef<HTMLTextAreaElement>()} />);
}

const samples = () => within(screen.getByRole('region', { name: 'Sample drafts' })).getAllByRole('button');

describe('the demo’s sample drafts', () => {
  beforeEach(freshDemo);

  it('shows drafts in both languages whatever the interface language', () => {
    renderPicker();
    expect(screen.getByRole('button', { name: /楼主真是个傻\*逼/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /f\.u\.c\.k this referee/ })).toBeInTheDocument();
  });

  it('filters them by language', async () => {
    const user = userEvent.setup();
    renderPicker();
    const all = samples().length;
    await user.click(screen.getByRole('radio', { name: 'Chinese' }));
    expect(samples().length).toBe(all / 2);
    expect(screen.queryByRole('button', { name: /f\.u\.c\.k this referee/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.queryByRole('button', { name: /楼主真是个傻\*逼/ })).toBeNull();
    expect(screen.getByRole('button', { name: /f\.u\.c\.k this referee/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Both languages' }));
    expect(samples().length).toBe(all);
  });

  it('shows each flagged sample’s rewrite in the sample’s own language, and none for a clean one', () => {
    renderPicker();
    const item = (name: RegExp) => screen.getByRole('button', { name }).closest('li')!;
    expect(item(/楼主真是个傻\*逼/)).toHaveTextContent('Kinder: “楼主说得不太对”');
    expect(item(/f\.u\.c\.k this referee/)).toHaveTextContent("Kinder: “I'm fed up with this referee”");
    expect(item(/Scunthorpe/)).not.toHaveTextContent('Kinder');
  });

  it('labels in the interface language, rewrites in the draft’s', () => {
    useLocale.setState({ locale: 'zh-CN' });
    renderPicker();
    const item = screen.getByRole('button', { name: /you are such a l0ser/ }).closest('li')!;
    expect(item).toHaveTextContent("更友善：“I think you're wrong about this”");
  });
});
