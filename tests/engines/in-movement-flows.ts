/**
 * In Movement and the account pages in each engine (flows.ts runs these beside the
 * story flows, in the same browser): a visitor reads, is asked to sign in only to
 * write, signs in through the development outbox, contributes with a stance, replies
 * and opens their account; then every page of the platform and the account pages is
 * laid out in French and in English. The engines share one server per run, so each
 * works on its own debate, with an address of its own.
 */
import { expect, it } from 'vitest';

import type { DebateSummary } from '#contract/in-movement.ts';
import { debatePath, signInPath } from '#contract/pages.ts';
import { contributions } from '#mocks/fixtures/in-movement.ts';

import { baseURL } from '../server/vitest-base-url.ts';
import { at, type Engine, escapeRegExp, loaded, poll, shoot, type Tab } from './engine.ts';

/** A name that contains `text` (a question, a mail's link), matched literally. */
const containing = (text: string) => new RegExp(escapeRegExp(text));

async function demoDebates(): Promise<DebateSummary[]> {
  const response = await fetch(`${baseURL()}/api/in-movement/debates`);
  expect(response.ok).toBe(true);
  return ((await response.json()) as { items: DebateSummary[] }).items;
}

/** French debates, one open for each engine (they share a server) and one closed. */
async function debatesFor(engine: Engine) {
  const french = (await demoDebates()).filter((debate) => debate.lang === 'fr');
  const open = french.filter((debate) => debate.state === 'open');
  const closed = french.find((debate) => debate.state === 'closed');
  const mine = open[engine.name === 'firefox' ? 0 : 1];
  if (!mine || !closed) throw new Error('the demo lacks the French debates this flow reads');
  return { open: mine, closed };
}

/**
 * The open debate where the demo keeps its hostile pastes (markup, a word as long as a
 * contribution may be, bidirectional overrides, joiners, emoji): the longest text is there.
 */
const hostileDebate = contributions.reduce((a, b) =>
  b.body.length > a.body.length ? b : a,
).debate;

/** A fresh address: a new person, and a sign-in the per-address limit never counts twice. */
const newAddress = (engine: Engine, what: string) =>
  `${engine.name}-${what}-${Date.now()}@example.org`;

/** The top-level contributions' texts, newest first (a reply sits inside its parent). */
function topLevelTexts(tab: Tab): Promise<string[]> {
  return tab.run(() => {
    const list = [...document.querySelectorAll('ol, ul')].find(
      (el) => el.getAttribute('aria-label') === 'Contributions',
    );
    return list ? [...list.querySelectorAll(':scope > li')].map((li) => li.textContent ?? '') : [];
  });
}

/** The names of a debate page's section headings, in document order. */
function sectionHeadings(tab: Tab): Promise<string[]> {
  return tab.run(() =>
    [...document.querySelectorAll('main h2')].map((h) => h.textContent?.trim() ?? ''),
  );
}

/** Waits until a live status on the page says `text` (a status's name is not its text). */
export async function statusSays(tab: Tab, text: string) {
  await poll(
    `a status saying "${text}"`,
    () =>
      tab.run(() =>
        [...document.querySelectorAll('[role="status"]')].map((el) => el.textContent ?? ''),
      ),
    (texts) => texts.some((said) => said.includes(text)),
  );
}

/**
 * On the sign-in page: asks for a link, opens the development outbox from the page's
 * hint, follows this address's link in the same browser (the only one it works in)
 * and waits to be back on `returnTo`.
 */
export async function signInThroughOutbox(tab: Tab, email: string, returnTo: string) {
  await tab.click(await tab.find({ role: 'textbox', name: 'Adresse e-mail' }));
  await tab.type(email);
  await tab.click(await tab.find({ role: 'button', name: 'M’envoyer un lien' }));
  await statusSays(tab, `Un lien de connexion part vers ${email}`);
  await tab.click(await tab.find({ role: 'link', name: 'Ouvrir la boîte d’envoi' }));
  await tab.find({ role: 'heading', name: 'Outbox (development)' });
  // Other visitors' mails may be there too: this address's newest one.
  const link = await tab.run((to: string) => {
    const mail = [...document.querySelectorAll('article')].find((article) =>
      article.textContent?.includes(`To ${to}`),
    );
    return mail?.querySelector<HTMLAnchorElement>('a[href*="/sign-in/verify?token="]')?.href;
  }, email);
  if (!link) throw new Error(`no sign-in mail to ${email} in the outbox`);
  await tab.click(await tab.find({ role: 'link', name: link }));
  await at(tab, returnTo);
}

const LANGUAGES = {
  fr: {
    grid: 'Débats',
    contributions: 'Contributions',
    signIn: 'Se connecter',
    signals: 'Signaux publiés',
    account: 'Mon compte',
  },
  en: {
    grid: 'Debates',
    contributions: 'Contributions',
    signIn: 'Sign in',
    signals: 'Published signals',
    account: 'My account',
  },
} as const;

/**
 * Waits for the page's content, then checks it is drawn in `lang` and that nothing
 * is wider than the 1024-pixel screen (a row pushed off it, a word that does not wrap).
 */
async function laidOut(tab: Tab, lang: keyof typeof LANGUAGES, ready: Parameters<Tab['find']>[0]) {
  await tab.find(ready);
  await loaded(tab);
  const page = await tab.run(() => ({
    lang: document.documentElement.lang,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    // A box whose text pokes out of it (or is cut off by it), a contribution say;
    // text for screen readers only sits in a 1-pixel box on purpose.
    wider: [...document.querySelectorAll('main article, main li, main p')]
      .filter((el) => el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.outerHTML.slice(0, 80)),
  }));
  expect(page).toEqual({ lang, overflow: 0, wider: [] });
}

/** Registers the In Movement tests; `engine` is read when they run (after beforeAll). */
export function inMovementFlows(current: () => Engine) {
  it('reads In Movement signed out, signs in to write, contributes, replies and opens the account', async () => {
    const engine = current();
    const { open, closed } = await debatesFor(engine);
    const tab = await engine.visitor();
    const grid = { role: 'list', name: 'Débats' } as const;

    // A closed debate reads its conclusion first, and takes no more contributions.
    await tab.goto('/in-movement');
    await tab.click(
      await tab.find({ role: 'link', name: containing(closed.question), within: grid }),
    );
    await at(tab, debatePath(closed.slug));
    await tab.find({ role: 'heading', name: closed.question });
    await tab.find({ role: 'list', name: 'Contributions' });
    const headings = await sectionHeadings(tab);
    expect(headings[0]).toBe('Conclusion');
    expect(headings.indexOf('Le cadrage')).toBeGreaterThan(0);
    await tab.find({ role: 'heading', name: 'Prendre part au débat' });
    expect(
      await tab.run(() => document.querySelector('#im-composer')?.textContent ?? ''),
    ).toContain('Ce débat est clos');

    // An open one, from the springboard: its contributions are there to read.
    await tab.click(
      await tab.find({
        role: 'link',
        name: 'Débats',
        within: { role: 'navigation', name: 'In Movement' },
      }),
    );
    await at(tab, '/in-movement');
    await tab.click(
      await tab.find({ role: 'link', name: containing(open.question), within: grid }),
    );
    const here = debatePath(open.slug);
    await at(tab, here);
    await tab.find({ role: 'heading', name: open.question });
    await tab.find({ role: 'list', name: 'Contributions' });
    const before = await topLevelTexts(tab);
    expect(before.length).toBeGreaterThan(1);
    const first = await tab.find({
      role: 'article',
      within: { role: 'list', name: 'Contributions' },
    });
    const firstAuthor = await tab.onElement(first, (el) => el.getAttribute('aria-label') ?? '');

    // Trying to reply asks to sign in, there, and the way back is this debate.
    await tab.click(await tab.find({ role: 'button', name: `Répondre à ${firstAuthor}` }));
    const askToSignIn = await tab.find({
      role: 'link',
      name: 'Se connecter pour participer',
      within: { role: 'article', name: firstAuthor },
    });
    expect(await tab.onElement(askToSignIn, (el) => el.getAttribute('href'))).toBe(
      signInPath(here),
    );
    await tab.click(askToSignIn);
    await at(tab, signInPath(here));
    await tab.find({ role: 'heading', name: 'Se connecter' });

    const email = newAddress(engine, 'writer');
    const name = email.split('@')[0]!;
    await signInThroughOutbox(tab, email, here);
    await statusSays(tab, `Vous êtes connecté·e en tant que ${name}`);

    // Back on the debate, signed in: a contribution with a stance.
    const body = `Contribution depuis ${engine.name} : des rues apaisées, des pistes continues.`;
    await tab.click(await tab.find({ role: 'radio', name: 'Pour' }));
    await tab.click(await tab.find({ role: 'textbox', name: 'Votre contribution' }));
    await tab.type(body);
    await tab.click(await tab.find({ role: 'button', name: 'Publier' }));
    await statusSays(tab, 'Votre contribution est publiée.');
    const mine = await poll(
      'the contribution, newest first',
      () => topLevelTexts(tab),
      (texts) => texts[0]?.includes(body) === true,
    );
    expect(mine[0]).toContain('Position : Pour');
    await tab.find({ role: 'article', name, within: { role: 'list', name: 'Contributions' } });

    // A reply to the contribution that was first before, now second.
    const reply = `Réponse depuis ${engine.name} à ${firstAuthor}.`;
    await tab.click(await tab.find({ role: 'button', name: `Répondre à ${firstAuthor}` }));
    await tab.click(await tab.find({ role: 'textbox', name: `Votre réponse à ${firstAuthor}` }));
    await tab.type(reply);
    await tab.click(await tab.find({ role: 'button', name: 'Publier la réponse' }));
    await statusSays(tab, 'Votre réponse est publiée.');
    await poll(
      'the reply, under the contribution it answers',
      () => topLevelTexts(tab),
      (texts) => texts[1]?.includes(reply) === true && texts[1].includes(name),
    );

    await shoot(tab, engine.name, 'debate-written-fr');

    // The header's account link names the person and leads to their account.
    await tab.click(await tab.find({ role: 'link', name: `Connecté·e en tant que ${name}` }));
    await at(tab, '/account');
    await tab.find({ role: 'heading', name: 'Mon compte' });
    const displayName = await tab.find({ role: 'textbox', name: 'Nom affiché' });
    expect(await tab.onElement(displayName, (el) => (el as HTMLInputElement).value)).toBe(name);
    expect(await tab.run(() => document.body.textContent ?? '')).toContain('Participant·e');
  });

  it('lays out every page of In Movement and the account pages in French and in English', async () => {
    const engine = current();
    const { closed } = await debatesFor(engine);
    const tab = await engine.visitor();
    // Every page is left only once loaded (see `loaded`), this first one too.
    await tab.goto('/in-movement');
    await loaded(tab);
    const tour = async (lang: keyof typeof LANGUAGES) => {
      const w = LANGUAGES[lang];
      await tab.run((value: string) => localStorage.setItem('parcours.locale', value), lang);
      const pages = [
        ['in-movement', '/in-movement', { role: 'list', name: w.grid }],
        ['debate-open', debatePath(hostileDebate), { role: 'list', name: w.contributions }],
        ['debate-closed', debatePath(closed.slug), { role: 'list', name: w.contributions }],
        ['signals', '/in-movement/signals', { role: 'list', name: w.signals }],
        ['sign-in', '/sign-in', { role: 'heading', name: w.signIn }],
      ] as const;
      for (const [name, path, ready] of pages) {
        await tab.goto(path);
        await laidOut(tab, lang, ready);
        await shoot(tab, engine.name, `${name}-${lang}`);
      }
    };
    await tour('fr');
    await tour('en');

    // Signed in (in French, the words signInThroughOutbox knows), the account page.
    await tab.run(() => localStorage.setItem('parcours.locale', 'fr'));
    await tab.goto(signInPath('/account'));
    await laidOut(tab, 'fr', { role: 'heading', name: LANGUAGES.fr.signIn });
    await signInThroughOutbox(tab, newAddress(engine, 'reader'), '/account');
    for (const lang of ['fr', 'en'] as const) {
      if (lang !== 'fr') {
        await tab.run((value: string) => localStorage.setItem('parcours.locale', value), lang);
        await tab.reload();
      }
      await laidOut(tab, lang, { role: 'heading', name: LANGUAGES[lang].account });
      await shoot(tab, engine.name, `account-${lang}`);
    }
    // Fourteen page loads: on a busy two-core machine, more than the suite's 90 s.
  }, 180_000);
}
