import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '#tests/utils/render-app.tsx';
import { buildContribution, buildDebate, serveInMovement } from '#tests/utils/serve-in-movement.ts';

import { UserText } from './linkify.tsx';

const SCRIPT = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const RLO = 'abc\u202Egnp.exe';
const FAMILY = '👩‍👩‍👧‍👦 and 🏳️‍🌈';
const LONG_WORD = 'a'.repeat(10_000);

describe('user text', () => {
  it('turns http(s) addresses into links that pass no reputation', () => {
    render(<UserText text="See https://example.org/a_(b)?q=1, then http://example.net." />);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/a_(b)?q=1',
      'http://example.net/',
    ]);
    for (const link of links) expect(link).toHaveAttribute('rel', 'nofollow ugc noopener');
    expect(screen.getByRole('paragraph')).toHaveTextContent(
      'See https://example.org/a_(b)?q=1, then http://example.net.',
    );
  });

  it('leaves other schemes as text', () => {
    render(<UserText text="javascript:alert(1) data:text/html,hi ftp://example.org" />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows hostile text as the characters it is', () => {
    const text = [SCRIPT, RLO, FAMILY, LONG_WORD].join('\n');
    render(<UserText text={text} />);
    const paragraph = screen.getByRole('paragraph');
    expect(paragraph.textContent).toBe(text);
    // Elements that must not exist have no role to find them by.
    // eslint-disable-next-line testing-library/no-node-access -- see above
    expect(paragraph.querySelector('*')).toBeNull();
    expect(paragraph).toHaveAttribute('dir', 'auto');
    expect(paragraph).toHaveClass('im-user-text');
  });

  it('keeps hostile names and bodies harmless on a debate page', async () => {
    // A contribution is bounded (CONTRIBUTION_MAX); a framing is not.
    const debate = buildDebate({ framing: `${LONG_WORD} ${SCRIPT}` });
    const hostile = buildContribution({
      debate: debate.slug,
      body: `${SCRIPT} ${'a'.repeat(3_500)} https://example.org/${'b'.repeat(300)}`,
    });
    hostile.author!.displayName = `${RLO} ${FAMILY}`;
    serveInMovement({ debates: [debate], contributions: [hostile] });
    renderApp(`/in-movement/debates/${debate.slug}`);
    const item = await screen.findByRole('article', { name: `${RLO} ${FAMILY}` });
    expect(within(item).queryByRole('img')).not.toBeInTheDocument();
    expect(within(item).getByText(`${RLO} ${FAMILY}`).tagName).toBe('BDI');
    expect(within(item).getByRole('link')).toHaveAttribute('rel', 'nofollow ugc noopener');
    expect(within(item).getAllByRole('paragraph')[0]).toHaveTextContent(hostile.body, {
      normalizeWhitespace: false,
    });
    expect(screen.getByText(debate.framing)).toHaveClass('im-user-text');
    // eslint-disable-next-line testing-library/no-node-access -- a script has no role
    expect(document.querySelector('main script')).toBeNull();
  });
});
