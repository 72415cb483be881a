import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DemoView } from '@/components/demo/DemoView';
import '@/components/theme.css';
import '@/components/demo/demo.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DemoView />
  </StrictMode>,
);
