import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { readPath } from '#src/lib/visitor-path.ts';
import { renderApp } from '#tests/utils/render-app.tsx';
import {
  buildAccount,
  buildContribution,
  buildDebate,
  buildPublicPerson,
  buildReply,
  serveInMovement,
} from '#tests/utils/serve-in-movement.ts';

const closed = buildDebate({
  state: 'closed',
  question: 'Les robots prennent-ils des emplois ?',
  conclusion: 'Les emplois changent plutôt qu’ils ne disparaissent.',
  balance: { for: 4, neutral: 1, against: 2 },
  contributionCount: 7,
});
const open = buildDebate({ question: 'Faut-il fermer les centres aux voitures ?' });

const quiet = buildContribution({
  debate: open.slug,
  body: 'Le plus récent, sans réponse.',
  createdAt: '2026-10-05T10:00:00.000Z',
});
const busy = buildContribution({
  debate: open.slug,
  stance: 'against',
  body: 'Plus ancien mais très discuté.',
  createdAt: '2026-10-02T10:00:00.000Z',
});
busy.replies = [
  buildReply(busy, {
    body: 'La réponse de l’experte.',
    voice: 'expert',
    author: open.expert,
  }),
  buildReply(busy, { body: 'Une autre réponse.' }),
];
const gone = buildContribution({
  debate: open.slug,
  author: null,
  body: 'Écrit par quelqu’un parti.',
  createdAt: '2026-10-01T10:00:00.000Z',
});
const pending = buildContribution({
  debate: open.slug,
  state: 'pending',
  body: '',
  createdAt: '2026-09-30T10:00:00.000Z',
});
const removed = buildContribution({
  debate: open.slug,
  state: 'removed',
  body: '',
  removedReason: 'propos injurieux',
  createdAt: '2026-09-29T10:00:00.000Z',
});

const bodiesInOrder = () =>
  within(screen.getByRole('list', { name: 'Contributions' }))
    .getAllByRole('article')
    // Replies are articles too: keep the top-level ones, and read their text only.
    .filter((article) => !article.classList.contains('im-contribution--reply'))
    .map((article) => within(article).getAllByRole('paragraph')[0]?.textContent ?? '');

describe('a debate page', () => {
  it('shows a closed debate’s conclusion first, and its balance in numbers', async () => {
    serveInMovement({ debates: [closed] });
    renderApp(`/in-movement/debates/${closed.slug}`);
    const title = await screen.findByRole('heading', { level: 1, name: closed.question });
    expect(title).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Conclusion')).toBeLessThan(headings.indexOf('Le cadrage'));
    expect(headings[0]).toBe('Conclusion');
    expect(screen.getByText(closed.conclusion!)).toBeInTheDocument();
    expect(screen.getByText('Pour : 4 · Neutre : 1 · Contre : 2')).toBeInTheDocument();
    expect(
      screen.getByText('Ce débat est clos : il ne reçoit plus de contributions.'),
    ).toBeInTheDocument();
    // The tab's name is set in an effect, after the page has drawn.
    await waitFor(() => expect(document.title).toBe(`${closed.question} — In Movement`));
  });

  it('joins the visitor’s path, once however often it is opened', async () => {
    serveInMovement({ debates: [open] });
    const { unmount } = renderApp(`/in-movement/debates/${open.slug}`);
    await screen.findByRole('heading', { level: 1, name: open.question });
    unmount();
    renderApp(`/in-movement/debates/${open.slug}`);
    await screen.findByRole('heading', { level: 1, name: open.question });
    await waitFor(() =>
      expect(readPath().steps.filter((step) => step.kind === 'debate')).toEqual([
        expect.objectContaining({ kind: 'debate', slug: open.slug }),
      ]),
    );
  });

  it('names the expert with a badge, and says plainly when a debate does not exist', async () => {
    serveInMovement({ debates: [open] });
    const { unmount } = renderApp(`/in-movement/debates/${open.slug}`);
    await screen.findByRole('heading', { level: 1, name: open.question });
    expect(screen.getByText(open.expert!.displayName)).toBeInTheDocument();
    expect(screen.getByText('Expertise externe')).toBeInTheDocument();
    unmount();

    renderApp('/in-movement/debates/no-such-debate');
    expect(await screen.findByRole('heading', { name: 'Débat introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir tous les débats' })).toHaveAttribute(
      'href',
      '/in-movement',
    );
  });

  it('sorts contributions by recent or most replied, in the URL', async () => {
    serveInMovement({ debates: [open], contributions: [quiet, busy] });
    const { user, location } = renderApp(`/in-movement/debates/${open.slug}`);
    await screen.findByRole('list', { name: 'Contributions' });
    expect(bodiesInOrder()).toEqual([quiet.body, busy.body]);
    const sort = screen.getByRole('navigation', { name: 'Trier les contributions' });
    await user.click(within(sort).getByRole('link', { name: 'Les plus discutées' }));
    await waitFor(() => expect(location()).toBe(`/in-movement/debates/${open.slug}?sort=replies`));
    await waitFor(() => expect(bodiesInOrder()).toEqual([busy.body, quiet.body]));
  });

  it('shows authors, stances, the expert’s voice, replies, deleted accounts and hidden ones', async () => {
    serveInMovement({ debates: [open], contributions: [quiet, busy, gone, pending, removed] });
    renderApp(`/in-movement/debates/${open.slug}`);
    const list = await screen.findByRole('list', { name: 'Contributions' });
    const busyItem = within(list).getByRole('article', { name: busy.author!.displayName });
    expect(within(busyItem).getByText('Position : Contre')).toBeInTheDocument();
    const replies = within(busyItem).getByRole('list', { name: '2 réponses' });
    const expertReply = within(replies).getByRole('article', { name: open.expert!.displayName });
    expect(within(expertReply).getByText('Expert·e du débat')).toBeInTheDocument();
    expect(within(list).getByRole('article', { name: 'Compte supprimé' })).toHaveTextContent(
      gone.body,
    );
    expect(within(list).getByText('Masquée en attendant une vérification.')).toBeInTheDocument();
    expect(within(list).getByText(/Retirée par les modérateurs :/)).toHaveTextContent(
      'Retirée par les modérateurs : propos injurieux',
    );
  });

  it('lets a signed-in reader report a contribution once, with a reason', async () => {
    const state = serveInMovement({ debates: [open], contributions: [quiet], me: buildAccount() });
    const { user } = renderApp(`/in-movement/debates/${open.slug}`);
    const item = await screen.findByRole('article', { name: quiet.author!.displayName });
    const report = await within(item).findByRole('button', {
      name: `Signaler la contribution de ${quiet.author!.displayName}`,
    });
    await user.click(report);
    const dialog = screen.getByRole('dialog', { name: 'Signaler cette contribution' });
    await user.click(within(dialog).getByRole('button', { name: 'Envoyer le signalement' }));
    expect(within(dialog).getByText('Choisissez un motif.')).toBeInTheDocument();
    expect(state.reports).toHaveLength(0);
    await user.click(within(dialog).getByRole('radio', { name: 'Hors sujet' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Précisions (facultatif)' }),
      'Pas le sujet.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Envoyer le signalement' }));
    expect(
      await within(item).findByText('Merci : votre signalement est enregistré.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(state.reports).toEqual([{ reason: 'off-topic', note: 'Pas le sujet.' }]);
    expect(within(item).queryByRole('button', { name: /Signaler/ })).not.toBeInTheDocument();
  });

  it('offers no report on one’s own contribution', async () => {
    const me = buildAccount({ id: '900' });
    const mine = buildContribution({
      debate: open.slug,
      author: buildPublicPerson({ id: '900', displayName: me.displayName }),
    });
    serveInMovement({ debates: [open], contributions: [mine], me });
    renderApp(`/in-movement/debates/${open.slug}`);
    const item = await screen.findByRole('article', { name: me.displayName });
    expect(
      within(item).getByRole('button', { name: `Répondre à ${me.displayName}` }),
    ).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: /Signaler/ })).not.toBeInTheDocument();
  });
});
