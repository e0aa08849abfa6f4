import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/tokens.css';
import './styles/global.css';
import './i18n';
import { App } from './app';
import { purgeStaleSession } from './lib/session';

// An expired or malformed session from an earlier visit must not count as signed in.
purgeStaleSession();

const root = document.getElementById('root');
if (!root) throw new Error('#root element missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
