import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetRestoreForTests } from '@/features/auth/lib/restore';
import { i18n } from '@/i18n';
import { resetLiveStreamForTests } from '@/lib/live/connection';
import { dismissSessionEnded } from '@/lib/session';

// findBy*/waitFor wait for what the page shows, not for a clock: on a loaded machine (2 shared
// cores) the default 1 s gives up while the answer is still rendering. A real failure still
// fails, only later.
configure({ asyncUtilTimeout: 15_000 });

// Browsers resolve a relative Request URL against the page; Node's Request (used under jsdom)
// throws instead. The API client uses baseUrl '' (same origin), so resolve like a browser would.
const NodeRequest = globalThis.Request;
globalThis.Request = class extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, window.location.href).href : input, init);
  }
};

beforeEach(async () => {
  window.localStorage.clear();
  // Every render starts as a fresh page load (one session restore attempt).
  resetRestoreForTests();
  dismissSessionEnded();
  // One page, one stream: none carries over from the test before; reconnects come quickly.
  resetLiveStreamForTests({ backoff: () => 20 });
  // i18n is a module singleton: every test starts in the default language.
  await i18n.changeLanguage('id');
  window.localStorage.clear();
});

afterEach(() => {
  cleanup();
});
