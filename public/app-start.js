/*
 * Starts the app on a page the server drew (decision 042). The page is already whole
 * in its HTML (decision 029); its scripts are asked for once it is on screen, so the
 * first paint never waits for the app's code to arrive and run. The server moves the
 * shell's module script and preloads here (server/http/static-files.ts):
 * `data-entry` is the app's entry, `data-preload` the modules it and the first
 * screen's lazily loaded code import. A plain file: no inline script under the CSP.
 *
 * Started once the browser reports the first contentful paint (Paint Timing: Chromium,
 * Safari 14.1, Firefox 84); where it cannot, on the second animation frame (a frame's
 * callbacks run before it paints, and none run while the page's stylesheets still
 * block rendering). A page that cannot paint (a tab not on screen) starts at once,
 * and a timer makes sure a page whose paint is never reported still starts.
 */
(() => {
  const self = document.currentScript;
  const entry = self && self.dataset.entry;
  if (!entry) return;
  const preloads = (self.dataset.preload || '').split(' ').filter(Boolean);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const href of preloads) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.append(script);
  };
  if (document.visibilityState === 'hidden') {
    start();
    return;
  }
  setTimeout(start, 2000);
  const types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (!types.includes('paint')) {
    requestAnimationFrame(() => requestAnimationFrame(start));
    return;
  }
  const painted = new PerformanceObserver((list) => {
    if (!list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) return;
    painted.disconnect();
    start();
  });
  painted.observe({ type: 'paint', buffered: true });
})();
