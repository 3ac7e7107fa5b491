/**
 * The editor's local copy of a draft (decision 035): every change is written here at
 * once, before the debounced save reaches the server, so a reload, a crash or a lost
 * connection loses nothing. One key per story under a namespace of the studio's own;
 * what is read back is checked against the contract's document schema, and a copy that
 * does not parse is reported (never silently dropped, never able to break the editor),
 * while every other key of storage is left alone.
 */
import { z } from 'zod/mini';

import { type StoryDocument, storyDocumentSchema } from '#contract/studio.ts';

const PREFIX = 'parcours.studio.draft.v1:';

const localCopySchema = z.object({
  /** The server version the copy's edits started from. */
  version: z.int().check(z.positive()),
  draft: storyDocumentSchema,
  savedAt: z.string(),
});
export type LocalCopy = z.infer<typeof localCopySchema>;

export type LocalRead =
  | { kind: 'none' }
  | { kind: 'copy'; copy: LocalCopy }
  /** Something is stored under the story's key but is not a draft (another version, a hand edit). */
  | { kind: 'unreadable' };

export function localCopyKey(slug: string): string {
  return `${PREFIX}${slug}`;
}

export function readLocalCopy(slug: string): LocalRead {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(localCopyKey(slug));
  } catch {
    // Storage refused (private mode, a policy): there is simply no copy.
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  try {
    const parsed = localCopySchema.safeParse(JSON.parse(raw));
    return parsed.success ? { kind: 'copy', copy: parsed.data } : { kind: 'unreadable' };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** False when storage refused the write (full, disabled): the editor says so. */
export function writeLocalCopy(slug: string, version: number, draft: StoryDocument): boolean {
  try {
    const copy: LocalCopy = { version, draft, savedAt: new Date().toISOString() };
    window.localStorage.setItem(localCopyKey(slug), JSON.stringify(copy));
    return true;
  } catch {
    return false;
  }
}

export function clearLocalCopy(slug: string): void {
  try {
    window.localStorage.removeItem(localCopyKey(slug));
  } catch {
    // Nothing to do: a copy equal to the server's is harmless.
  }
}
