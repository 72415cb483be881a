import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsView } from '@/components/OptionsView';
import { OptionsDepsProvider } from '@/components/options/deps';
import { db } from '@/lib/db/instance';
import { sendMessage } from '@/lib/messaging/send';
import '@/components/theme.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsDepsProvider deps={{ db, send: sendMessage }}>
      <OptionsView />
    </OptionsDepsProvider>
  </StrictMode>,
);
