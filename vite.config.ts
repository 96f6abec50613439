import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The sandbox server serves the built console; in `npm run dev` Vite proxies the API to it.
const sandbox = process.env.SANDBOX_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: false, target: 'es2022', manifest: true },
  server: {
    proxy: {
      '/jmap': sandbox,
      '/api': sandbox,
      '/.well-known': sandbox,
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'contract/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
