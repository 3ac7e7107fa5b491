import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { debatePath, inMovementPath } from '#contract/pages.ts';
import { debates, debateThemes } from '#mocks/fixtures/in-movement.ts';
import { readPath, recordDebate } from '#src/lib/visitor-path.ts';
import { first, reload, serveCatalogue, trailSteps, visit } from '#tests/utils/path-page.ts';
import { renderApp } from '#tests/utils/render-app.tsx';

serveCatalogue();

const debate = debates[0]!;
const themeColor = debateThemes.find((t) => t.slug === debate.theme)!.color;
const q = debate.question;

describe('In Movement debates on the visitor’s path', () => {
  it('joins the trail and the map, with its question, its mark and a link to the debate', async () => {
    await visit(first.slug, 2, first.cards.length);
    recordDebate(debate, themeColor);
    renderApp('/parcours');

    const steps = await trailSteps();
    expect(steps).toHaveLength(2);
    expect(steps[1]).toHaveAccessibleName(`Étape 2 · Débat In Movement ${q} Ouvrir`);
    expect(steps[1]).toHaveAttribute('href', debatePath(debate.slug));

    const map = await screen.findByRole('group', {
      name: 'Carte des histoires par thème, avec votre parcours',
    });
    expect(
      within(map).getByRole('link', { name: `${q} — étape 2, débat In Movement` }),
    ).toHaveAttribute('href', debatePath(debate.slug));
    expect(
      within(map).getByRole('link', { name: 'In Movement : les débats de votre parcours' }),
    ).toHaveAttribute('href', inMovementPath());
  });

  it('speaks the visitor’s language around the debate’s own', async () => {
    recordDebate(debate, themeColor);
    renderApp('/parcours', { locale: 'en' });
    const trail = await screen.findByRole('list', { name: 'The trail' });
    expect(within(trail).getByRole('link')).toHaveAccessibleName(
      `Step 1 · In Movement debate ${q} Open`,
    );
    const map = await screen.findByRole('group', {
      name: 'Map of the stories by theme, with your path',
    });
    expect(
      within(map).getByRole('link', { name: `${q} — step 1, In Movement debate` }),
    ).toBeInTheDocument();
  });

  it('is one step however often the debate is opened, and goes when removed', async () => {
    recordDebate(debate, themeColor);
    recordDebate(debates[1]!);
    recordDebate(debate, themeColor);
    expect(readPath().steps.map((s) => `${s.kind} ${s.slug}`)).toEqual([
      `debate ${debate.slug}`,
      `debate ${debates[1]!.slug}`,
    ]);
    const { user } = renderApp('/parcours');
    await trailSteps();
    await user.click(screen.getByRole('button', { name: `Retirer « ${q} » du parcours` }));
    expect(await trailSteps()).toHaveLength(1);
    expect(screen.queryByRole('link', { name: new RegExp(`^${q} —`) })).not.toBeInTheDocument();
  });

  it('is shared, and drawn for anyone who opens the link', async () => {
    await visit(first.slug, 1, first.cards.length);
    recordDebate(debate, themeColor);
    const { user } = renderApp('/parcours');
    await trailSteps();
    await user.click(screen.getByRole('button', { name: 'Partager mon parcours' }));
    const field = await screen.findByRole('textbox', { name: 'Lien à partager' });
    const url = new URL((field as HTMLInputElement).value);

    reload();
    localStorage.clear();
    renderApp(url.pathname);
    const steps = await trailSteps();
    expect(steps[1]).toHaveAccessibleName(`Étape 2 · Débat In Movement ${q} Ouvrir`);
    expect(steps[1]).toHaveAttribute('href', debatePath(debate.slug));
    const map = await screen.findByRole('group', {
      name: 'Carte des histoires par thème, avec ce parcours',
    });
    expect(
      within(map).getByRole('link', { name: `${q} — étape 2, débat In Movement` }),
    ).toHaveAttribute('href', debatePath(debate.slug));
  });

  it('survives a reload as it was stored', async () => {
    recordDebate(debate, themeColor);
    const stored = readPath().steps;
    reload();
    expect(readPath()).toEqual({ steps: stored, wasReset: false });
  });
});
