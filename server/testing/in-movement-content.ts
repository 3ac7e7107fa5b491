/**
 * A small In Movement platform for server tests, independent of the demo's size: each
 * debate exists for one rule (pinned, featured, open, closed by a curator, closed by
 * its date), and one contribution is seeded past the report threshold.
 */
import type { DemoAccount } from '../../mocks/fixtures/in-movement.ts';
import { debates as demoDebates } from '../../mocks/fixtures/in-movement.ts';
import type { InMovementContent } from '../in-movement/seed.ts';

const cover = demoDebates[0]!.cover;

const person = (email: string, role: DemoAccount['role'], displayName: string): DemoAccount => ({
  email,
  displayName,
  role,
  affiliation: role === 'expert' ? 'external' : null,
  bio: '',
  locale: 'fr',
});

export const TEST_PEOPLE = {
  expert: 'expert@im.test.example',
  curator: 'curator@im.test.example',
  p1: 'p1@im.test.example',
  p2: 'p2@im.test.example',
  p3: 'p3@im.test.example',
  p4: 'p4@im.test.example',
} as const;

const debate = (
  slug: string,
  extra: Partial<InMovementContent['debates'][number]>,
): InMovementContent['debates'][number] => ({
  slug,
  lang: 'fr',
  question: `Question ${slug} ?`,
  theme: 'urbanisme',
  expert: TEST_PEOPLE.expert,
  state: 'open',
  opensAt: '2026-10-01T08:00:00.000Z',
  closesAt: '2099-01-01T00:00:00.000Z',
  framing: 'Cadrage.',
  conclusion: null,
  film: null,
  cover,
  pinned: false,
  featured: false,
  ...extra,
});

export function testInMovement(): InMovementContent {
  return {
    debateThemes: [
      {
        slug: 'urbanisme',
        name: { fr: 'Urbanisme', en: 'Urbanism' },
        color: '#0f766e',
        intro: { fr: 'Villes.', en: 'Cities.' },
      },
      {
        slug: 'robotique',
        name: { fr: 'Robotique', en: 'Robotics' },
        color: '#7c3aed',
        intro: { fr: 'Machines.', en: 'Machines.' },
      },
    ],
    demoAccounts: [
      person(TEST_PEOPLE.expert, 'expert', 'Experte'),
      person(TEST_PEOPLE.curator, 'curator', 'Curatrice'),
      person(TEST_PEOPLE.p1, 'participant', 'P1'),
      person(TEST_PEOPLE.p2, 'participant', 'P2'),
      person(TEST_PEOPLE.p3, 'participant', 'P3'),
      person(TEST_PEOPLE.p4, 'participant', 'P4'),
    ],
    debates: [
      debate('closed-by-date', {
        opensAt: '2019-01-01T08:00:00.000Z',
        closesAt: '2020-01-01T08:00:00.000Z',
      }),
      debate('open-plain', { opensAt: '2026-11-01T08:00:00.000Z' }),
      debate('open-featured', { featured: true, opensAt: '2026-09-01T08:00:00.000Z' }),
      debate('closed-by-state', {
        state: 'closed',
        conclusion: 'Conclusion.',
        opensAt: '2026-12-01T08:00:00.000Z',
        theme: 'robotique',
        lang: 'en',
      }),
      debate('open-pinned', { pinned: true }),
    ],
    contributions: [
      {
        key: 'c-for',
        debate: 'open-plain',
        author: TEST_PEOPLE.p1,
        stance: 'for',
        body: 'Pour.',
        at: '2026-11-02T08:00:00.000Z',
        replies: [
          {
            key: 'c-for-r1',
            author: TEST_PEOPLE.expert,
            body: 'Réponse.',
            at: '2026-11-02T09:00:00.000Z',
          },
          {
            key: 'c-for-r2',
            author: TEST_PEOPLE.curator,
            body: 'Note.',
            at: '2026-11-02T10:00:00.000Z',
          },
        ],
      },
      {
        key: 'c-against',
        debate: 'open-plain',
        author: TEST_PEOPLE.p2,
        stance: 'against',
        body: 'Contre.',
        at: '2026-11-03T08:00:00.000Z',
        replies: [],
      },
      {
        key: 'c-hidden',
        debate: 'open-plain',
        author: TEST_PEOPLE.p3,
        stance: 'against',
        body: 'Texte signalé.',
        at: '2026-11-04T08:00:00.000Z',
        replies: [],
        reports: [
          { reporter: TEST_PEOPLE.p1, reason: 'abuse', note: 'insultant' },
          { reporter: TEST_PEOPLE.p2, reason: 'spam', note: '' },
          { reporter: TEST_PEOPLE.p4, reason: 'abuse', note: '' },
        ],
      },
      {
        key: 'c-expert',
        debate: 'open-plain',
        author: TEST_PEOPLE.expert,
        stance: 'neutral',
        body: 'Mon avis.',
        at: '2026-11-05T08:00:00.000Z',
        replies: [],
      },
    ],
    curatedItems: [
      {
        key: 'k1',
        url: 'https://www.example.org/a',
        title: 'A',
        commentary: 'Commentaire A.',
        theme: 'urbanisme',
        signal: 'data',
        debates: ['open-plain'],
        curator: TEST_PEOPLE.curator,
        publishedAt: '2026-10-05T10:00:00.000Z',
        pinned: false,
        featured: false,
      },
      {
        key: 'k2',
        url: 'https://example.net/b',
        title: 'B',
        commentary: 'Commentaire B.',
        theme: 'robotique',
        signal: 'trend',
        debates: [],
        curator: TEST_PEOPLE.curator,
        publishedAt: '2026-10-01T10:00:00.000Z',
        pinned: true,
        featured: false,
      },
    ],
  };
}
