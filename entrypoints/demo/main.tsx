import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DemoView } from '@/components/demo/DemoView';
import { localeReady } from '@/components/i18n';
import '@/components/theme.css';
import '@/components/demo/demo.css';

// First paint in the language the user chose (a few milliseconds of storage.local).
void localeReady.then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <DemoView />
    </StrictMode>,
  );
});
