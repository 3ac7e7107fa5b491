import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { errorBody } from '#contract/schemas.ts';
import { setMockSignedIn } from '#mocks/handlers/auth.ts';
import { server } from '#mocks/node.ts';
import { dismissNotice } from '#src/lib/notice.ts';
import { renderApp } from '#tests/utils/render-app.tsx';

const TOKEN = 'A'.repeat(43);

beforeEach(() => {
  setMockSignedIn(null);
  dismissNotice();
});

describe('asking for a sign-in link', () => {
  it('sends the address in the page’s language and says where the link went', async () => {
    let sent: unknown;
    server.events.on('request:start', async ({ request }) => {
      if (request.url.endsWith('/api/auth/sign-in')) sent = await request.clone().json();
    });
    const { user } = renderApp('/sign-in?returnTo=%2Fin-movement%2Fdebates%2Fx', { locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    // The neutral layout: a way back, no brand.
    expect(screen.getByRole('link', { name: /Back/ })).toBeInTheDocument();
    expect(screen.queryByText('Parcours')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('E-mail address'), ' ada@example.org ');
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(await screen.findByRole('heading', { name: 'Check your inbox' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'A sign-in link is on its way to ada@example.org. Open it in this same browser',
    );
    expect(screen.getByText('Asking for a new link replaces the earlier one.')).toBeInTheDocument();
    expect(sent).toEqual({ email: 'ada@example.org', locale: 'en' });
    expect(window.sessionStorage.getItem('parcours.signIn.returnTo')).toBe(
      '/in-movement/debates/x',
    );
    // A development build points at the server's outbox.
    expect(screen.getByRole('link', { name: 'Open the outbox' })).toHaveAttribute(
      'href',
      '/__outbox',
    );
    server.events.removeAllListeners();
  });

  it('refuses a malformed address before asking, and keeps only same-site destinations', async () => {
    const { user } = renderApp('/sign-in?returnTo=%2F%2Fevil.example');
    await user.type(await screen.findByLabelText('Adresse e-mail'), 'ada-at-example');
    await user.click(screen.getByRole('button', { name: 'M’envoyer un lien' }));
    const field = screen.getByLabelText('Adresse e-mail');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Saisissez une adresse e-mail complète/);
    await user.clear(field);
    await user.type(field, 'ada@example.org');
    await user.click(screen.getByRole('button', { name: 'M’envoyer un lien' }));
    await screen.findByRole('heading', { name: 'Regardez votre messagerie' });
    expect(window.sessionStorage.getItem('parcours.signIn.returnTo')).toBeNull();
  });

  it('says how long to wait when rate-limited', async () => {
    server.use(
      http.post('*/api/auth/sign-in', () =>
        HttpResponse.json(errorBody('rate_limited', 'Too many'), {
          status: 429,
          headers: { 'Retry-After': '1500' },
        }),
      ),
    );
    const { user } = renderApp('/sign-in', { locale: 'en' });
    await user.type(await screen.findByLabelText('E-mail address'), 'ada@example.org');
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many link requests for this address or from this network. Try again in 25 minutes.',
    );
    expect(screen.getByLabelText('E-mail address')).toHaveValue('ada@example.org');
  });

  it('says when the network failed, and succeeds on a second try', async () => {
    server.use(http.post('*/api/auth/sign-in', () => HttpResponse.error(), { once: true }));
    const { user } = renderApp('/sign-in', { locale: 'en' });
    await user.type(await screen.findByLabelText('E-mail address'), 'ada@example.org');
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the connection seems to be down');
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(await screen.findByRole('heading', { name: 'Check your inbox' })).toBeInTheDocument();
  });
});

describe('opening a sign-in link', () => {
  it('signs in once, then goes where the person was going, saying so', async () => {
    let verifications = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/api/auth/verify')) verifications++;
    });
    window.sessionStorage.setItem('parcours.signIn.returnTo', '/account');
    const { location } = renderApp(`/sign-in/verify?token=${TOKEN}`, { locale: 'en' });
    expect(await screen.findByRole('heading', { name: 'My account' })).toBeInTheDocument();
    expect(location()).toBe('/account');
    expect(screen.getByText('You are signed in as demo.')).toBeInTheDocument();
    expect(verifications).toBe(1);
    expect(window.sessionStorage.getItem('parcours.signIn.returnTo')).toBeNull();
    server.events.removeAllListeners();
  });

  it('goes to In Movement when nothing was remembered', async () => {
    const { location } = renderApp(`/sign-in/verify?token=${TOKEN}`);
    await waitFor(() => expect(location()).toBe('/in-movement'));
  });

  it('explains a refused link and offers a new one, keeping the destination', async () => {
    server.use(
      http.post('*/api/auth/verify', () =>
        HttpResponse.json(errorBody('bad_request', 'invalid', 'token'), { status: 400 }),
      ),
    );
    window.sessionStorage.setItem('parcours.signIn.returnTo', '/account');
    const { user, location } = renderApp(`/sign-in/verify?token=${TOKEN}`, { locale: 'en' });
    expect(
      await screen.findByRole('heading', { name: 'This sign-in link does not work' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'opened in another browser than the one that asked for it',
    );
    await user.click(screen.getByRole('link', { name: 'Ask for a new link' }));
    expect(location()).toBe('/sign-in?returnTo=%2Faccount');
  });

  it('refuses a malformed token without asking the server', async () => {
    renderApp('/sign-in/verify?token=short', { locale: 'en' });
    expect(
      await screen.findByRole('heading', { name: 'This sign-in link does not work' }),
    ).toBeInTheDocument();
  });

  it('offers a retry when the service failed, rather than calling the link dead', async () => {
    server.use(
      http.post('*/api/auth/verify', () =>
        HttpResponse.json(errorBody('unavailable', 'down'), { status: 503 }),
      ),
    );
    renderApp(`/sign-in/verify?token=${TOKEN}`, { locale: 'en' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The service could not sign you in just now',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('offers a retry when the connection failed, the token unspent', async () => {
    server.use(http.post('*/api/auth/verify', () => HttpResponse.error(), { once: true }));
    const { user, location } = renderApp(`/sign-in/verify?token=${TOKEN}`, { locale: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(location()).toBe('/in-movement'));
  });
});
