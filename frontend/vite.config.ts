/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Where the Quarkus API listens; the dev server and `vite preview` proxy to it so the SPA
// and the API share one origin (no CORS, relative URLs everywhere). /webhooks too, so the webhook
// URL the channels page shows (this origin + /webhooks/whatsapp) reaches the API.
const apiUrl = process.env.INBOX_API_URL ?? 'http://127.0.0.1:8080';

const proxy = {
  '/api': { target: apiUrl, changeOrigin: true },
  '/q': { target: apiUrl, changeOrigin: true },
  '/webhooks': { target: apiUrl, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // The budget that matters is gzipped initial JS (< 250 KB; about 160 KB today), not Rollup's
  // 500 KB minified default.
  build: { chunkSizeWarningLimit: 700 },
  server: { proxy },
  preview: { proxy },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['node_modules', 'dist', 'e2e'],
    restoreMocks: true,
    // Above Testing Library's asyncUtilTimeout (15 s, setup-tests.ts), so a slow wait reports
    // what it waited for instead of a bare test timeout.
    testTimeout: 30_000,
  },
});
