// First: no schema may be built before zod is told not to probe `new Function` (CSP).
import './lib/zod-csp.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// i18n first: the first render must already speak the stored language.
import { i18nReady } from './i18n/index.ts';
import './app/fonts.css';
import './app/styles.css';
import { App } from './app/app.tsx';
import { queryClient } from './app/query-client.ts';
import { startSessionCheck } from './lib/session.ts';

// Asked at once, while the catalogue and the app load (lib/session.ts).
startSessionCheck(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// At once in Vietnamese; after the English catalogue for those who chose English.
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
