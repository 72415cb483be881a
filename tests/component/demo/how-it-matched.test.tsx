import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '@/components/i18n';
import { HowItMatched } from '@/components/demo/HowItMatched';
import { useDemoStore } from '@/components/demo/store';
import { freshDemo } from './reset';

describe('how it matched', () => {
  beforeEach(freshDemo);

  it('offers the kinder phrases in the draft’s language, with the labels in the interface’s', () => {
    useLocale.setState({ locale: 'zh-CN' });
    useDemoStore.setState({ draft: 'You are such an id1ot' });
    render(<HowItMatched />);
    const panel = screen.getByRole('region', { name: '是怎么匹配的' });
    expect(panel).toHaveTextContent("可以换成：“I think you're wrong about this” · “I see it differently” · “I don't agree with you”");
    expect(panel).toHaveTextContent("整条草稿换个说法：“I think you're wrong about this”");
  });

  it('rewrites a Chinese draft in Chinese for an English interface', () => {
    useDemoStore.setState({ draft: '卧槽，你这个傻*逼' });
    render(<HowItMatched />);
    expect(screen.getByRole('region', { name: 'How it matched' })).toHaveTextContent('The whole draft, kinder: “天哪，我不太认同你”');
  });

  it('says so when nothing matches, and offers no rewrite', () => {
    useDemoStore.setState({ draft: 'the class in Scunthorpe was great' });
    render(<HowItMatched />);
    const panel = screen.getByRole('region', { name: 'How it matched' });
    expect(panel).toHaveTextContent('Nothing in this draft matches the list.');
    expect(panel).not.toHaveTextContent('The whole draft, kinder');
  });
});
