import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The sandbox server serves the built console; in `npm run dev` Vite proxies the API to it.
// Asset URLs are relative (base './') and resolve against index.html's <base href="/">, which a
// Stalwart server rewrites to the prefix it hosts the bundle under (`npm run package`).
const sandbox = process.env.SANDBOX_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: false, target: 'es2022', manifest: true },
  server: {
    proxy: {
      '/jmap': sandbox,
      '/api': sandbox,
      '/.well-known': sandbox,
      '/auth': sandbox,
      '/login': sandbox,
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'contract/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    // Suites start sandboxes (demo accounts hash their secrets with scrypt): generous on a busy machine.
    hookTimeout: 60000,
  },
});
