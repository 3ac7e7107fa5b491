import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import type { Account } from '#contract/schemas.ts';
import { setMockSignedIn } from '#mocks/handlers/auth.ts';
import { dismissNotice } from '#src/lib/notice.ts';
import { renderApp } from '#tests/utils/render-app.tsx';
import { serveInMovement } from '#tests/utils/serve-in-movement.ts';

const ADA: Account = {
  id: '7',
  email: 'ada@example.org',
  displayName: 'Ada',
  role: 'participant',
  bio: '',
  affiliation: null,
  locale: 'fr',
  blocked: false,
};

beforeEach(() => {
  setMockSignedIn(null);
  dismissNotice();
  document.title = '';
});

// The tab's name is set in an effect, after the page has drawn: hence the waitFor.
describe('the sign-in and account pages’ tab titles', () => {
  it('name In Movement when the person came from it, never the group', async () => {
    renderApp('/sign-in?returnTo=%2Fin-movement%2Fdebates%2Fx');
    await screen.findByRole('heading', { level: 1, name: 'Se connecter' });
    await waitFor(() => expect(document.title).toBe('Se connecter — In Movement'));
  });

  it('say so in English too', async () => {
    renderApp('/sign-in?returnTo=%2Fin-movement', { locale: 'en' });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await waitFor(() => expect(document.title).toBe('Sign in — In Movement'));
  });

  it('name the page alone when nothing says where the person came from', async () => {
    renderApp('/sign-in?returnTo=%2Fin-movementx');
    await screen.findByRole('heading', { level: 1, name: 'Se connecter' });
    await waitFor(() => expect(document.title).toBe('Se connecter'));
  });

  it('keep the platform’s name on the way back from the mail', async () => {
    window.sessionStorage.setItem('parcours.signIn.returnTo', '/in-movement/debates/x');
    renderApp('/sign-in/verify');
    await waitFor(() => expect(document.title).toBe('Connexion — In Movement'));
  });

  it('name the account page after the platform when its header led there', async () => {
    setMockSignedIn(ADA);
    serveInMovement({ debates: [], me: ADA });
    const { user } = renderApp('/in-movement');
    await user.click(await screen.findByRole('link', { name: /Ada/ }));
    await screen.findByRole('heading', { level: 1, name: 'Mon compte' });
    await waitFor(() => expect(document.title).toBe('Mon compte — In Movement'));
    expect(document.title).not.toContain('Parcours');
  });
});
