import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsView } from '@/components/OptionsView';
import type { NormsInput } from '@/lib/matcher/types';
import { sendMessage } from '@/lib/messaging/send';
import '@/components/theme.css';

function OptionsPage() {
  const [norms, setNorms] = useState<NormsInput>();
  useEffect(() => {
    void sendMessage('getPageConfig', {}).then((active) => setNorms(active.norms));
  }, []);
  return <OptionsView norms={norms} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsPage />
  </StrictMode>,
);
