import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupView } from '@/components/PopupView';
import { db } from '@/lib/db/instance';
import '@/components/theme.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupView db={db} optionsUrl={browser.runtime.getURL('/options.html')} />
  </StrictMode>,
);
