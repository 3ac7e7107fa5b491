import '@testing-library/jest-dom/vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
// eslint-disable-next-line testing-library/no-manual-cleanup -- see above
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';

import { resetInMovementMocks } from '#mocks/in-movement-session.ts';
import { server } from '#mocks/node.ts';
import { setApiTimeoutForTests } from '#src/lib/api-client.ts';
import { resetBootDataForTests } from '#src/lib/boot-data.ts';
import { loadEnglishMessages } from '#src/lib/english-messages.ts';
import { resetMessagesForTests, setCoreMessagesLoader } from '#src/lib/i18n.tsx';
import { en } from '#src/lib/messages-en.ts';
import { resetPathForTests } from '#src/lib/visitor-path.ts';

// Both languages' core strings at hand from the first test on (the browser fetches
// English when it needs it, decision 041).
resetMessagesForTests(en);
setCoreMessagesLoader('en', loadEnglishMessages);

// The first test of a file also pays for lazy-loading the viewer's code.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
  setApiTimeoutForTests();
  if (typeof window !== 'undefined') {
    window.localStorage.clear();
    window.sessionStorage.clear();
    // The path store caches what it read; the next test reads storage afresh.
    resetPathForTests();
    resetBootDataForTests();
    // Each test's areas load their strings anew, as a first visit does.
    resetMessagesForTests(en);
  }
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  // In Movement's mocked writes and test sign-ins last for one test.
  resetInMovementMocks();
});
afterAll(() => server.close());

// A stray console.error (React warnings, failed prop types, act() misuse) fails the test.
let consoleErrors: unknown[][] = [];
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});
afterEach(() => {
  const errors = consoleErrors;
  consoleErrors = [];
  if (errors.length > 0) {
    throw new Error(
      `console.error was called:\n${errors.map((a) => a.map(String).join(' ')).join('\n')}`,
    );
  }
});

if (typeof window !== 'undefined') {
  // jsdom lacks these; the app feature-detects them, tests get inert versions.
  window.scrollTo = () => {};
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  // Component tests run with reduced motion: transitions complete at once, so tests
  // assert end states; the animated paths are covered by the browser tests.
  window.matchMedia ??= (query: string) =>
    ({
      // framer-motion asks for "(prefers-reduced-motion)", CSS for "…: reduce".
      matches: /prefers-reduced-motion(: reduce)?\)/.test(query),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  globalThis.IntersectionObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
    root = null;
    rootMargin = '';
    thresholds = [];
  } as unknown as typeof IntersectionObserver;
}
