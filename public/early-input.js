/*
 * Taps on a server-drawn page's buttons before the app runs (decision 029, addendum):
 * the first screen is on screen seconds before its scripts run on a slow connection,
 * and a button drawn by the server does nothing until the app has taken it over (a
 * story's close button, the language switch). Links need nothing: they navigate
 * natively. Loaded `async` by server-drawn pages only (a plain file: no inline script
 * under the CSP, and nothing to wait for from the app's bundle).
 *
 * Until the app says it runs (src/app/app.tsx: the `data-app-running` attribute on
 * <html> and the `parcours:app-running` event, sent once the first screen is the
 * app's), a trusted click on a button in #root is held (default and propagation
 * stopped). Then each held button still in the page is clicked again; one the app
 * replaced or removed meanwhile is dropped. React itself replays what lands on parts
 * it is still hydrating after that.
 */
(() => {
  const root = document.documentElement;
  if (root.hasAttribute('data-app-running')) return;
  const held = [];
  const hold = (event) => {
    if (!event.isTrusted || !(event.target instanceof Element)) return;
    const button = event.target.closest('button');
    if (!button || !button.closest('#root')) return;
    event.preventDefault();
    event.stopPropagation();
    if (!held.includes(button)) held.push(button);
  };
  document.addEventListener('click', hold, true);
  document.addEventListener(
    'parcours:app-running',
    () => {
      document.removeEventListener('click', hold, true);
      for (const button of held) if (button.isConnected) button.click();
      held.length = 0;
    },
    { once: true },
  );
})();
