// @vitest-environment node
/**
 * The SMTP path against a real SMTP server (smtp-server, on a free port inside the
 * test): the sign-in mail reaches it with the right recipient, subject and link.
 */
import type { AddressInfo } from 'node:net';

import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApp } from '../app.ts';
import { migrate } from '../db/migrate.ts';
import { silentLog } from '../http/request-log.ts';
import { memoryDatabase, type TestDatabase } from '../testing/databases.ts';
import { smtpMailer } from './mailer.ts';

interface Received {
  from: string | undefined;
  to: string[];
  raw: string;
}

/** The quoted-printable body nodemailer writes, back to plain text. */
function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe('the SMTP mailer', () => {
  let test: TestDatabase;
  let smtp: SMTPServer;
  let port: number;
  const received: Received[] = [];

  beforeAll(async () => {
    test = await memoryDatabase();
    await migrate(test.db);
    smtp = new SMTPServer({
      // A plain local server: no TLS to negotiate, no credentials to check.
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const from = session.envelope.mailFrom;
          received.push({
            from: from ? from.address : undefined,
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;
  }, 120_000);
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(resolve));
    await test?.dispose();
  });

  it('sends the sign-in mail with its recipient, subject and one-use link', async () => {
    const app = createApp({
      db: test.db,
      log: silentLog,
      mailer: smtpMailer(`smtp://127.0.0.1:${port}`, 'Parcours <auth@parcours.test>'),
    });
    const asked = await app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'grace@example.org', locale: 'en' }),
    });
    expect(asked.status).toBe(202);

    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail?.from).toBe('auth@parcours.test');
    expect(mail?.to).toEqual(['grace@example.org']);
    expect(mail?.raw).toMatch(/^To: grace@example\.org\r?$/m);
    expect(mail?.raw).toMatch(/^Subject: Your Parcours sign-in link\r?$/m);
    const body = decodeQuotedPrintable(mail?.raw ?? '');
    expect(body).toMatch(/http:\/\/localhost\/sign-in\/verify\?token=[A-Za-z0-9_-]{43}\b/);
    // Nothing went to the development outbox.
    expect(await test.db.query('SELECT 1 FROM outbox')).toEqual([]);
    expect((await app.request('/__outbox')).status).toBe(404);
  });
});
