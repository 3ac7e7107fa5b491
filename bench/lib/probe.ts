/**
 * In-page probes, installed before any script of the page (addInitScript): animation
 * frames, long tasks, touch moves, React commits and, while recording, the position
 * of the element that moves (a transform or a scroll offset) in every frame.
 */
export interface ProbeData {
  recording: boolean;
  /** [performance.now() in the rAF callback, position] per frame while recording. */
  frames: Array<[number, number]>;
  /** [event.timeStamp, performance.now() on arrival] per touchmove while recording. */
  moves: Array<[number, number]>;
  longTasks: Array<[number, number]>;
  /**
   * performance.now() as the page handled each touchstart and touchend (or cancel)
   * while recording: when a finger was on the glass, as the page saw it.
   */
  fingers: Array<['down' | 'up', number]>;
  /** performance.now() of every React commit (a stub of React DevTools' hook counts them). */
  commits: number[];
  /** What moves: `transform:<selector>` or `scroll:<selector>`. */
  target: string;
  /** Web Animations running on the target's subtree, seen in any frame while recording. */
  webAnimations: number;
}

declare global {
  interface Window {
    __bench: ProbeData;
  }
}

/** Runs in the page: keep it self-contained (Playwright serialises it). */
export function installProbe(): void {
  const data: ProbeData = {
    recording: false,
    frames: [],
    moves: [],
    longTasks: [],
    commits: [],
    fingers: [],
    target: '',
    webAnimations: 0,
  };
  window.__bench = data;
  // React (production builds too) reports each commit to DevTools' global hook.
  Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
    configurable: true,
    value: {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => {},
      onScheduleFiberRoot: () => {},
      onCommitFiberRoot: () => data.commits.push(performance.now()),
      onPostCommitFiberRoot: () => {},
      onCommitFiberUnmount: () => {},
    },
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) data.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task API: none counted.
  }
  addEventListener(
    'touchmove',
    (event) => {
      if (data.recording) data.moves.push([event.timeStamp, performance.now()]);
    },
    { passive: true, capture: true },
  );
  for (const [type, edge] of [
    ['touchstart', 'down'],
    ['touchend', 'up'],
    ['touchcancel', 'up'],
  ] as const) {
    addEventListener(
      type,
      () => {
        if (data.recording) data.fingers.push([edge, performance.now()]);
      },
      { passive: true, capture: true },
    );
  }
  const position = (): number => {
    const [kind, selector] = data.target.split(/:(.*)/s);
    const element = selector ? document.querySelector(selector) : null;
    if (!element) return NaN;
    if (kind === 'scroll') return element.scrollLeft;
    const animations = element.getAnimations({ subtree: true }).length;
    if (animations > data.webAnimations) data.webAnimations = animations;
    return new DOMMatrixReadOnly(getComputedStyle(element).transform).m41;
  };
  const frame = () => {
    if (data.recording) data.frames.push([performance.now(), position()]);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * tsx (esbuild's keepNames) wraps named functions in a `__name` helper that exists
 * only in Node: functions sent to the page need a stand-in.
 */
export const PROBE_PRELUDE = 'globalThis.__name = (fn) => fn;';
