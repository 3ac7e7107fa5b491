import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes in base64url: a sign-in token, a session id or a browser nonce. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a secret: its SHA-256, never the secret itself. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
