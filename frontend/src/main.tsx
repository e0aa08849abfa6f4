import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/tokens.css';
import './styles/global.css';
import './i18n';
import { App } from './app';

// A session stored by an earlier visit whose token has run out is not dropped here: the first
// render tries the refresh cookie once (features/auth/lib/restore.ts).

const root = document.getElementById('root');
if (!root) throw new Error('#root element missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
