import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localeReady } from '@/components/i18n';
import { OptionsView } from '@/components/OptionsView';
import { OptionsDepsProvider } from '@/components/options/deps';
import { db } from '@/lib/db/instance';
import { sendMessage } from '@/lib/messaging/send';
import '@/components/theme.css';
import '@/components/options/options.css';

// First paint in the language the user chose (a few milliseconds of storage.local).
void localeReady.then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <OptionsDepsProvider deps={{ db, send: sendMessage }}>
        <OptionsView />
      </OptionsDepsProvider>
    </StrictMode>,
  );
});
