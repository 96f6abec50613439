import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/theme.css';
import '../styles/base.css';
import '../styles/components.css';
import '../styles/layout.css';
import { applyTheme, readTheme } from '../ui/theme';
import { App } from './app';

// Before the first render, so a chosen dark theme does not flash light.
applyTheme(readTheme(), false);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
