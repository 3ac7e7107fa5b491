// @vitest-environment node
// Over 300 lines: one story of writes, whose steps build on the records the earlier ones made.
/**
 * Signed-in writes answer alike on every implementation, and leave the same trace:
 * one story of writes, each sent to the mocks (signed in by scenario) and to the
 * server (signed in through its outbox), compared on status, headers and body, then
 * the read that shows its effect, compared the same way. Times are compared by shape
 * (each side stamps its own clock), a Retry-After by range; ids, which both hand out
 * as a fresh database seeded from the same fixtures would, byte for byte.
 *
 * The story's steps depend on each other, so they run in order, and the mocks' state
 * is set back to the fixtures before each target's story (a file of its own, so the
 * read suite in in-movement.contract.test.ts keeps an untouched store).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';

import { ACCOUNT_WRITE_LIMIT } from '#contract/routes.ts';
import { setMockSignedIn } from '#mocks/handlers/auth.ts';
import { setMockLatency } from '#mocks/handlers/respond.ts';
import { resetInMovementMocks } from '#mocks/in-movement-session.ts';

import { API, contributionsOf, openDebate } from './in-movement-cases.ts';
import {
  bystander,
  curatedDebate,
  HOSTILE,
  people,
  type Person,
  writeSnapshot as snapshot,
} from './in-movement-write-cases.ts';
import { sendAs, signInEach, type Who } from './signed-in.ts';
import { describeEachTarget, mswTarget } from './targets.ts';

describeEachTarget(
  'In Movement writes contract',
  'signed-in writes answer like the mocks',
  (target) => {
    beforeAll(async () => {
      setMockLatency(0);
      resetInMovementMocks();
      setMockSignedIn(null);
      await signInEach(target, Object.values(people));
    });
    afterAll(() => {
      for (const [who] of Object.values(people)) delete who.cookie;
      resetInMovementMocks();
    });

    const whoOf = (person: Person): Who => (person === 'nobody' ? {} : people[person][0]);

    /** Sends to the mocks, then (on a server target) to the server; both answers compared. */
    async function both(
      person: Person,
      method: string,
      path: string,
      body?: unknown,
      read = false,
    ) {
      const text = body === undefined ? undefined : JSON.stringify(body);
      const mock = await snapshot(await sendAs(mswTarget, method, path, text, whoOf(person)), read);
      if (target !== mswTarget) {
        const real = await snapshot(await sendAs(target, method, path, text, whoOf(person)), read);
        expect({ path, ...real }).toEqual({ path, ...mock });
      }
      return mock as typeof mock & { body: Record<string, unknown> };
    }

    /** A write answering `status`, then the read that shows it, alike. */
    async function write(
      person: Person,
      status: number,
      [method, path, body]: [string, string, unknown?],
      ...reads: [Person, string][]
    ) {
      const answer = await both(person, method, path, body);
      expect({ path, status: answer.status, body: answer.body }).toMatchObject({ path, status });
      for (const [reader, readPath] of reads) await both(reader, 'GET', readPath, undefined, true);
      return answer.body;
    }

    const contributions = contributionsOf(openDebate.slug);
    const key = (n: number) => `contract-write-key-${String(n).padStart(4, '0')}`;
    const reportsOf = (id: string) => `${API}/contributions/${id}/reports`;
    let ownId = '';
    let bystanderId = '';

    /** Takes a contribution with a stance once per key, and a reply. */
    async function step1() {
      const created = await write(
        'participant',
        201,
        ['POST', contributions, { idempotencyKey: key(1), body: 'A view.', stance: 'against' }],
        ['participant', contributions],
        ['nobody', `${API}/debates/${openDebate.slug}`],
      );
      ownId = String(created.id);
      await write('participant', 200, [
        'POST',
        contributions,
        { idempotencyKey: key(1), body: 'A view.', stance: 'against' },
      ]);
      const reply = await write(
        'expert',
        201,
        ['POST', contributions, { idempotencyKey: key(2), body: 'A reply.', parentId: ownId }],
        ['nobody', contributions],
      );
      // Refusals that hang on what was just written.
      await write('participant', 409, [
        'POST',
        contributionsOf(curatedDebate),
        { idempotencyKey: key(1), body: 'A view.', stance: 'against' },
      ]);
      await write('participant', 409, [
        'POST',
        contributions,
        { idempotencyKey: key(3), body: 'Deeper.', parentId: String(reply.id) },
      ]);
      await write('participant', 409, ['POST', reportsOf(ownId), { reason: 'spam' }]);
      // Hostile text is kept byte for byte and shown as text by both.
      await write(
        'committee',
        201,
        ['POST', contributions, { idempotencyKey: key(4), body: HOSTILE, stance: 'neutral' }],
        ['nobody', contributions],
      );
    }

    /** Takes reports, hides past the threshold, and queues it for curators. */
    async function step2() {
      await write('expert', 200, ['POST', reportsOf(ownId), { reason: 'spam' }]);
      await write('committee', 200, [
        'POST',
        reportsOf(ownId),
        { reason: 'off-topic', note: 'Not the question.' },
      ]);
      const third = await write(
        'curator',
        200,
        ['POST', reportsOf(ownId), { reason: 'abuse' }],
        ['nobody', contributions],
        ['curator', `${API}/moderation/queue`],
        ['nobody', `${API}/moderation/log`],
      );
      expect(third).toEqual({ status: 'reported', hidden: true });
      await write('curator', 409, ['POST', reportsOf(ownId), { reason: 'spam' }]);
      // No reply to hidden words.
      await write('committee', 409, [
        'POST',
        contributions,
        { idempotencyKey: key(5), body: 'Still?', parentId: ownId },
      ]);
    }

    /** Lets a participant report someone else’s contribution. */
    async function step3() {
      const page = (await (await mswTarget.fetch(`${contributions}?limit=50`)).json()) as {
        items: { id: string; body: string }[];
      };
      bystanderId = page.items.find((c) => c.body === bystander.body)!.id;
      await write(
        'participant',
        200,
        ['POST', reportsOf(bystanderId), { reason: 'spam' }],
        ['participant', contributions],
      );
    }

    /** Restores, hides with a public reason, and blocks an author. */
    async function step4() {
      const moderate = `${API}/moderation/contributions`;
      const log: [Person, string] = ['nobody', `${API}/moderation/log`];
      await write(
        'curator',
        200,
        ['POST', `${moderate}/${ownId}`, { action: 'restore' }],
        ['nobody', contributions],
        log,
      );
      await write('curator', 409, ['POST', `${moderate}/${ownId}`, { action: 'restore' }]);
      await write(
        'curator',
        200,
        ['POST', `${moderate}/${ownId}`, { action: 'remove', reason: 'Off topic.' }],
        ['nobody', contributions],
        log,
      );
      await write(
        'curator',
        200,
        ['POST', `${moderate}/${bystanderId}`, { action: 'block-author', reason: 'Spam.' }],
        ['nobody', contributions],
        ['curator', `${API}/moderation/queue`],
        log,
      );
    }

    /** Publishes a curated item, and pins, features and archives it. */
    async function step5() {
      const item = await write(
        'curator',
        201,
        [
          'POST',
          `${API}/curated`,
          {
            url: 'https://example.org/contract/robots',
            title: 'Robots in the field',
            commentary: 'A competitor’s view, worth reading.',
            theme: openDebate.theme,
            signal: 'weak-signal',
            debates: [openDebate.slug],
          },
        ],
        ['nobody', `${API}/curated`],
        ['nobody', `${API}/curated?debate=${openDebate.slug}`],
      );
      const curate = `${API}/curated/${String(item.id)}/curation`;
      await write('curator', 200, ['POST', curate, { pinned: true }], ['nobody', `${API}/curated`]);
      await write('curator', 200, ['POST', curate, { featured: true, pinned: false }]);
      await write(
        'curator',
        200,
        ['POST', curate, { archived: true }],
        ['nobody', `${API}/curated`],
        ['nobody', `${API}/moderation/log`],
      );
    }

    /** Pins, features, closes and archives a debate. */
    async function step6() {
      const curate = `${API}/debates/${curatedDebate}/curation`;
      const debate: [Person, string] = ['nobody', `${API}/debates/${curatedDebate}`];
      await write('curator', 200, ['POST', curate, { pinned: true }], debate, [
        'nobody',
        `${API}/debates`,
      ]);
      await write('curator', 200, ['POST', curate, { featured: true }], debate);
      await write(
        'curator',
        200,
        ['POST', curate, { close: { conclusion: 'Sovereignty is a contract, not a place.' } }],
        debate,
        ['nobody', `${API}/debates?state=closed`],
      );
      await write(
        'curator',
        200,
        ['POST', curate, { archived: true }],
        debate,
        ['nobody', `${API}/debates`],
        ['nobody', `${API}/moderation/log`],
      );
    }

    /** Changes a profile, which shows in the account and beside its contributions. */
    async function step7() {
      await write(
        'participant',
        200,
        [
          'PUT',
          '/api/me',
          { displayName: 'Ada L.', bio: 'Cycles to work.', affiliation: 'external', locale: 'fr' },
        ],
        ['participant', '/api/me'],
        ['nobody', contributions],
      );
    }

    /** Exports everything stored about the account. */
    async function step8() {
      await write('participant', 200, ['GET', '/api/me/export']);
    }

    /** Deletes the account: signed out, its words by a deleted account. */
    async function step9() {
      await write(
        'participant',
        200,
        ['DELETE', '/api/me'],
        ['participant', '/api/me'],
        ['nobody', contributions],
      );
    }

    it(`refuses an account's writes past ${ACCOUNT_WRITE_LIMIT.limit} with 429 and Retry-After`, async () => {
      const curate = `${API}/debates/${openDebate.slug}/curation`;
      // Refused for their body, but counted: the allowance is for attempts.
      for (let i = 0; i < ACCOUNT_WRITE_LIMIT.limit; i++) {
        await write('admin', 400, ['POST', curate, { pinned: 'yes' }]);
      }
      // Not applied: the debate reads as before, on both.
      await write(
        'admin',
        429,
        ['POST', curate, { featured: true }],
        ['nobody', `${API}/debates/${openDebate.slug}`],
      );
    });

    // One test: the story's steps build on each other, and the mocks' state goes back
    // to the fixtures after every test (tests/setup/vitest.ts).
    it('answers a story of writes alike, and shows each one alike', async () => {
      for (const step of [step1, step2, step3, step4, step5, step6, step7, step8, step9]) {
        await step();
      }
    }, 120_000);
  },
);
