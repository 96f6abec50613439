import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/theme.css';
import '../styles/base.css';
import '../styles/components.css';
import '../styles/layout.css';
import { applyTheme, readTheme } from '../ui/theme';
import { App, preloadFirstScreen } from './app';
import { getLogin } from '../session/login-store';

// Before the first render, so a chosen dark theme does not flash light.
applyTheme(readTheme(), false);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// A failed chunk load still renders: the page's error boundary then says what went wrong.
void preloadFirstScreen(window.location.pathname, getLogin() !== null)
  .catch(() => undefined)
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
