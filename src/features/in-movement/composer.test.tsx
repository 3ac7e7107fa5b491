import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '#tests/utils/render-app.tsx';
import {
  buildAccount,
  buildContribution,
  buildDebate,
  serveInMovement,
} from '#tests/utils/serve-in-movement.ts';

import { draftStorageKey } from './draft-storage.ts';

const debate = buildDebate({ question: 'Should city centres close to cars?' });
const page = `/in-movement/debates/${debate.slug}`;
const me = buildAccount();

/** The page in English, signed in, its composer ready. */
async function openComposer(content: Parameters<typeof serveInMovement>[0] = {}) {
  const state = serveInMovement({ debates: [debate], me, ...content });
  const utils = renderApp(page, { locale: 'en' });
  const text = await screen.findByRole('textbox', { name: 'Your contribution' });
  return { ...utils, state, text };
}

describe('the composer', () => {
  it('shows the bound while typing and refuses text over it', async () => {
    const { user, state, text } = await openComposer();
    expect(screen.getByText('4,000 characters left')).toBeInTheDocument();
    await user.type(text, 'Only if buses follow.');
    expect(screen.getByText('3,979 characters left')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'For' }));
    await user.clear(text);
    await user.click(text);
    await user.paste('x'.repeat(4002));
    expect(screen.getByText('2 characters too many')).toBeInTheDocument();
    expect(text).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Shorten your text: 4,000 characters at most.',
    );
    expect(state.writes).toHaveLength(0);
  });

  it('asks for a stance before sending', async () => {
    const { user, state, text } = await openComposer();
    await user.type(text, 'I am not sure yet.');
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Choose a stance: for, neutral or against.',
    );
    expect(screen.getByRole('radio', { name: 'For' })).toHaveFocus();
    expect(state.writes).toHaveLength(0);
    await user.click(screen.getByRole('radio', { name: 'Neutral' }));
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    await screen.findByText('Your contribution is published.');
    expect(state.writes).toEqual([
      expect.objectContaining({ body: 'I am not sure yet.', stance: 'neutral' }),
    ]);
  });

  it('keeps the draft (text, stance, key) across a reload', async () => {
    const first = await openComposer();
    await first.user.type(first.text, 'Typed before the reload.');
    await first.user.click(screen.getByRole('radio', { name: 'Against' }));
    first.unmount();

    const second = await openComposer();
    expect(second.text).toHaveValue('Typed before the reload.');
    expect(screen.getByRole('radio', { name: 'Against' })).toBeChecked();
    const stored = JSON.parse(localStorage.getItem(draftStorageKey(debate.slug))!) as {
      key: string;
    };
    expect(stored.key).toMatch(/^[A-Za-z0-9_-]{22,}$/);
  });

  it('ignores a corrupted draft in storage', async () => {
    localStorage.setItem(draftStorageKey(debate.slug), '{"body": 42, "key": "<script>"');
    const { text } = await openComposer();
    expect(text).toHaveValue('');
  });

  it('sends a double tap once, then clears the draft', async () => {
    const { user, state, text } = await openComposer();
    // A slow answer: the second tap lands while the first is on its way.
    state.writeDelay = 300;
    await user.click(screen.getByRole('radio', { name: 'For' }));
    await user.type(text, 'Sent once.');
    await user.dblClick(screen.getByRole('button', { name: 'Publish' }));
    expect(screen.getByRole('button', { name: 'Sending…' })).toBeDisabled();
    // Busy until the answer and the refreshed lists are in (the flow board waits for it).
    // eslint-disable-next-line testing-library/no-node-access -- an unnamed form has no role to query
    const form = text.closest('form')!;
    expect(form).toHaveAttribute('aria-busy', 'true');
    await screen.findByText('Your contribution is published.');
    expect(form).not.toHaveAttribute('aria-busy');
    // A late third tap on the emptied form neither sends nor complains.
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(screen.getByText('Your contribution is published.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(state.writes).toHaveLength(1);
    expect(text).toHaveValue('');
    expect(localStorage.getItem(draftStorageKey(debate.slug))).toBeNull();
    // The new contribution is in the list once the page has asked again.
    const list = await screen.findByRole('list', { name: 'Contributions' });
    expect(within(list).getByText('Sent once.')).toBeInTheDocument();
  });

  it('keeps the draft when sending fails, and retries with the same key', async () => {
    const { user, state, text } = await openComposer();
    state.failWith = 'network';
    await user.click(screen.getByRole('radio', { name: 'For' }));
    await user.type(text, 'Lost in a tunnel.');
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sending failed: the connection seems down. Your text is kept; try again.',
    );
    expect(text).toHaveValue('Lost in a tunnel.');
    expect(localStorage.getItem(draftStorageKey(debate.slug))).toContain('Lost in a tunnel.');

    state.failWith = null;
    await user.click(screen.getByRole('button', { name: 'Try sending again' }));
    await screen.findByText('Your contribution is published.');
    expect(state.writes).toHaveLength(2);
    const [failed, retried] = state.writes as { idempotencyKey: string }[];
    expect(retried!.idempotencyKey).toBe(failed!.idempotencyKey);
  });

  it.each([
    [401, 'Your session has ended. Sign in again: your text will wait for you here.'],
    [403, 'Your account cannot write here (it may have been blocked by the moderators).'],
    [409, 'This is no longer possible: the debate may just have closed. Reload the page.'],
    [429, 'Too many posts in a short time. Try again in a few minutes; your text is kept.'],
  ])('says what a %i means and keeps the text', async (status, message) => {
    const { user, state, text } = await openComposer();
    state.failWith = status;
    await user.click(screen.getByRole('radio', { name: 'For' }));
    await user.type(text, 'Refused.');
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(text).toHaveValue('Refused.');
    if (status === 401) {
      expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
        'href',
        `/sign-in?returnTo=${encodeURIComponent(page)}`,
      );
    }
  });

  it('asks an anonymous visitor to sign in, coming back to the debate', async () => {
    serveInMovement({ debates: [debate], me: null });
    renderApp(page, { locale: 'en' });
    const signIn = await screen.findByRole('link', { name: 'Sign in to take part' });
    expect(signIn).toHaveAttribute('href', `/sign-in?returnTo=${encodeURIComponent(page)}`);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('replies to a contribution, one level deep, without a stance', async () => {
    const parent = buildContribution({ debate: debate.slug, body: 'The parent.' });
    const { user, state } = await openComposer({ contributions: [parent] });
    const item = await screen.findByRole('article', { name: parent.author!.displayName });
    await user.click(
      within(item).getByRole('button', { name: `Reply to ${parent.author!.displayName}` }),
    );
    const reply = within(item).getByRole('textbox', {
      name: `Your reply to ${parent.author!.displayName}`,
    });
    await user.type(reply, 'A reply.');
    await user.click(within(item).getByRole('button', { name: 'Publish reply' }));
    await within(item).findByText('Your reply is published.');
    expect(state.writes).toEqual([
      {
        idempotencyKey: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
        body: 'A reply.',
        parentId: parent.id,
      },
    ]);
    expect(await within(item).findByText('A reply.')).toBeInTheDocument();
  });
});
