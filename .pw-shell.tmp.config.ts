import base from './playwright.config';
import { defineConfig } from '@playwright/test';
export default defineConfig({
  ...base,
  outputDir: '/tmp/pw-shell-out',
  use: { ...base.use, baseURL: 'http://127.0.0.1:5690' },
  webServer: [{
    command: `node --import tsx -e "import('./server/sandbox.ts').then(m=>m.startSandbox({port:5690,host:'127.0.0.1',memory:true,seed:1,distDir:'/tmp/pm-dist'}))"`,
    url: 'http://127.0.0.1:5690/login', reuseExistingServer: false, timeout: 60000,
  }],
});
