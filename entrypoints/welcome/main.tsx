import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localeReady } from '@/components/i18n';
import { WelcomeView } from '@/components/welcome/WelcomeView';
import { siteShortcut } from '@/components/site-shortcut';
import '@/components/theme.css';
import '@/components/welcome/welcome.css';

// The page the background opens once, on install (lib/background/ui-events.ts).
void localeReady.then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <WelcomeView demoUrl={browser.runtime.getURL('/demo.html')} optionsUrl={browser.runtime.getURL('/options.html')} shortcut={siteShortcut} />
    </StrictMode>,
  );
});
