/**
 * How the server sends mail: through an SMTP server when SMTP_URL is set, otherwise
 * into the database's `outbox` table, which /__outbox shows (development only).
 */
import { createTransport } from 'nodemailer';

import type { Queryable } from '../db/adapter.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** 'outbox' mailers keep the mail in the database; only they enable /__outbox. */
  readonly kind: 'smtp' | 'outbox';
  send(mail: Mail): Promise<void>;
}

export const DEFAULT_FROM = 'Parcours <no-reply@parcours.localhost>';

export function smtpMailer(url: string, from = DEFAULT_FROM): Mailer {
  const transport = createTransport(url);
  return {
    kind: 'smtp',
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}

export function outboxMailer(db: Queryable): Mailer {
  return {
    kind: 'outbox',
    async send({ to, subject, text }) {
      await db.query('INSERT INTO outbox (to_address, subject, text) VALUES ($1, $2, $3)', [
        to,
        subject,
        text,
      ]);
    },
  };
}

export interface OutboxMail extends Mail {
  createdAt: string;
}

export async function newestMails(db: Queryable, limit = 50): Promise<OutboxMail[]> {
  return db.query<OutboxMail & Record<string, unknown>>(
    `SELECT to_address AS "to", subject, text, created_at::text AS "createdAt"
     FROM outbox ORDER BY id DESC LIMIT $1`,
    [limit],
  );
}

/** The mailer the environment asks for. */
export function mailerFromEnv(db: Queryable, env: NodeJS.ProcessEnv = process.env): Mailer {
  return env.SMTP_URL ? smtpMailer(env.SMTP_URL, env.MAIL_FROM || DEFAULT_FROM) : outboxMailer(db);
}
