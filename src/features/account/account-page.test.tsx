import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { type Account, errorBody } from '#contract/schemas.ts';
import { mockSignedIn, setMockSignedIn, signedInAccount } from '#mocks/handlers/auth.ts';
import { imState } from '#mocks/in-movement-store.ts';
import { server } from '#mocks/node.ts';
import { App } from '#src/app/app.tsx';
import { createTestRouter } from '#src/app/router.tsx';
import { dismissNotice } from '#src/lib/notice.ts';
import { renderApp } from '#tests/utils/render-app.tsx';

const ADA: Account = {
  id: '7',
  email: 'ada@example.org',
  displayName: 'Ada',
  role: 'curator',
  bio: '',
  affiliation: null,
  locale: 'en',
  blocked: false,
};

beforeEach(() => {
  setMockSignedIn(ADA);
  dismissNotice();
});
afterEach(() => vi.restoreAllMocks());

describe('the account page', () => {
  it('asks a signed-out visitor to sign in, coming back here', async () => {
    setMockSignedIn(null);
    renderApp('/account', { locale: 'en' });
    expect(await screen.findByText('Sign in to see and edit your profile.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?returnTo=%2Faccount',
    );
  });

  it('shows the role and saves the profile', async () => {
    const { user } = renderApp('/account', { locale: 'en' });
    expect(await screen.findByText('Curator')).toBeInTheDocument();
    expect(screen.getByText('E-mail address: ada@example.org')).toBeInTheDocument();
    const name = screen.getByLabelText('Display name');
    await user.clear(name);
    await user.type(name, 'Ada Lovelace');
    await user.type(screen.getByLabelText('About you (optional)'), 'Engines.');
    await user.click(screen.getByRole('radio', { name: 'Outside the group' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Profile saved.')).toBeInTheDocument();
    expect(mockSignedIn()).toMatchObject({
      displayName: 'Ada Lovelace',
      bio: 'Engines.',
      affiliation: 'external',
      locale: 'en',
    });
  });

  it('points at the field to fix, before and after asking the server', async () => {
    const { user } = renderApp('/account', { locale: 'en' });
    const name = await screen.findByLabelText('Display name');
    await user.clear(name);
    await user.type(name, '   ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Give a name of 1 to 80 characters/);
    expect(mockSignedIn()?.displayName).toBe('Ada');

    server.use(
      http.put('*/api/me', () =>
        HttpResponse.json(errorBody('bad_request', 'Invalid bio', 'bio'), { status: 400 }),
      ),
    );
    await user.type(name, 'Ada');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const bio = screen.getByLabelText('About you (optional)');
    await waitFor(() => expect(bio).toHaveAttribute('aria-invalid', 'true'));
    expect(bio).toHaveAccessibleDescription(/Keep the text to 500 characters at most/);
  });

  it('says how long to wait past the allowance', async () => {
    server.use(
      http.put('*/api/me', () =>
        HttpResponse.json(errorBody('rate_limited', 'Too many'), {
          status: 429,
          headers: { 'Retry-After': '30' },
        }),
      ),
    );
    const { user } = renderApp('/account', { locale: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Try again in 1 minute.');
  });

  it('downloads everything stored as a JSON file', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:export';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toMatch(/^parcours-account-\d{4}-\d{2}-\d{2}\.json$/);
      expect(this.href).toBe('blob:export');
    });
    const { user } = renderApp('/account', { locale: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Download my data' }));
    expect(await screen.findByText('File downloaded.')).toBeInTheDocument();
    expect(clicked).toHaveBeenCalledTimes(1);
    const file = JSON.parse(await created[0]!.text()) as { account: Account };
    // The account as /api/me answers it (the mocks give it the In Movement store's id).
    expect(file.account).toEqual({ ...ADA, id: signedInAccount(imState(), 'default')?.id });
  });

  it('deletes the account only after a confirmation that explains what stays', async () => {
    const { user } = renderApp('/account', { locale: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Delete my account' }));
    const confirm = screen.getByRole('group', { name: 'Delete my account' });
    expect(confirm).toHaveTextContent('Your contributions stay visible, signed “deleted account”.');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Delete my account' })).toHaveFocus();
    expect(mockSignedIn()).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));
    expect(await screen.findByText('Your account was deleted.')).toBeInTheDocument();
    expect(screen.getByText('Sign in to see and edit your profile.')).toBeInTheDocument();
    expect(mockSignedIn()).toBeNull();
  });

  it('signs out', async () => {
    const { user } = renderApp('/account', { locale: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('You are signed out.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('verifies a link once under StrictMode', async () => {
    setMockSignedIn(null);
    let verifications = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/api/auth/verify')) verifications++;
    });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const router = createTestRouter(queryClient, [`/sign-in/verify?token=${'B'.repeat(43)}`]);
    render(
      <StrictMode>
        <App queryClient={queryClient} router={router} locale="en" />
      </StrictMode>,
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/in-movement'));
    expect(verifications).toBe(1);
    server.events.removeAllListeners();
  });
});
