import { seriousViolations } from './axe.ts';
import type { DemoContent } from './demo-content.ts';
import { expect, test } from './fixtures.ts';

// Search is about words: these tests type words of particular demo texts (an accent
// left out, a name), so they name the story and the person they expect to find.
const hydrogenOf = (demo: DemoContent) => demo.stories.find((s) => s.slug === 'hydrogene')!;
const keravecOf = (demo: DemoContent) =>
  demo.stories.flatMap((s) => s.people).find((p) => p.slug === 'paul-keravec')!;
const NONE_FR = "Oups ! votre recherche n'a donné aucun résultat !";
const NONE_EN = 'Oops! Your search returned no results.';

test.describe('search on the real server', () => {
  test(
    'on an iPad in French: finds a word typed without its accents, then nothing for nonsense',
    { tag: '@ipad-landscape' },
    async ({ page, demo }) => {
      const hydrogen = hydrogenOf(demo);
      await page.goto('/');
      await page.getByRole('link', { name: 'Rechercher' }).tap();
      const field = page.getByRole('searchbox', {
        name: 'Rechercher une histoire, une personne ou un thème',
      });
      await field.tap();
      await page.keyboard.type('hydrogene', { delay: 40 });

      // Scoped to the results: once opened, the story also shows in the path dock.
      const hit = page
        .getByRole('region', { name: 'Résultats' })
        .getByRole('link', { name: hydrogen.title.fr, exact: true });
      await hit.waitFor();
      await page.waitForURL((url) => url.search === '?q=hydrogene');
      expect(await hit.locator('mark').first().textContent()).toBe('hydrogène');
      await page
        .getByRole('status')
        .filter({ hasText: /^\d+ résultats?$/ })
        .waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe(
        'search',
      );

      // The story opens over the springboard; closing it comes back to the search.
      await hit.tap();
      await page.waitForURL((url) => url.pathname === `/stories/${hydrogen.slug}/1`);
      await page.getByRole('dialog', { name: hydrogen.title.fr }).waitFor();
      await page.getByRole('button', { name: 'Fermer l’histoire' }).first().tap();
      await page.waitForURL((url) => url.pathname === '/search' && url.search === '?q=hydrogene');
      await expect.poll(() => field.inputValue()).toBe('hydrogene');
      await hit.waitFor();
      // Last, because axe's focus and scroll probing can open the path sheet over the page.
      expect(await seriousViolations(page)).toEqual([]);

      await field.fill('xqzwvkj');
      await page.getByText(NONE_FR, { exact: true }).waitFor();
      await page
        .getByRole('region', { name: 'Quelques pistes' })
        .getByRole('link')
        .first()
        .waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    },
  );

  test.describe('in English', () => {
    test.use({ locale: 'en-GB' });
    test(
      'on a desktop in English: a deep link, a person found without accents, and no results',
      { tag: '@desktop' },
      async ({ page, demo }) => {
        const keravec = keravecOf(demo);
        await page.goto('/search?q=keravec');
        const person = page.getByRole('link', { name: keravec.name });
        await person.waitFor();
        expect(await person.getAttribute('href')).toBe(`/people/${keravec.slug}`);
        expect(await person.locator('mark').textContent()).toBe('Kéravec');

        const field = page.getByRole('searchbox', {
          name: 'Search for a story, a person or a theme',
        });
        await field.fill('zzyzxq');
        await page.keyboard.press('Enter');
        await page.getByText(NONE_EN, { exact: true }).waitFor();
        expect(new URL(page.url()).search).toBe('?q=zzyzxq');
        await page.getByRole('region', { name: 'Some ideas' }).waitFor();

        // Reload keeps the query.
        await page.reload();
        await page.getByText(NONE_EN, { exact: true }).waitFor();
        expect(await field.inputValue()).toBe('zzyzxq');
      },
    );
  });

  test(
    'shows one clear button, ours: the browser draws none of its own in the field',
    { tag: '@ipad-landscape' },
    async ({ page }) => {
      await page.goto('/search?q=robot');
      const field = page.getByRole('searchbox', {
        name: 'Rechercher une histoire, une personne ou un thème',
      });
      await field.focus();
      await page.getByRole('button', { name: 'Effacer la recherche' }).waitFor();
      // The search field's own controls live in its user-agent shadow tree, out of the
      // page's reach (getComputedStyle ignores these pseudo-elements): DevTools sees them.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const native: number[] = [];
      const walk = (node: typeof root) => {
        const attributes = node.attributes ?? [];
        const pseudo = attributes[attributes.indexOf('pseudo') + 1] ?? '';
        if (attributes.includes('pseudo') && pseudo.startsWith('-webkit-search-')) {
          native.push(node.nodeId);
        }
        for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
      };
      walk(root);
      // Chromium has a cancel button there, as WebKit does (with a decoration too).
      expect(native.length).toBeGreaterThan(0);
      for (const nodeId of native) {
        const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId });
        expect(computedStyle.find((p) => p.name === 'display')?.value).toBe('none');
      }
      await cdp.detach();
    },
  );
});
