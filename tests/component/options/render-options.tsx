import { render } from '@testing-library/react';
import { OptionsView } from '@/components/OptionsView';
import { OptionsDepsProvider } from '@/components/options/deps';
import type { SansiDb } from '@/lib/db/schema';
import { pageSender } from '../../support/background';

/** Renders the options page over `db`, its messages going through the real background handlers. */
export function renderOptions(db: SansiDb, background = pageSender(db)) {
  const view = render(
    <OptionsDepsProvider deps={{ db, send: background.send }}>
      <OptionsView />
    </OptionsDepsProvider>,
  );
  return { ...view, background };
}
