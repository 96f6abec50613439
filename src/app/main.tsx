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
import { askOtherTabs, startBrowserSession } from '../session/browser-session';
import { CALLBACK_PATH } from '../session/oauth/callback-path';
import { toAppPath } from '../router/base-path';

// How long a tab without a sign-in waits for another tab to offer one (they answer within
// milliseconds; only a browser with no other signed-in tab waits this long).
const ASK_OTHER_TABS_MS = 400;

// Before the first render, so a chosen dark theme does not flash light.
applyTheme(readTheme(), false);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const pathname = toAppPath(window.location.pathname);
startBrowserSession();
const signIn = getLogin() !== null || pathname === CALLBACK_PATH ? Promise.resolve(getLogin()) : askOtherTabs(ASK_OTHER_TABS_MS);
// A failed chunk load still renders: the page's error boundary then says what went wrong.
void signIn
  .then((login) => preloadFirstScreen(pathname, login !== null))
  .catch(() => undefined)
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
