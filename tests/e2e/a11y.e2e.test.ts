import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { baseURL, browserSuite } from './browser.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const suite = browserSuite();

// Every route and state a visitor can reach: springboard, filtered, each card kind,
// the end card, not-found story, not-found card, unknown page.
const screens = [
  ['springboard', '/', 'list'],
  ['filtered springboard', '/?theme=design', 'list'],
  ['film card', '/stories/atelier-des-formes', 'group'],
  ['image card', '/stories/nuancier/2', 'group'],
  ['quote card', '/stories/portrait-ines-marchal/2', 'group'],
  ['text card', '/stories/atelier-des-formes/3', 'group'],
  ['end card', '/stories/nuancier/7', 'list'],
  ['unknown story', '/stories/nexiste-pas', 'alert'],
  ['unknown card', '/stories/nuancier/99', 'alert'],
  ['unknown page', '/nulle-part', 'alert'],
] as const;

describe('accessibility (axe-core)', () => {
  for (const [name, path, role] of screens) {
    it(`finds no serious or critical violation on the ${name} (${path})`, async () => {
      const { page } = await suite.open('ipadLandscape');
      await page.goto(`${baseURL()}${path}`);
      await page.getByRole(role).first().waitFor();
      // Contrast is judged on what the visitor reads: wait for the entry fades to end.
      await page.waitForFunction(() =>
        ['.viewer', '.deck'].every((selector) => {
          const element = document.querySelector(selector);
          return !element || getComputedStyle(element).opacity === '1';
        }),
      );
      // Evaluated through the DevTools protocol: the app's CSP rightly refuses inline scripts.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (c: Document) => Promise<{
                violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
              }>;
            };
          }
        ).axe;
        const result = await axe.run(document);
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
    });
  }
});
