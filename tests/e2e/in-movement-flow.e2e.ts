// Over 300 lines: one flow from end to end, with the words and hands of its two projects.
/**
 * In Movement from end to end on the real server (embedded database, mail in the
 * development outbox): a visitor reads a debate and is asked to sign in only to write;
 * a participant signs in, writes a contribution with a stance and a reply; three other
 * participants report the contribution until it hides; a curator restores it from the
 * queue and the public log says so. On an iPad by touch in French, on a desktop by
 * keyboard in English. Each project works on its own debate, its own accounts and a
 * text unique to the run: the database outlives a test (tests/server/serve.mjs).
 * A run signs in five times per project, within the per-client allowance of 20 an hour.
 * Over 300 lines: one flow, whose steps share its browsers, accounts and helpers.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Locator, Page } from '@playwright/test';

import type { DebateSummary } from '../../contract/in-movement.ts';
import { Touch } from '../browser/touch.ts';
import { seriousViolations } from './axe.ts';
import { containing, expect, test, waitForPath } from './fixtures.ts';

const words = {
  fr: {
    grid: 'Débats',
    contributions: 'Contributions',
    signInToWrite: 'Se connecter pour participer',
    email: 'Adresse e-mail',
    sendLink: 'M’envoyer un lien',
    outbox: 'Ouvrir la boîte d’envoi',
    stance: 'Pour',
    text: 'Votre contribution',
    publish: 'Publier',
    published: 'Votre contribution est publiée.',
    replyTo: 'Répondre à ',
    replyText: 'Votre réponse à ',
    publishReply: 'Publier la réponse',
    replied: 'Votre réponse est publiée.',
    report: (name: string) => `Signaler la contribution de ${name}`,
    reason: 'Spam ou publicité',
    sendReport: 'Envoyer le signalement',
    reported: 'Merci : votre signalement est enregistré.',
    hidden: 'Merci : la contribution est masquée en attendant une vérification.',
    pending: 'Masquée en attendant une vérification.',
    queue: 'Contributions à examiner',
    restore: 'Rétablir',
    log: 'Décisions, des plus récentes aux plus anciennes',
    restored: 'Contribution rétablie',
    autoHidden: 'Masquée après des signalements',
    by: (name: string) => `par ${name}`,
    otherLanguage: 'Switch to English',
  },
  en: {
    grid: 'Debates',
    contributions: 'Contributions',
    signInToWrite: 'Sign in to take part',
    email: 'E-mail address',
    sendLink: 'Send me a link',
    outbox: 'Open the outbox',
    stance: 'Against',
    text: 'Your contribution',
    publish: 'Publish',
    published: 'Your contribution is published.',
    replyTo: 'Reply to ',
    replyText: 'Your reply to ',
    publishReply: 'Publish reply',
    replied: 'Your reply is published.',
    report: (name: string) => `Report ${name}’s contribution`,
    reason: 'Spam or advertising',
    sendReport: 'Send report',
    reported: 'Thank you: your report is recorded.',
    hidden: 'Thank you: the contribution is hidden pending review.',
    pending: 'Hidden pending review.',
    queue: 'Contributions to review',
    restore: 'Restore',
    log: 'Decisions, newest first',
    restored: 'Contribution restored',
    autoHidden: 'Hidden after reports',
    by: (name: string) => `by ${name}`,
    otherLanguage: 'Passer en français',
  },
} as const;

type Words = (typeof words)[keyof typeof words];

/** How a person acts on a page: by touch on the iPad, by keyboard on the desktop. */
interface Hands {
  /** Follows a link or presses a button. */
  press(target: Locator): Promise<void>;
  /** Checks a radio button. */
  choose(target: Locator): Promise<void>;
}

async function handsFor(page: Page, by: 'touch' | 'keyboard'): Promise<Hands> {
  if (by === 'keyboard') {
    return {
      press: async (target) => {
        await target.focus();
        await page.keyboard.press('Enter');
      },
      choose: async (target) => {
        await target.focus();
        await page.keyboard.press('Space');
      },
    };
  }
  const touch = await Touch.on(page);
  const tap = async (target: Locator) => {
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    if (!box) throw new Error(`nothing to tap: ${target.toString()}`);
    await touch.tap(box.x + box.width / 2, box.y + box.height / 2);
  };
  return {
    press: tap,
    // A radio's own box may be drawn tiny: a finger lands on its label.
    choose: async (target) => tap(target.locator('xpath=ancestor::label[1]')),
  };
}

interface Flow {
  lang: keyof typeof words;
  /** The browser's language for the extra people's contexts. */
  locale: string;
  device: 'ipadLandscape' | 'desktop';
  by: 'touch' | 'keyboard';
  /** Which open debate this project works on: the projects never share one. */
  debateIndex: number;
  writer: { email: string; name: string };
  reporters: string[];
}

const curator = { email: 'curator@in-movement.example', name: 'Salomé Richer' };

const flows: Record<'ipad-landscape' | 'desktop', Flow> = {
  'ipad-landscape': {
    lang: 'fr',
    locale: 'fr-FR',
    device: 'ipadLandscape',
    by: 'touch',
    debateIndex: 0,
    writer: { email: 'participant2@in-movement.example', name: 'Aminata Roux-Diallo' },
    reporters: [3, 4, 5].map((n) => `participant${n}@in-movement.example`),
  },
  desktop: {
    lang: 'en',
    locale: 'en-GB',
    device: 'desktop',
    by: 'keyboard',
    debateIndex: 1,
    writer: { email: 'participant6@in-movement.example', name: 'Oskar Lindvall' },
    reporters: [7, 8, 9].map((n) => `participant${n}@in-movement.example`),
  },
};

/** Screenshots for a person to look at, only when E2E_SHOTS names a folder. */
async function shoot(page: Page, name: string): Promise<void> {
  const folder = process.env.E2E_SHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

/** The platform's pages must not show anything of the group's brand. */
async function expectNoGroupBrand(page: Page): Promise<void> {
  await expect(page.locator('.app-header__logo')).toHaveCount(0);
  await expect(page.getByRole('banner').getByText(/Parcours/)).toHaveCount(0);
}

/**
 * On the sign-in page: asks for a link, opens it from the outbox in the same browser
 * and lands back on `returnTo`, signed in.
 */
async function signInThroughOutbox(
  page: Page,
  hands: Hands,
  w: Words,
  email: string,
  returnTo: string,
): Promise<void> {
  await page.getByLabel(w.email).fill(email);
  await hands.press(page.getByRole('button', { name: w.sendLink }));
  await hands.press(page.getByRole('link', { name: w.outbox }));
  await expect(page.getByRole('heading', { name: 'Outbox (development)' })).toBeVisible();
  const mail = page
    .getByRole('article')
    .filter({ hasText: `To ${email}` })
    .first();
  await hands.press(mail.getByRole('link', { name: /\/sign-in\/verify\?token=/ }));
  await waitForPath(page, returnTo);
}

/** The debate's top-level contributions, newest first (replies sit inside them). */
const topLevel = (page: Page, w: Words) =>
  page.getByRole('list', { name: w.contributions, exact: true }).locator(':scope > li');

for (const [project, flow] of Object.entries(flows)) {
  test(
    `a visitor reads, a participant writes and replies, three report, a curator restores (${flow.lang})`,
    { tag: `@${project}` },
    async ({ page, visitor }) => {
      // Five sign-ins by link and a build-sized app on a shared two-core machine.
      test.setTimeout(300_000);
      const w = words[flow.lang];
      const hands = await handsFor(page, flow.by);
      const run = `${project}-${Date.now()}`;
      const body = `Contribution de bout en bout ${run} : des pistes cyclables continues.`;
      const replyBody = `Réponse de bout en bout ${run}.`;

      const open = (
        (await (await page.request.get('/api/in-movement/debates')).json()) as {
          items: DebateSummary[];
        }
      ).items.filter((debate) => debate.state === 'open');
      const debate = open[flow.debateIndex]!;
      const debateAt = `/in-movement/debates/${debate.slug}`;

      // 1. An anonymous visitor: the springboard, in this project's language.
      await page.goto('/in-movement');
      if (flow.lang !== 'fr') {
        await hands.press(page.getByRole('button', { name: words.fr.otherLanguage }));
      }
      const grid = page.getByRole('list', { name: w.grid });
      await grid.waitFor();
      await expectNoGroupBrand(page);
      expect(await seriousViolations(page), 'the springboard').toEqual([]);
      await shoot(page, `${project}-1-springboard-${flow.lang}`);

      await hands.press(grid.getByRole('link', { name: containing(debate.question) }));
      await waitForPath(page, debateAt);
      await expect(
        page.getByRole('heading', { level: 1, name: containing(debate.question) }),
      ).toBeVisible();
      await expect(topLevel(page, w).first()).toBeVisible();
      expect(await topLevel(page, w).count()).toBeGreaterThan(0);
      await expectNoGroupBrand(page);
      expect(await seriousViolations(page), 'the debate page').toEqual([]);
      // Reading needs no account; the composer's place asks to sign in.
      const signInToWrite = page.getByRole('link', { name: w.signInToWrite });
      await expect(signInToWrite).toHaveAttribute(
        'href',
        `/sign-in?returnTo=${encodeURIComponent(debateAt)}`,
      );

      // 2. The participant signs in from there and comes back to write.
      await hands.press(signInToWrite);
      await waitForPath(page, '/sign-in');
      await signInThroughOutbox(page, hands, w, flow.writer.email, debateAt);
      await hands.choose(page.getByRole('radio', { name: w.stance, exact: true }));
      await page.getByLabel(w.text, { exact: true }).fill(body);
      await hands.press(page.getByRole('button', { name: w.publish, exact: true }));
      await expect(page.getByRole('status').filter({ hasText: w.published })).toBeVisible();
      const mine = topLevel(page, w).first();
      await expect(mine).toContainText(body);
      await expect(mine.getByRole('article', { name: flow.writer.name })).toBeVisible();

      // A reply to someone else's contribution, shown under it. Someone else's: on a
      // retry, this writer's earlier contribution is on the page too. Held by its place,
      // since the reply puts this writer's name inside it.
      const authors = await topLevel(page, w)
        .locator(':scope > article')
        .evaluateAll((articles) => articles.map((article) => article.getAttribute('aria-label')));
      const otherAt = authors.findIndex((name) => name !== flow.writer.name);
      expect(otherAt, 'a contribution by someone else').toBeGreaterThanOrEqual(0);
      const other = topLevel(page, w).nth(otherAt);
      await hands.press(other.getByRole('button', { name: new RegExp(`^${w.replyTo}`) }));
      await other.getByLabel(new RegExp(`^${w.replyText}`)).fill(replyBody);
      await hands.press(other.getByRole('button', { name: w.publishReply }));
      await expect(other.getByRole('status').filter({ hasText: w.replied })).toBeVisible();
      await expect(
        other.getByRole('article', { name: flow.writer.name }).filter({ hasText: replyBody }),
      ).toBeVisible();
      await shoot(page, `${project}-2-debate-written-${flow.lang}`);

      // 3. Three other participants, each in their own browser, report it.
      for (const [index, email] of flow.reporters.entries()) {
        const reporter = await visitor(flow.device, { locale: flow.locale });
        const theirHands = await handsFor(reporter, flow.by);
        await reporter.goto(`/sign-in?returnTo=${encodeURIComponent(debateAt)}`);
        await signInThroughOutbox(reporter, theirHands, w, email, debateAt);
        const target = topLevel(reporter, w).first();
        await expect(target).toContainText(body);
        await theirHands.press(target.getByRole('button', { name: w.report(flow.writer.name) }));
        const dialog = reporter.getByRole('dialog');
        await theirHands.choose(dialog.getByRole('radio', { name: w.reason }));
        await theirHands.press(dialog.getByRole('button', { name: w.sendReport }));
        const last = index === flow.reporters.length - 1;
        await expect(target.getByRole('status')).toHaveText(last ? w.hidden : w.reported);
        await reporter.context().close();
      }
      await page.reload();
      await expect(topLevel(page, w).first()).toContainText(w.pending);
      await expect(topLevel(page, w).first()).not.toContainText(body);

      // 4. A curator restores it from the queue.
      const desk = await visitor(flow.device, { locale: flow.locale });
      const curatorHands = await handsFor(desk, flow.by);
      await desk.goto(`/sign-in?returnTo=${encodeURIComponent('/in-movement/moderation')}`);
      await signInThroughOutbox(desk, curatorHands, w, curator.email, '/in-movement/moderation');
      const queue = desk.getByRole('list', { name: w.queue });
      const item = queue.getByRole('article').filter({ hasText: body });
      await expect(item).toBeVisible();
      await expectNoGroupBrand(desk);
      expect(await seriousViolations(desk), 'the moderation queue').toEqual([]);
      await shoot(desk, `${project}-3-moderation-${flow.lang}`);
      await curatorHands.press(item.getByRole('button', { name: w.restore }));
      await expect(item).toHaveCount(0);

      await desk.goto(debateAt);
      await expect(topLevel(desk, w).first()).toContainText(body);
      await page.reload();
      await expect(topLevel(page, w).first()).toContainText(body);

      // The public log, open to anyone, names the restore and the automatic hiding.
      await page.goto('/in-movement/moderation/log');
      const entries = page.getByRole('list', { name: w.log }).getByRole('listitem');
      await expect(entries.first()).toContainText(w.restored);
      await expect(entries.first()).toContainText(w.by(curator.name));
      await expect(entries.first()).toContainText(debate.question);
      await expect(entries.nth(1)).toContainText(w.autoHidden);

      if (flow.device === 'ipadLandscape') {
        // The same debate in the other language, for the eye.
        await page.goto(debateAt);
        await hands.press(page.getByRole('button', { name: w.otherLanguage }));
        await expect(page.getByRole('button', { name: words.en.otherLanguage })).toBeVisible();
        await expect(topLevel(page, words.en).first()).toContainText('Stance: For');
        await shoot(page, `${project}-4-debate-en`);
      }
    },
  );
}
