/*
 * Taps on a server-drawn page's buttons before the app has taken them over
 * (decision 029, addendum): the first screen is on screen seconds before its scripts
 * run on a slow connection, and a button drawn by the server does nothing until React
 * has hydrated it (a story's close button, the language switch). Links need nothing:
 * they navigate natively. Loaded `async` by server-drawn pages only (a plain file: no
 * inline script under the CSP, and nothing to wait for from the app's bundle).
 *
 * A trusted click on a button in #root that React has not hydrated yet is held
 * (default and propagation stopped) and clicked again once React owns that very
 * element; an element React replaced or removed meanwhile is dropped. Hydrated means
 * React has put its props on the node (`__reactProps$…`, React 17 to 19: a private
 * detail, hence the bound below).
 *
 * Bounded by the app's own signal (src/app/app.tsx: `parcours:app-running`, sent in
 * its first effect): 3 s after it, whatever is still held is dropped and nothing is
 * held any more, so a React that named its key otherwise costs early taps, never the
 * page's buttons.
 */
(() => {
  const held = [];
  let timer = 0;
  let done = false;
  const hydrated = (element) => Object.keys(element).some((key) => key.startsWith('__reactProps$'));
  const replay = () => {
    timer = 0;
    for (let i = held.length - 1; i >= 0; i--) {
      if (!held[i].isConnected) held.splice(i, 1);
    }
    const ready = held.filter(hydrated);
    for (const element of ready) held.splice(held.indexOf(element), 1);
    for (const element of ready) element.click();
    if (held.length > 0 && !done) timer = setTimeout(replay, 50);
  };
  const hold = (event) => {
    if (done || !event.isTrusted || !(event.target instanceof Element)) return;
    const button = event.target.closest('button');
    if (!button || !button.closest('#root') || hydrated(button)) return;
    event.preventDefault();
    event.stopPropagation();
    if (!held.includes(button)) held.push(button);
    if (!timer) timer = setTimeout(replay, 50);
  };
  document.addEventListener('click', hold, true);
  const stop = () => {
    done = true;
    held.length = 0;
    document.removeEventListener('click', hold, true);
  };
  if (document.documentElement.hasAttribute('data-app-running')) setTimeout(stop, 3000);
  else
    document.addEventListener('parcours:app-running', () => setTimeout(stop, 3000), { once: true });
})();
