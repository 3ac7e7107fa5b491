/**
 * Lets a component test serve In Movement from its own data (built here through the
 * contract's schemas) in place of the demo handlers: themes, debates, contributions,
 * the signed-in account, and the writes, which answer as the server does (201, the
 * same contribution again for a reused idempotency key) or fail as the test says.
 * Every write the client sent is kept in `writes` for the test to count.
 */
import { delay, http, HttpResponse } from 'msw';

import {
  type Contribution,
  contributionInputSchema,
  type Debate,
  debateSchema,
  type PublicPerson,
  type Reply,
} from '#contract/in-movement.ts';
import { routes } from '#contract/routes.ts';
import type { Account, Theme } from '#contract/schemas.ts';
import { server } from '#mocks/node.ts';
import { buildImage, buildTheme } from '#tests/factories.ts';

let counter = 0;
const next = () => ++counter;

export function buildPublicPerson(overrides: Partial<PublicPerson> = {}): PublicPerson {
  const n = next();
  return {
    id: String(100 + n),
    displayName: `Person ${n}`,
    role: 'participant',
    affiliation: null,
    bio: '',
    ...overrides,
  };
}

export function buildDebate(overrides: Partial<Debate> = {}): Debate {
  const n = next();
  return debateSchema.parse({
    slug: `debate-${n}`,
    lang: 'fr',
    question: `Question numéro ${n} ?`,
    theme: 'urbanisme',
    expert: buildPublicPerson({ role: 'expert', affiliation: 'external', bio: 'Urbaniste.' }),
    state: 'open',
    opensAt: '2026-10-01T08:00:00.000Z',
    closesAt: '2027-01-31T18:00:00.000Z',
    pinned: false,
    featured: false,
    cover: buildImage(),
    balance: { for: 0, neutral: 0, against: 0 },
    contributionCount: 0,
    framing: `Le cadrage du débat ${n}.`,
    conclusion: null,
    film: null,
    ...overrides,
  });
}

export function buildContribution(overrides: Partial<Contribution> = {}): Contribution {
  const n = next();
  return {
    id: String(n),
    debate: 'debate-1',
    author: buildPublicPerson(),
    voice: 'participant',
    body: `Contribution ${n}`,
    state: 'visible',
    removedReason: null,
    createdAt: new Date(Date.UTC(2026, 9, 1, 10, n)).toISOString(),
    reportedByMe: false,
    stance: 'for',
    replies: [],
    ...overrides,
  };
}

export function buildReply(parent: Contribution, overrides: Partial<Reply> = {}): Reply {
  const n = next();
  return {
    id: String(n),
    debate: parent.debate,
    author: buildPublicPerson(),
    voice: 'participant',
    body: `Reply ${n}`,
    state: 'visible',
    removedReason: null,
    createdAt: new Date(Date.UTC(2026, 9, 2, 10, n)).toISOString(),
    reportedByMe: false,
    parentId: parent.id,
    ...overrides,
  };
}

export function buildAccount(overrides: Partial<Account> = {}): Account {
  return {
    id: '7',
    email: 'jonas@in-movement.example',
    displayName: 'Jonas Petit',
    role: 'participant',
    bio: '',
    affiliation: null,
    locale: 'fr',
    blocked: false,
    ...overrides,
  };
}

export const urbanism: Theme = buildTheme({
  slug: 'urbanisme',
  name: { fr: 'Urbanisme', en: 'Urbanism' },
});
export const robotics: Theme = buildTheme({
  slug: 'robotique',
  name: { fr: 'Robotique', en: 'Robotics' },
});

/** How the next writes fail: an HTTP status, or 'network' for a lost connection. */
export type WriteFailure = number | 'network';

export interface InMovementContent {
  themes?: Theme[];
  debates?: Debate[];
  contributions?: Contribution[];
  me?: Account | null;
}

const failureBody = (status: number) => ({
  error: {
    code:
      status === 401
        ? 'unauthorized'
        : status === 403
          ? 'forbidden'
          : status === 409
            ? 'conflict'
            : status === 429
              ? 'rate_limited'
              : 'internal',
    message: `Refused with ${status}`,
  },
});

export function serveInMovement({
  themes = [urbanism, robotics],
  debates = [],
  contributions = [],
  me = null,
}: InMovementContent) {
  const state = {
    /** Bodies of every contribution POST, in order. */
    writes: [] as unknown[],
    reports: [] as unknown[],
    failWith: null as WriteFailure | null,
    /** How long each write takes to answer, in ms. */
    writeDelay: 0,
    contributions: [...contributions],
  };
  const byKey = new Map<string, Contribution | Reply>();
  server.use(
    http.get(`*${routes.getMe.path}`, () =>
      me ? HttpResponse.json(me) : HttpResponse.json(failureBody(401), { status: 401 }),
    ),
    http.get(`*${routes.listDebateThemes.path}`, () => HttpResponse.json({ items: themes })),
    http.get(`*${routes.listDebates.path}`, ({ request }) => {
      const theme = new URL(request.url).searchParams.get('theme');
      const items = debates
        .filter((d) => !theme || d.theme === theme)
        .map(({ framing: _f, conclusion: _c, film: _film, ...summary }) => summary);
      return HttpResponse.json({ items, nextCursor: null });
    }),
    http.get(`*${routes.getDebate.path}`, ({ params }) => {
      const debate = debates.find((d) => d.slug === params.slug);
      return debate
        ? HttpResponse.json(debate)
        : HttpResponse.json(
            { error: { code: 'not_found', message: 'No debate' } },
            { status: 404 },
          );
    }),
    http.get(`*/api/in-movement/debates/:slug/contributions`, ({ params, request }) => {
      const sort = new URL(request.url).searchParams.get('sort');
      const items = state.contributions
        .filter((c) => c.debate === params.slug)
        .sort((a, b) =>
          sort === 'replies'
            ? b.replies.length - a.replies.length
            : b.createdAt.localeCompare(a.createdAt),
        );
      return HttpResponse.json({ items, nextCursor: null });
    }),
    http.post(`*/api/in-movement/debates/:slug/contributions`, async ({ params, request }) => {
      const body: unknown = await request.json();
      state.writes.push(body);
      if (state.writeDelay > 0) await delay(state.writeDelay);
      if (state.failWith === 'network') return HttpResponse.error();
      if (state.failWith !== null) {
        return HttpResponse.json(failureBody(state.failWith), { status: state.failWith });
      }
      const input = contributionInputSchema.parse(body);
      const again = byKey.get(input.idempotencyKey);
      if (again) return HttpResponse.json(again, { status: 200 });
      const base = {
        debate: String(params.slug),
        author: me ? buildPublicPerson({ id: me.id, displayName: me.displayName }) : null,
        body: input.body,
      };
      let created: Contribution | Reply;
      if ('stance' in input) {
        created = buildContribution({ ...base, stance: input.stance });
        state.contributions.push(created);
      } else {
        const parent = state.contributions.find((c) => c.id === input.parentId)!;
        created = buildReply(parent, base);
        parent.replies.push(created);
      }
      byKey.set(input.idempotencyKey, created);
      return HttpResponse.json(created, { status: 201 });
    }),
    http.post(`*/api/in-movement/contributions/:id/reports`, async ({ request }) => {
      state.reports.push(await request.json());
      if (state.failWith !== null && state.failWith !== 'network') {
        return HttpResponse.json(failureBody(state.failWith), { status: state.failWith });
      }
      return HttpResponse.json({ status: 'reported', hidden: false });
    }),
  );
  return state;
}
