/**
 * Drafts of contributions and replies, kept in localStorage per debate (and per
 * parent for a reply) until the server confirms them (decision 023): the text, the
 * stance and the idempotency key that makes every retry of this draft create one
 * contribution. Storage may hold anything (another version, a hand edit, a full
 * disk): what does not parse is ignored, and failures to write never break typing.
 */
import { type Stance, STANCES } from '#contract/in-movement.ts';
import { frameStorageKey } from '#src/lib/mock-frame.ts';

const PREFIX = 'im.draft.v1:';
/** Far above any bound the API accepts: larger is garbage, not a draft. */
const BODY_LIMIT = 100_000;
const KEY_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;

export interface Draft {
  body: string;
  stance: Stance | null;
  /** Chosen once per draft; a retry reuses it. */
  key: string;
}

export function draftStorageKey(debate: string, parentId?: string): string {
  const key =
    parentId === undefined ? `${PREFIX}${debate}` : `${PREFIX}${debate}:reply:${parentId}`;
  // On the flow board each frame keeps its own drafts (decision 031).
  return import.meta.env.VITE_MOCK_API ? frameStorageKey(key) : key;
}

/** 16 random bytes in base64url: 22 characters, as the contract's key pattern wants. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const isStance = (value: unknown): value is Stance =>
  typeof value === 'string' && (STANCES as readonly string[]).includes(value);

/** The stored draft, or null when there is none or it does not parse. */
export function readDraft(storageKey: string): Draft | null {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { body, stance, key } = value as Record<string, unknown>;
    if (typeof body !== 'string' || body.length > BODY_LIMIT) return null;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) return null;
    return { body, stance: isStance(stance) ? stance : null, key };
  } catch {
    return null;
  }
}

export function writeDraft(storageKey: string, draft: Draft): void {
  try {
    if (draft.body === '' && draft.stance === null) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, JSON.stringify(draft));
  } catch {
    // Private mode or a full disk: the draft lives on screen only.
  }
}

export function removeDraft(storageKey: string): void {
  try {
    window.localStorage.removeItem(storageKey);
  } catch {
    // Nothing stored, nothing to remove.
  }
}
