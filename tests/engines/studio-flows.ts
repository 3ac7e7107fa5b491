/**
 * The studio in the other engines (decision 035): editors work on iPads, so Safari's
 * engine must run it as Chromium does. The demo editor signs in through the outbox,
 * creates a story, writes in both languages, sees it saved on the server (a reload
 * keeps it), and opens the preview, whose three device frames run the real viewer.
 */
import { expect, it } from 'vitest';

import { at, type Engine, poll, shoot } from './engine.ts';
import { signInThroughOutbox, statusSays } from './in-movement-flows.ts';

const EDITOR = 'editor@in-movement.example';

/** Registers the studio's flow; `engine` is read when it runs (after beforeAll). */
export function studioFlows(current: () => Engine) {
  it('an editor creates a story, writes it in both languages, and previews it in three frames', async () => {
    const engine = current();
    const tab = await engine.visitor();
    const stamp = `${engine.name}-${Date.now().toString(36)}`;
    const slug = `essai-${stamp}`.toLowerCase();
    const title = `Essai ${stamp}`;

    await tab.goto('/studio');
    await tab.find({ role: 'heading', name: 'Connectez-vous pour ouvrir le studio' });
    await tab.click(await tab.find({ role: 'link', name: 'Se connecter' }));
    await tab.find({ role: 'heading', name: 'Se connecter' });
    await signInThroughOutbox(tab, EDITOR, '/studio');
    await tab.find({ role: 'heading', name: 'Histoires' });

    await tab.click(await tab.find({ role: 'button', name: 'Nouvelle histoire' }));
    const form = { role: 'form', name: 'Nouvelle histoire' } as const;
    const fill = async (query: Parameters<typeof tab.find>[0], text: string) => {
      await tab.click(await tab.find(query));
      await tab.type(text);
    };
    await fill({ role: 'textbox', name: 'Titre (FR)', within: form }, title);
    await fill({ role: 'textbox', name: 'Titre (EN)', within: form }, `Trial ${stamp}`);
    // The address is made from the French title as it is typed.
    const address = await tab.find({
      role: 'textbox',
      name: 'Identifiant (dans l’adresse)',
      within: form,
    });
    expect(await tab.onElement(address, (el) => (el as HTMLInputElement).value)).toBe(slug);
    await tab.click(await tab.find({ role: 'button', name: 'Créer et ouvrir', within: form }));
    await at(tab, `/studio/${slug}`);

    const story = { role: 'region', name: 'L’histoire' } as const;
    const summary = `Écrit dans ${engine.name}.`;
    await fill({ role: 'textbox', name: 'Résumé (FR)', within: story }, summary);
    await fill(
      { role: 'textbox', name: 'Résumé (EN)', within: story },
      `Written in ${engine.name}.`,
    );
    // A cover from the studio's library and one card: what the viewer needs to show it.
    await tab.click(
      await tab.find({
        role: 'button',
        name: 'Choisir dans le studio (Couverture)',
        within: story,
      }),
    );
    await tab.click(
      await tab.find({
        role: 'button',
        within: { role: 'group', name: 'Médias déjà dans le studio' },
      }),
    );
    const cards = { role: 'region', name: /cartes?$/i } as const;
    await tab.click(await tab.find({ role: 'button', name: 'Ajouter : texte', within: cards }));
    const card = { role: 'listitem', name: 'Carte 1 (texte)' } as const;
    await fill({ role: 'textbox', name: 'Titre (FR)', within: card }, 'Premier');
    await fill({ role: 'textbox', name: 'Texte (FR)', within: card }, 'Premier, en détail.');
    await statusSays(tab, 'Enregistré');
    await shoot(tab, engine.name, 'studio-editor-fr');

    // Saved on the server, not only in the page: a reload reads it back.
    await tab.reload();
    const kept = await tab.find({ role: 'textbox', name: 'Résumé (FR)', within: story });
    expect(await tab.onElement(kept, (el) => (el as HTMLTextAreaElement).value)).toBe(summary);

    // The preview: the viewer in each frame, on the draft (the server lets only this
    // origin frame it).
    await tab.goto(`/studio/${slug}/preview`);
    const framed = await poll(
      'the draft in the three preview frames',
      () =>
        tab.run((expected: string) => {
          const frames = [...document.querySelectorAll('iframe')];
          return frames.map((frame) => {
            const dialog = frame.contentDocument?.querySelector('[role="dialog"]');
            return (dialog?.textContent ?? '').includes(expected);
          });
        }, title),
      (seen) => seen.length === 3 && seen.every(Boolean),
    );
    expect(framed).toEqual([true, true, true]);
    await shoot(tab, engine.name, 'studio-preview-fr');
  });
}
