/**
 * Tap to first frame: from a finger lifting off a springboard tile to the first frame
 * that draws the story viewer, in the iPad context at 4× CPU, once warm (the viewer's
 * code loaded by one story opened and closed before). Method: docs/bench.md.
 */
import { Touch as TestTouch } from '../tests/browser/touch.ts';
import { type Browser, ipadContext, sleep, throttle } from './lib/browser.ts';
import { PROBE_PRELUDE } from './lib/probe.ts';
import { median, round } from './lib/stats.ts';
import { CPU_RATE } from './swipe.ts';

/** Tiles tapped, each a story not opened before (its detail comes from the server). */
const TAPS = 5;

export interface TapFigures {
  taps: number;
  /** Touch end → first animation frame with the viewer laid out (ms), stories never opened. */
  firstMedianMs: number;
  firstMaxMs: number;
  /** The same for the story closed just before, reopened (its detail in memory). */
  reopenMs: number;
}

/** Runs in the page: resolves with the ms from the next touchend to a frame with the viewer. */
function watchTap(): Promise<number> {
  return new Promise((resolve) => {
    addEventListener(
      'touchend',
      (event) => {
        const start = event.timeStamp;
        const look = () => {
          const viewer = document.querySelector('.viewer');
          // A frame whose rendering includes the viewer: it is in the page and laid out.
          if (viewer && viewer.getBoundingClientRect().width > 0) {
            resolve(performance.now() - start);
          } else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      },
      { once: true, capture: true },
    );
  });
}

export async function runTap(browser: Browser, appUrl: string): Promise<TapFigures> {
  const context = await ipadContext(browser);
  await context.addInitScript({ content: PROBE_PRELUDE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const touch = TestTouch.over(cdp);
  await page.goto(appUrl, { waitUntil: 'load' });
  const tiles = page.locator('.tile__link');
  await tiles.first().waitFor();

  const tapTile = async (i: number): Promise<number> => {
    await tiles.nth(i).scrollIntoViewIfNeeded();
    await sleep(500);
    const box = (await tiles.nth(i).boundingBox())!;
    const measured = page.evaluate(watchTap);
    // Not left unhandled if the steps below throw first (that error is the one to see).
    measured.catch(() => {});
    await touch.tap(box.x + box.width / 2, box.y + Math.min(box.height / 2, 120));
    await page.locator('.deck__track').waitFor({ timeout: 30_000 });
    return measured;
  };
  const close = async () => {
    await sleep(300);
    await page.keyboard.press('Escape');
    await page.locator('.viewer').waitFor({ state: 'detached', timeout: 15_000 });
    await sleep(800);
  };

  // Warm: the viewer's code and styles are in, as after any first story.
  await sleep(2000);
  await tapTile(TAPS);
  await close();

  await throttle(cdp, CPU_RATE);
  const first: number[] = [];
  for (let i = 0; i < TAPS; i++) {
    first.push(await tapTile(i));
    await close();
  }
  const reopenMs = await tapTile(TAPS - 1);
  await close();
  await throttle(cdp, 1);
  await context.close();
  return {
    taps: TAPS,
    firstMedianMs: round(median(first)),
    firstMaxMs: round(Math.max(...first)),
    reopenMs: round(reopenMs),
  };
}
