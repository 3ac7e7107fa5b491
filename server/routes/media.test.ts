// @vitest-environment node
/**
 * Image uploads through the app, on each database: who may upload, each bad file
 * refused with a clear error and nothing stored, location metadata gone, and the
 * stored widths served by content address (ETag, ranges, 304) by a second app over
 * the same database, as a second instance would.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type DraftImage, draftImageSchema, IMAGE_MAX_BYTES } from '#contract/media.ts';
import { apiErrorSchema } from '#contract/schemas.ts';
import {
  EXECUTABLE,
  jpegBomb,
  photo,
  pngBomb,
  SVG_WITH_SCRIPT,
  truncatedJpeg,
} from '#tests/utils/media-files.ts';

import { createApp } from '../app.ts';
import { migrate } from '../db/migrate.ts';
import { silentLog } from '../http/request-log.ts';
import { databaseMediaStore } from '../media/store.ts';
import { signedIn, TestClient } from '../testing/accounts.ts';
import { databaseKinds, type TestDatabase } from '../testing/databases.ts';

const UPLOAD = '/api/studio/media/images';

describe.each(databaseKinds)('image uploads on $name', ({ open, skip }) => {
  describe.skipIf(Boolean(skip))(skip ? `skipped: ${skip}` : 'uploads', () => {
    let test: TestDatabase;
    let app: ReturnType<typeof createApp>;
    let editor: TestClient;
    let uploaded: DraftImage;
    let source: Buffer;

    beforeAll(async () => {
      test = await open();
      await migrate(test.db);
      app = createApp({ db: test.db, log: silentLog });
      editor = (await signedIn(app, test.db, 'editor')).client;
      // 1000 wide: the 480 and 960 widths; turned a quarter by its EXIF, with a location.
      source = await photo(700, 1000, { gps: true, orientation: 6 });
      const response = await upload(editor, source, 'image/jpeg');
      expect(response.status).toBe(201);
      uploaded = draftImageSchema.parse(await response.json());
      expect(response.headers.get('Location')).toBe(uploaded.src);
    }, 180_000);
    afterAll(() => test?.dispose());

    const upload = (client: TestClient, body: Uint8Array | string, type = 'image/jpeg') =>
      client.request(UPLOAD, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: typeof body === 'string' ? body : new Uint8Array(body),
      });
    const blobCount = async () =>
      (await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM media_blobs'))[0]!.n;
    const urls = (image: DraftImage) =>
      image.sources.flatMap((s) => s.srcset.split(', ').map((entry) => entry.split(' ')[0]!));

    it('answers the image the studio holds: upright, the demo widths, no alternative text yet', () => {
      expect(uploaded.width).toBe(1000);
      expect(uploaded.height).toBe(700);
      expect(uploaded.alt).toEqual({ fr: '', en: '' });
      expect(uploaded.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(uploaded.placeholder).toMatch(/^data:image\/webp;base64,/);
      expect(uploaded.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
      expect(uploaded.sources[0]!.srcset).toMatch(
        /^\/media\/u\/[0-9a-f]{64}\.avif 480w, \/media\/u\/[0-9a-f]{64}\.avif 960w$/,
      );
      expect(uploaded.src).toMatch(/^\/media\/u\/[0-9a-f]{64}\.webp$/);
      expect(urls(uploaded)).toContain(uploaded.src);
    });

    it('strips every metadata, location included, from what it stores', async () => {
      expect(source.includes(Buffer.from('Parcours test camera'))).toBe(true);
      const rows = await test.db.query<{ data: Uint8Array }>('SELECT data FROM media_blobs');
      expect(rows.length).toBe(5); // the original, two widths in two formats
      for (const { data } of rows) {
        const meta = await sharp(data).metadata();
        expect(meta.exif).toBeUndefined();
        expect(meta.orientation).toBeUndefined();
        expect(Buffer.from(data).includes(Buffer.from('Parcours test camera'))).toBe(false);
      }
    });

    it('serves each width by its content address, immutable, with a strong ETag', async () => {
      for (const url of urls(uploaded)) {
        const response = await app.request(url);
        expect(response.status).toBe(200);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const sha = url.slice('/media/u/'.length, url.lastIndexOf('.'));
        expect(response.headers.get('ETag')).toBe(`"${sha}"`);
        expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
        expect(response.headers.get('Content-Type')).toBe(
          url.endsWith('.avif') ? 'image/avif' : 'image/webp',
        );
        expect(Number(response.headers.get('Content-Length'))).toBe(bytes.length);
        const meta = await sharp(bytes).metadata();
        expect([meta.width, meta.height]).toEqual(
          url === uploaded.src ? [960, 672] : [meta.width, meta.height],
        );
      }
    });

    it('answers ranges (206, 416) and revalidations (304)', async () => {
      const whole = new Uint8Array(await (await app.request(uploaded.src)).arrayBuffer());
      const etag = `"${uploaded.src.slice(9, 73)}"`;
      const part = await app.request(uploaded.src, { headers: { Range: 'bytes=10-19' } });
      expect(part.status).toBe(206);
      expect(part.headers.get('Content-Range')).toBe(`bytes 10-19/${whole.length}`);
      expect(new Uint8Array(await part.arrayBuffer())).toEqual(whole.subarray(10, 20));
      const tail = await app.request(uploaded.src, { headers: { Range: 'bytes=-5' } });
      expect(new Uint8Array(await tail.arrayBuffer())).toEqual(whole.subarray(-5));
      const past = await app.request(uploaded.src, {
        headers: { Range: `bytes=${whole.length}-` },
      });
      expect(past.status).toBe(416);
      expect(past.headers.get('Content-Range')).toBe(`bytes */${whole.length}`);
      const again = await app.request(uploaded.src, { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    });

    it('refuses a URL whose extension is not the blob’s type, and unknown hashes', async () => {
      const asPng = uploaded.src.replace(/\.webp$/, '.png');
      expect((await app.request(asPng)).status).toBe(404);
      expect((await app.request(`/media/u/${'0'.repeat(64)}.webp`)).status).toBe(404);
    });

    it('is served by a second instance over the same database', async () => {
      const second = createApp({ db: test.db, log: silentLog });
      const first = await app.request(uploaded.src);
      const other = await second.request(uploaded.src);
      expect(other.status).toBe(200);
      expect(new Uint8Array(await other.arrayBuffer())).toEqual(
        new Uint8Array(await first.arrayBuffer()),
      );
    });

    it('is for editors and admins only, before a byte is read', async () => {
      const image = await photo(32, 32);
      expect((await upload(new TestClient(app), image)).status).toBe(401);
      const participant = (await signedIn(app, test.db, 'participant')).client;
      const refused = await upload(participant, image);
      expect(refused.status).toBe(403);
      const admin = (await signedIn(app, test.db, 'admin')).client;
      expect((await upload(admin, image)).status).toBe(201);
    });

    it('refuses a write from another site', async () => {
      const response = await editor.request(UPLOAD, {
        method: 'POST',
        headers: { 'Content-Type': 'image/jpeg', Origin: 'https://evil.example' },
        body: new Uint8Array(await photo(32, 32)),
      });
      expect(response.status).toBe(403);
    });

    describe('bad files: a clear error, nothing stored', () => {
      const cases: [string, () => Promise<Uint8Array | string>, string, number, RegExp][] = [
        [
          'a renamed executable',
          async () => EXECUTABLE,
          'image/jpeg',
          415,
          /not a JPEG, PNG, WebP or AVIF/,
        ],
        ['a truncated JPEG', truncatedJpeg, 'image/jpeg', 400, /damaged or incomplete/],
        [
          'a 30,000 × 30,000 PNG bomb',
          async () => pngBomb(),
          'image/png',
          413,
          /30000 × 30000 pixels; images are limited to 60 megapixels/,
        ],
        [
          'a 30,000 × 30,000 JPEG bomb',
          () => jpegBomb(),
          'image/jpeg',
          413,
          /30000 × 30000 pixels/,
        ],
        [
          'an SVG with a script',
          async () => SVG_WITH_SCRIPT,
          'image/svg+xml',
          415,
          /SVG images are refused/,
        ],
        [
          'a JSON body',
          async () => '{"image":"x"}',
          'application/json',
          415,
          /the image itself as the request body/,
        ],
        ['an empty body', async () => new Uint8Array(0), 'image/png', 415, /empty/],
      ];
      it.each(cases)('%s', async (_name, file, type, status, message) => {
        const before = await blobCount();
        const response = await upload(editor, await file(), type);
        expect(response.status).toBe(status);
        const { error } = apiErrorSchema.parse(await response.json());
        expect(error.message).toMatch(message);
        expect(error.field).toBe('file');
        expect(await blobCount()).toBe(before);
      });

      it('more bytes than the bound, however they are announced', async () => {
        const before = await blobCount();
        const big = new Uint8Array(IMAGE_MAX_BYTES + 1);
        big.set([0xff, 0xd8, 0xff]);
        const response = await upload(editor, big);
        expect(response.status).toBe(413);
        expect((await response.json()).error.message).toBe('Images are limited to 40 MB.');
        expect(await blobCount()).toBe(before);
      });
    });

    it('stores everything or nothing: a failing write leaves no blob', async () => {
      const store = databaseMediaStore(test.db);
      const before = await blobCount();
      const good = { bytes: new Uint8Array([1, 2, 3]), contentType: 'image/webp' };
      // The second blob breaks a constraint (no bytes) after the first was inserted.
      await expect(
        store.put([good, { bytes: new Uint8Array(0), contentType: 'image/webp' }]),
      ).rejects.toThrow();
      expect(await blobCount()).toBe(before);
    });

    it('removes uploads no document names once their grace period is over', async () => {
      const store = databaseMediaStore(test.db);
      const later = new Date(Date.now() + 60_000);
      const [row] = await test.db.query<{ id: string }>(
        `INSERT INTO studio_stories (slug, state, draft, created_at, updated_at)
         VALUES ('garde', 'draft', $1::jsonb, now(), now()) RETURNING id::text AS id`,
        [JSON.stringify({ cover: uploaded })],
      );
      expect(row).toBeDefined();
      const removed = await store.deleteUnreferenced(later);
      // Everything but the kept image's five blobs (the original goes with its widths).
      expect(removed).toBeGreaterThan(0);
      expect(await blobCount()).toBe(5);
      expect((await app.request(uploaded.src)).status).toBe(200);
      await test.db.query("DELETE FROM studio_stories WHERE slug = 'garde'");
      expect(await store.deleteUnreferenced(later)).toBe(5);
      expect((await app.request(uploaded.src)).status).toBe(404);
    });
  });
});
