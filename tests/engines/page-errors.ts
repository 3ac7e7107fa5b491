/**
 * A page's own record of its uncaught errors, for WebKit: WebDriver classic reports
 * none and runs no script before the page's own. Each document gets the listeners
 * when the tests first query it (with Testing Library, webkit.ts); they keep uncaught
 * errors and rejections in sessionStorage, which outlives the tab's navigations,
 * until takeErrors reads them. An error thrown before that first query goes unseen;
 * one that breaks the page fails the query anyway.
 */
const ERRORS_KEY = 'engine-tests.errors';
export const listenForErrors = `(() => {
  if (window.__engineTestsListen) return;
  window.__engineTestsListen = true;
  const keep = (what) => {
    const kept = JSON.parse(sessionStorage.getItem('${ERRORS_KEY}') ?? '[]');
    kept.push(String(what));
    sessionStorage.setItem('${ERRORS_KEY}', JSON.stringify(kept));
  };
  addEventListener('error', (event) => keep(event.error ?? event.message));
  addEventListener('unhandledrejection', (event) => keep(event.reason));
})()`;

/** In the page: the errors kept so far (JSON, or null), forgotten once read. */
export const takeKeptErrors = `const kept = sessionStorage.getItem('${ERRORS_KEY}');
sessionStorage.removeItem('${ERRORS_KEY}');
return kept;`;
