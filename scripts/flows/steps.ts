/**
 * A flow's intent-level steps done as a visitor would on a touch screen: taps and
 * swipes are real touch (CDP Input.dispatchTouchEvent, tests/browser/touch.ts), Back is
 * the browser's, offline is the network's. Each step ends when the address says it is
 * done; the caller then waits for the screen to settle.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';

import type { FlowStep } from '../../mocks/flows/flow-schema.ts';
import { accountEn } from '../../src/lib/messages-account-en.ts';
import { accountFr } from '../../src/lib/messages-account-fr.ts';
import { en } from '../../src/lib/messages-en.ts';
import { fr } from '../../src/lib/messages-fr.ts';
import { inMovementEn } from '../../src/lib/messages-in-movement-en.ts';
import { inMovementFr } from '../../src/lib/messages-in-movement-fr.ts';
import { type Touch } from '../../tests/browser/touch.ts';

const STEP_TIMEOUT_MS = 15_000;

export class StepError extends Error {}

/** Every area's catalogue: a flow may name In Movement's and the account's buttons too. */
const catalogues: Record<'fr' | 'en', Record<string, string>> = {
  fr: { ...fr, ...inMovementFr, ...accountFr },
  en: { ...en, ...inMovementEn, ...accountEn },
};

/** The card number in a story's address, or null off a story. */
function cardOf(url: string): number | null {
  const match = /^\/stories\/[^/]+\/(\d+)/.exec(new URL(url).pathname);
  return match ? Number(match[1]) : null;
}

async function until(page: Page, done: (url: URL) => boolean, expected: string): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (done(new URL(page.url()))) return;
    await page.waitForTimeout(50);
  }
  throw new StepError(`Still at ${new URL(page.url()).pathname} (expected ${expected}).`);
}

export class StepPlayer {
  private touch: Touch;

  constructor(
    private readonly page: Page,
    private readonly context: BrowserContext,
    private readonly locale: 'fr' | 'en',
    touch: Touch,
  ) {
    this.touch = touch;
  }

  private label(key: string): string {
    return catalogues[this.locale][key] ?? key;
  }

  /** A real finger on the centre of the first visible match. */
  private async tapOn(selector: string | Locator, what: string): Promise<void> {
    const found = typeof selector === 'string' ? this.page.locator(selector) : selector;
    const target = found.locator('visible=true').first();
    try {
      await target.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
      await target.scrollIntoViewIfNeeded();
    } catch {
      throw new StepError(`No ${what} on this screen (${new URL(this.page.url()).pathname}).`);
    }
    const box = await target.boundingBox();
    if (!box) throw new StepError(`The ${what} has no box on screen.`);
    await this.touch.tap(box.x + box.width / 2, box.y + box.height / 2);
  }

  private async swipe(direction: 'next' | 'previous' | 'close' | 'down'): Promise<void> {
    const before = cardOf(this.page.url());
    if (before === null) throw new StepError('No story open to swipe.');
    if (direction === 'down') {
      // A finger from the card's upper part down past the viewer's closing distance.
      const stage = await this.page.locator('.deck__stage').boundingBox();
      if (!stage) throw new StepError('No deck on the screen.');
      const x = stage.x + stage.width / 2;
      const y = stage.y + stage.height * 0.3;
      await this.touch.drag(
        { x, y },
        { x, y: y + stage.height * 0.5 },
        { durationMs: 300, steps: 12 },
      );
      await until(this.page, (url) => cardOf(url.href) === null, 'the story closed by a drag');
      return;
    }
    if (direction === 'close') {
      await this.tapOn(
        this.page.getByRole('button', { name: this.label('viewer.close'), exact: true }),
        'close button',
      );
      await until(this.page, (url) => cardOf(url.href) === null, 'the story closed');
      return;
    }
    const stage = await this.page.locator('.deck__stage').boundingBox();
    if (!stage) throw new StepError('No deck on the screen.');
    const y = stage.y + stage.height / 2;
    const [from, to] =
      direction === 'next'
        ? [stage.x + stage.width * 0.8, stage.x + stage.width * 0.2]
        : [stage.x + stage.width * 0.2, stage.x + stage.width * 0.8];
    await this.touch.drag({ x: from, y }, { x: to, y }, { durationMs: 180, steps: 10 });
    const want = direction === 'next' ? before + 1 : before - 1;
    await until(this.page, (url) => cardOf(url.href) === want, `card ${want}`);
  }

  async perform(step: FlowStep): Promise<void> {
    const page = this.page;
    switch (step.do) {
      case 'goto': {
        await page.goto(step.url);
        return;
      }
      case 'tap-tile':
        await this.tapOn(
          `a[href^="/stories/${step.story}/"], a[href="/stories/${step.story}"]`,
          `tile for “${step.story}”`,
        );
        return until(page, (url) => url.pathname.startsWith(`/stories/${step.story}`), step.story);
      case 'tap-person':
        await this.tapOn(`a[href="/people/${step.person}"]`, `link to “${step.person}”`);
        return until(page, (url) => url.pathname === `/people/${step.person}`, step.person);
      case 'tap-theme':
        await this.tapOn(`a[href="/themes/${step.theme}"]`, `link to “${step.theme}”`);
        return until(page, (url) => url.pathname === `/themes/${step.theme}`, step.theme);
      case 'tap-button': {
        const name = this.label(step.name);
        // As the board's driver: a button or link whose name is the message, or starts with it.
        const named = (exact: boolean) =>
          page.getByRole('button', { name, exact }).or(page.getByRole('link', { name, exact }));
        const exact = named(true);
        await this.tapOn((await exact.count()) > 0 ? exact : named(false), `button “${name}”`);
        return;
      }
      case 'tap-debate': {
        const path = `/in-movement/debates/${step.debate}`;
        await this.tapOn(`a[href="${path}"]`, `link to the debate “${step.debate}”`);
        return until(page, (url) => url.pathname === path, step.debate);
      }
      case 'choose': {
        const name = this.label(step.option);
        const choice = page
          .getByRole('radio', { name, exact: true })
          .or(page.getByRole('checkbox', { name, exact: true }))
          .first();
        // Its label is what a finger presses: the input itself may be drawn hidden.
        await this.tapOn(page.locator('label').filter({ has: choice }), `choice “${name}”`);
        if (!(await choice.isChecked())) throw new StepError(`“${name}” did not stay chosen.`);
        return;
      }
      case 'fill': {
        const name = this.label(step.field);
        const field = page.getByLabel(name, { exact: true });
        await this.tapOn(field, `field “${name}”`);
        await field.fill('');
        await page.keyboard.type(step.text, { delay: 10 });
        return;
      }
      case 'swipe':
        return this.swipe(step.direction);
      case 'back': {
        const before = page.url();
        await page.goBack();
        return until(page, (url) => url.href !== before, 'the previous page');
      }
      case 'type-search': {
        await this.tapOn('input[type="search"]', 'search field');
        await page.keyboard.type(step.text, { delay: 40 });
        return until(
          page,
          (url) => url.searchParams.get('q') === step.text.trim(),
          `the results for “${step.text}”`,
        );
      }
      case 'offline':
      case 'online':
        await this.context.setOffline(step.do === 'offline');
        return;
      case 'open-shared-link': {
        const field = page.getByLabel(this.label('share.link'), { exact: true });
        const link = await field.inputValue({ timeout: STEP_TIMEOUT_MS }).catch(() => '');
        if (!link) throw new StepError('No link to share on this screen.');
        // A second visitor: their own, empty path.
        await page.evaluate(() => {
          for (const key of Object.keys(localStorage))
            if (key.startsWith('parcours.path')) localStorage.removeItem(key);
        });
        const target = new URL(link, page.url());
        await page.goto(`${target.pathname}${target.search}`);
        return;
      }
    }
  }
}
