/**
 * /__outbox: the development mailbox, newest first, with each mail's links clickable.
 * Mounted only when mail goes to the `outbox` table (no SMTP_URL): 404 otherwise.
 */
import type { Hono } from 'hono';
import { html } from 'hono/html';

import type { Database } from '../db/adapter.ts';
import type { AppEnv } from '../http/request-log.ts';
import { newestMails } from '../mail/mailer.ts';

export const OUTBOX_PATH = '/__outbox';

const LINK = /https?:\/\/[^\s<>"']+/g;

export function outboxRoutes(app: Hono<AppEnv>, db: Database): void {
  app.get(OUTBOX_PATH, async (c) => {
    const mails = await newestMails(db);
    c.header('Cache-Control', 'no-store');
    // `html` escapes every interpolated string: a mail's text can inject nothing.
    return c.html(
      html`<!doctype html>
        <html lang="en">
          <head>
            <meta charset="utf-8" />
            <title>Outbox</title>
          </head>
          <body>
            <h1>Outbox (development)</h1>
            ${mails.length === 0 ? html`<p>No mail yet.</p>` : ''}
            ${mails.map(
              (mail) =>
                html`<article>
                  <h2>${mail.subject}</h2>
                  <p>To ${mail.to}, ${mail.createdAt}</p>
                  <pre>${mail.text}</pre>
                  <ul>
                    ${(mail.text.match(LINK) ?? []).map(
                      (link) => html`<li><a href="${link}">${link}</a></li>`,
                    )}
                  </ul>
                </article>`,
            )}
          </body>
        </html>`,
    );
  });
}
