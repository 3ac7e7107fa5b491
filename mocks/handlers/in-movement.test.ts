// @vitest-environment node
// Over 300 lines: one file per mocked API area, as the other handler tests.
/**
 * In Movement's mocked routes keep the server's rules: ordering, idempotency, the
 * report threshold, roles and states. Written over whatever the fixtures hold, so
 * they keep holding as the demo content grows.
 */
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { accountSchema } from '#contract/account.ts';
import {
  contributionListSchema,
  debateListSchema,
  debateSchema,
  moderationLogSchema,
  moderationQueueSchema,
} from '#contract/in-movement.ts';
import { SCENARIO_HEADER } from '#contract/routes.ts';
import { apiErrorSchema } from '#contract/schemas.ts';

import { demoAccounts } from '../fixtures/in-movement.ts';
import { signInMockAs } from '../in-movement-session.ts';
import { imState, setInMovementClock } from '../in-movement-store.ts';
import { handlers } from './index.ts';

async function call(
  path: string,
  { body, scenario, method }: { body?: unknown; scenario?: string; method?: string } = {},
) {
  const headers: Record<string, string> = scenario ? { [SCENARIO_HEADER]: scenario } : {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await getResponse(
    handlers,
    new Request(`http://parcours.test${path}`, {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  if (!response) throw new Error(`No handler for ${path}`);
  return { status: response.status, json: (await response.json()) as unknown };
}

const openDebate = () => imState().debates.find((d) => d.state === 'open' && !d.archived)!;
const closedDebate = () => imState().debates.find((d) => d.state === 'closed')!;
const emailOf = (role: string) => demoAccounts.find((a) => a.role === role)!.email;
const key = (n: number) => `draft-key-${String(n).padStart(8, '0')}`;

describe('debates', () => {
  it('lists pinned, then featured, then open before closed, newest first; archived never', async () => {
    const debates = imState().debates;
    // Every combination present whatever the fixtures hold.
    for (const debate of debates) debate.pinned = false;
    debates[1]!.featured = true;
    debates[1]!.pinned = false;
    const plain = { ...debates[0]!, pinned: false, featured: false };
    debates.push(
      { ...debates[0]!, slug: 'zz-pinned-closed', pinned: true, state: 'closed' },
      { ...debates[0]!, slug: 'zz-archived', pinned: true, archived: true },
      { ...plain, slug: 'zz-open-new', state: 'open', opensAt: '2030-01-01T00:00:00.000Z' },
      { ...plain, slug: 'zz-closed-newer', state: 'closed', opensAt: '2031-01-01T00:00:00.000Z' },
    );
    const { json } = await call('/api/in-movement/debates');
    const items = debateListSchema.parse(json).items;
    expect(items.map((d) => d.slug)).not.toContain('zz-archived');
    expect(items[0]?.slug).toBe('zz-pinned-closed');
    const slugs = items.map((d) => d.slug);
    expect(slugs.indexOf('zz-open-new')).toBeLessThan(slugs.indexOf('zz-closed-newer'));
    const rank = (d: (typeof items)[number]) => [
      d.pinned ? 0 : 1,
      d.featured ? 0 : 1,
      d.state === 'open' ? 0 : 1,
      -Date.parse(d.opensAt),
    ];
    for (let i = 1; i < items.length; i += 1) {
      const [a, b] = [rank(items[i - 1]!), rank(items[i]!)];
      const firstDifference = a.findIndex((value, j) => value !== b[j]);
      if (firstDifference >= 0) expect(a[firstDifference]!).toBeLessThan(b[firstDifference]!);
    }
  });

  it('counts the balance from visible top-level contributions only', async () => {
    const debate = openDebate();
    const mine = imState().contributions.filter((c) => c.debate === debate.slug);
    const top = mine.filter((c) => c.parentId === null);
    top[0]!.state = 'pending';
    const expected = { for: 0, neutral: 0, against: 0 };
    for (const c of top) if (c.state === 'visible' && c.stance) expected[c.stance] += 1;
    const { json } = await call(`/api/in-movement/debates/${debate.slug}`);
    const parsed = debateSchema.parse(json);
    expect(parsed.balance).toEqual(expected);
    expect(parsed.contributionCount).toBe(mine.filter((c) => c.state === 'visible').length);
  });

  it('hides archived debates (404) and closes a debate past its closing date', async () => {
    const [archived, late] = imState().debates.filter((d) => d.state === 'open');
    archived!.archived = true;
    late!.closesAt = '2020-01-01T00:00:00.000Z';
    expect((await call(`/api/in-movement/debates/${archived!.slug}`)).status).toBe(404);
    const closed = debateSchema.parse((await call(`/api/in-movement/debates/${late!.slug}`)).json);
    expect(closed.state).toBe('closed');
  });

  it('pages with cursors through every debate once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = debateListSchema.parse(
        (await call(`/api/in-movement/debates?limit=3${query}`)).json,
      );
      seen.push(...page.items.map((d) => d.slug));
      cursor = page.nextCursor;
    } while (cursor);
    const all = debateListSchema.parse((await call('/api/in-movement/debates')).json).items;
    expect(seen).toEqual(all.map((d) => d.slug));
  });

  it('answers 404 for an unknown debate', async () => {
    expect((await call('/api/in-movement/debates/no-such-debate')).status).toBe(404);
  });

  it('refuses a cursor it did not hand out', async () => {
    expect((await call('/api/in-movement/debates?cursor=bm9wZQ')).status).toBe(400);
  });
});

describe('contributions', () => {
  it('lists hidden ones without their text, and the expert’s words as the expert’s', async () => {
    const debate = openDebate();
    const hidden = imState().contributions.find(
      (c) => c.debate === debate.slug && c.parentId === null,
    )!;
    hidden.state = 'removed';
    hidden.removedReason = 'Hors sujet';
    const { json } = await call(`/api/in-movement/debates/${debate.slug}/contributions`);
    const items = contributionListSchema.parse(json).items;
    const listed = items.find((c) => c.id === hidden.id)!;
    expect(listed).toMatchObject({ body: '', state: 'removed', removedReason: 'Hors sujet' });
    const byExpert = items
      .flatMap((c) => [c, ...c.replies])
      .filter((c) => c.author?.id === debate.expertId);
    for (const c of byExpert) expect(c.voice).toBe('expert');
  });

  it('creates one contribution per idempotency key', async () => {
    signInMockAs('participant');
    setInMovementClock('2026-12-03T10:00:00.000Z');
    const path = `/api/in-movement/debates/${openDebate().slug}/contributions`;
    const body = { idempotencyKey: key(1), body: 'Une seule fois.', stance: 'against' };
    const first = await call(path, { body });
    const again = await call(path, { body });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect(first.json).toMatchObject({ createdAt: '2026-12-03T10:00:00.000Z', replies: [] });
    expect(imState().contributions.filter((c) => c.body === 'Une seule fois.')).toHaveLength(1);
  });

  it('asks to sign in (401), refuses the blocked (403) and closed debates (409)', async () => {
    const body = { idempotencyKey: key(2), body: 'Bonjour', stance: 'for' };
    const open = `/api/in-movement/debates/${openDebate().slug}/contributions`;
    expect((await call(open, { body })).status).toBe(401);
    const blocked = await call(open, { body, scenario: 'as-blocked' });
    expect(blocked.status).toBe(403);
    expect(apiErrorSchema.parse(blocked.json).error.message).toMatch(/blocked/);
    const closed = await call(`/api/in-movement/debates/${closedDebate().slug}/contributions`, {
      body,
      scenario: 'as-participant',
    });
    expect(closed.status).toBe(409);
    expect(apiErrorSchema.parse(closed.json).error.code).toBe('conflict');
  });

  it('refuses a key spent on another debate, and replies to hidden contributions', async () => {
    signInMockAs('participant');
    const [first, second] = imState().debates.filter((d) => d.state === 'open');
    const body = { idempotencyKey: key(5), body: 'Deux fois ?', stance: 'for' };
    const path = (slug: string) => `/api/in-movement/debates/${slug}/contributions`;
    expect((await call(path(first!.slug), { body })).status).toBe(201);
    const reused = await call(path(second!.slug), { body });
    expect(reused.status).toBe(409);
    expect(apiErrorSchema.parse(reused.json).error.field).toBe('idempotencyKey');
    const hidden = imState().contributions.find(
      (c) => c.debate === first!.slug && c.parentId === null,
    )!;
    hidden.state = 'pending';
    const reply = await call(path(first!.slug), {
      body: { idempotencyKey: key(6), body: 'Réponse', parentId: hidden.id },
    });
    expect(reply.status).toBe(409);
    expect(apiErrorSchema.parse(reply.json).error.field).toBe('parentId');
  });

  it('replies one level deep only', async () => {
    signInMockAs('participant');
    const reply = imState().contributions.find((c) => c.parentId !== null && findOpen(c.debate));
    const parent = reply ?? imState().contributions.find((c) => findOpen(c.debate))!;
    const path = `/api/in-movement/debates/${parent.debate}/contributions`;
    let target = parent.id;
    if (!reply) {
      const made = await call(path, {
        body: { idempotencyKey: key(3), body: 'r', parentId: target },
      });
      target = (made.json as { id: string }).id;
    }
    const refused = await call(path, {
      body: { idempotencyKey: key(4), body: 'rr', parentId: target },
    });
    expect(refused.status).toBe(409);
    expect(apiErrorSchema.parse(refused.json).error.field).toBe('parentId');
  });
});

function findOpen(slug: string) {
  return imState().debates.some((d) => d.slug === slug && d.state === 'open');
}

describe('reports', () => {
  it('hides a contribution pending review at three reporters, and logs it', async () => {
    const target = imState().contributions.find((c) => c.state === 'visible' && c.authorId)!;
    const reporters = imState()
      .people.filter((p) => p.id !== target.authorId)
      .slice(0, 3);
    const path = `/api/in-movement/contributions/${target.id}/reports`;
    const answers = [];
    for (const reporter of reporters) {
      signInMockAs(reporter.email);
      answers.push(await call(path, { body: { reason: 'spam' } }));
    }
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => (a.json as { hidden: boolean }).hidden)).toEqual([
      false,
      false,
      true,
    ]);
    expect(target.state).toBe('pending');
    const log = moderationLogSchema.parse((await call('/api/in-movement/moderation/log')).json);
    expect(log.items[0]).toMatchObject({
      action: 'auto-hide',
      actor: null,
      subject: { kind: 'contribution', id: target.id },
    });
  });

  it('takes one report per person, never on one’s own words', async () => {
    const target = imState().contributions.find((c) => c.authorId)!;
    const path = `/api/in-movement/contributions/${target.id}/reports`;
    const author = imState().people.find((p) => p.id === target.authorId)!;
    signInMockAs(author.email);
    expect((await call(path, { body: { reason: 'abuse' } })).status).toBe(409);
    signInMockAs(imState().people.find((p) => p.id !== author.id)!.email);
    expect((await call(path, { body: { reason: 'abuse' } })).status).toBe(200);
    const twice = await call(path, { body: { reason: 'abuse' } });
    expect(apiErrorSchema.parse(twice.json).error.message).toMatch(/already reported/);
  });
});

describe('moderation', () => {
  it('is for curators: 401 signed out, 403 for a participant or an expert', async () => {
    const queue = '/api/in-movement/moderation/queue';
    expect((await call(queue)).status).toBe(401);
    expect((await call(queue, { scenario: 'as-participant' })).status).toBe(403);
    expect((await call(queue, { scenario: 'as-expert' })).status).toBe(403);
    expect((await call(queue, { scenario: 'as-committee' })).status).toBe(403);
    expect((await call(queue, { scenario: 'as-curator' })).status).toBe(200);
    expect((await call(queue, { scenario: 'as-admin' })).status).toBe(200);
    const target = imState().contributions[0]!;
    const act = `/api/in-movement/moderation/contributions/${target.id}`;
    const body = { action: 'remove', reason: 'Spam' };
    expect((await call(act, { body, scenario: 'as-participant' })).status).toBe(403);
  });

  it('removes with a public reason, blocks the author, restores; each logged', async () => {
    const participants = new Set(
      imState()
        .people.filter((p) => p.role === 'participant')
        .map((p) => p.id),
    );
    const target = imState().contributions.find(
      (c) => c.state === 'visible' && c.authorId && participants.has(c.authorId),
    )!;
    const act = `/api/in-movement/moderation/contributions/${target.id}`;
    const noReason = await call(act, { body: { action: 'remove' }, scenario: 'as-curator' });
    expect(noReason.status).toBe(400);
    const removed = await call(act, {
      body: { action: 'remove', reason: 'Publicité' },
      scenario: 'as-curator',
    });
    expect(removed.json).toMatchObject({ action: 'remove', reason: 'Publicité' });
    expect(target).toMatchObject({ state: 'removed', removedReason: 'Publicité' });
    const twice = await call(act, {
      body: { action: 'remove', reason: 'x' },
      scenario: 'as-curator',
    });
    expect(twice.status).toBe(409);
    await call(act, { body: { action: 'block-author', reason: 'Spam' }, scenario: 'as-curator' });
    const author = imState().people.find((p) => p.id === target.authorId)!;
    expect(author.blocked).toBe(true);
    signInMockAs(author.email);
    const me = accountSchema.parse((await call('/api/me')).json);
    expect(me.blocked).toBe(true);
    await call(act, { body: { action: 'restore' }, scenario: 'as-curator' });
    const log = moderationLogSchema.parse((await call('/api/in-movement/moderation/log')).json);
    const curator = demoAccounts.find((a) => a.role === 'curator')!.displayName;
    expect(log.items.slice(0, 3).map((e) => [e.action, e.actor])).toEqual([
      ['restore', curator],
      ['block-author', curator],
      ['remove', curator],
    ]);
  });

  it('never blocks a curator, and starts with the demo’s automatic hides logged', async () => {
    const byCurator = imState().contributions.find((c) =>
      imState().people.some((p) => p.id === c.authorId && p.role === 'curator'),
    );
    if (byCurator) {
      const refused = await call(`/api/in-movement/moderation/contributions/${byCurator.id}`, {
        body: { action: 'block-author', reason: 'Essai' },
        scenario: 'as-admin',
      });
      expect(refused.status).toBe(409);
    }
    const pending = imState().contributions.filter((c) => c.state === 'pending');
    const log = moderationLogSchema.parse((await call('/api/in-movement/moderation/log')).json);
    expect(log.items.filter((e) => e.action === 'auto-hide')).toHaveLength(pending.length);
  });

  it('queues hidden and reported contributions with their text, most reported first', async () => {
    const [a, b] = imState().contributions.filter((c) => c.authorId);
    const reporters = imState().people.filter((p) => p.id !== a!.authorId && p.id !== b!.authorId);
    signInMockAs(reporters[0]!.email);
    await call(`/api/in-movement/contributions/${b!.id}/reports`, { body: { reason: 'spam' } });
    await call(`/api/in-movement/contributions/${a!.id}/reports`, {
      body: { reason: 'other', note: 'Doublon' },
    });
    signInMockAs(reporters[1]!.email);
    await call(`/api/in-movement/contributions/${a!.id}/reports`, { body: { reason: 'spam' } });
    signInMockAs(emailOf('curator'));
    const queue = moderationQueueSchema.parse(
      (await call('/api/in-movement/moderation/queue')).json,
    );
    const ids = queue.items.map((item) => item.contribution.id);
    expect(ids.indexOf(a!.id)).toBeLessThan(ids.indexOf(b!.id));
    const first = queue.items.find((item) => item.contribution.id === a!.id)!;
    expect(first.contribution.body).toBe(a!.body);
    expect(first.reports.map((r) => r.note)).toContain('Doublon');
  });
});

describe('curation', () => {
  it('closes a debate once (409 after), logs it, and refuses participants (403)', async () => {
    const path = `/api/in-movement/debates/${openDebate().slug}/curation`;
    const body = { close: { conclusion: 'Merci à toutes et à tous.' } };
    expect((await call(path, { body, scenario: 'as-participant' })).status).toBe(403);
    const closed = await call(path, { body, scenario: 'as-curator' });
    expect(debateSchema.parse(closed.json)).toMatchObject({
      state: 'closed',
      conclusion: 'Merci à toutes et à tous.',
    });
    expect((await call(path, { body, scenario: 'as-curator' })).status).toBe(409);
  });

  it('publishes a curated item with a preview built from its URL and theme', async () => {
    const theme = imState().themes[0]!;
    const created = await call('/api/in-movement/curated', {
      scenario: 'as-curator',
      body: {
        url: 'https://www.example.net/a',
        title: 'Un signal',
        commentary: 'À suivre.',
        theme: theme.slug,
        signal: 'weak-signal',
      },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      preview: { host: 'example.net', initial: 'E', color: theme.color },
      debates: [],
    });
    const refused = await call('/api/in-movement/curated', {
      scenario: 'as-expert',
      body: {
        url: 'https://example.net',
        title: 't',
        commentary: 'c',
        theme: theme.slug,
        signal: 'data',
      },
    });
    expect(refused.status).toBe(403);
  });
});

describe('signed-in scenarios', () => {
  it('answers getMe with the scenario’s demo account', async () => {
    const me = accountSchema.parse((await call('/api/me', { scenario: 'as-curator' })).json);
    expect(me).toMatchObject({ email: emailOf('curator'), role: 'curator', blocked: false });
    for (const role of ['participant', 'expert', 'committee', 'admin'] as const) {
      const account = accountSchema.parse((await call('/api/me', { scenario: `as-${role}` })).json);
      expect(account).toMatchObject({ email: emailOf(role), role, blocked: false });
    }
    const blocked = accountSchema.parse((await call('/api/me', { scenario: 'as-blocked' })).json);
    expect(blocked).toMatchObject({ role: 'participant', blocked: true });
    expect((await call('/api/me')).status).toBe(401);
  });
});
