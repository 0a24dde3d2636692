import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// i18n first: the first render must already speak the stored language.
import './i18n/index.ts';
import './app/fonts.css';
import './app/styles.css';
import { App } from './app/app.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
