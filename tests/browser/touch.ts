/**
 * Real touch input through the DevTools protocol (Input.dispatchTouchEvent), for the
 * browser tests and the swipe benchmark. Every event carries an explicit timestamp
 * (seconds), or Chromium stamps them on arrival and the computed fling velocity is wrong.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface Point {
  x: number;
  y: number;
}

export interface DragOptions {
  /** Input time from the first move to the last (ms). */
  durationMs?: number;
  steps?: number;
  /** Time held still at the end before lifting (ms). */
  holdMs?: number;
  /**
   * Wait out each step's share of `durationMs` before sending it, so the page draws
   * frames during the drag (the benchmark measures them). Otherwise the events go out
   * as fast as the protocol takes them, their timestamps telling the page the pace.
   */
  realTime?: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Touch {
  private constructor(
    private readonly session: CDPSession,
    private clock: number,
  ) {}

  /** Opens a DevTools session on the page for its touch input. */
  static async on(page: Page): Promise<Touch> {
    return Touch.over(await page.context().newCDPSession(page));
  }

  /** Sends touches through a session the caller already holds (and will detach). */
  static over(session: CDPSession): Touch {
    return new Touch(session, Date.now() / 1000);
  }

  /**
   * Lets go of the page. A CDP session open while the page navigates makes Chromium
   * forget the context's offline emulation for `navigator.onLine` (the network stays
   * offline): offline tests detach before a navigation and attach again after it.
   */
  async detach(): Promise<void> {
    await this.session.detach();
  }

  private async send(type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) {
    await this.session.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }],
      timestamp: this.clock,
    });
  }

  /**
   * Drags from one point to another in `steps` moves over `durationMs` of input time,
   * optionally holding still at the end before lifting.
   */
  async drag(
    from: Point,
    to: Point,
    { durationMs = 200, steps = 12, holdMs = 0, realTime = false }: DragOptions = {},
  ): Promise<void> {
    this.clock = Math.max(this.clock, Date.now() / 1000);
    await this.send('touchStart', from.x, from.y);
    for (let i = 1; i <= steps; i++) {
      if (realTime) {
        await sleep(durationMs / steps);
        this.clock = Math.max(this.clock, Date.now() / 1000);
      } else this.clock += durationMs / steps / 1000;
      const t = i / steps;
      await this.send('touchMove', from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
    }
    this.clock += holdMs / 1000;
    if (holdMs > 0) await sleep(holdMs);
    if (realTime) this.clock = Math.max(this.clock, Date.now() / 1000);
    await this.send('touchEnd', to.x, to.y);
  }

  /** A finger put down and kept there, for a test to look at the page mid-gesture. */
  async press(at: Point): Promise<void> {
    this.clock = Math.max(this.clock, Date.now() / 1000);
    await this.send('touchStart', at.x, at.y);
  }

  /** The pressed finger moved to `to` in `steps` moves of 16 ms each. */
  async moveTo(from: Point, to: Point, steps = 6): Promise<void> {
    for (let i = 1; i <= steps; i++) {
      this.clock += 0.016;
      const t = i / steps;
      await this.send('touchMove', from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
    }
  }

  /** The pressed finger lifted, after resting `restMs` (so it leaves no speed). */
  async lift(at: Point, restMs = 150): Promise<void> {
    this.clock += restMs / 1000;
    await this.send('touchEnd', at.x, at.y);
  }

  async tap(x: number, y: number, holdMs = 60): Promise<void> {
    this.clock = Math.max(this.clock, Date.now() / 1000);
    await this.send('touchStart', x, y);
    this.clock += holdMs / 1000;
    await sleep(holdMs);
    await this.send('touchEnd', x, y);
  }
}
