/**
 * Over 250 lines: one state machine (the draft, the version it builds on, the local
 * copy, the debounced save, the 409) whose parts only make sense together.
 *
 * The editor's draft and how it reaches the server (decision 035). Every change is
 * written to the local copy at once and saved after a pause in typing; a save sends
 * the version the draft builds on, so another editor's save in between comes back as
 * a 409, which stops saving until the editor chose what to keep (never overwritten in
 * silence). A lost connection keeps the changes locally and saves them when it is back.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';

import type { StoryDocument, StoryField, StudioStory } from '#contract/studio.ts';
import { ApiError } from '#src/lib/api-client.ts';
import { useOnline } from '#src/lib/use-online.ts';

import { fetchStudioStory, saveStudioStory, storeStudioStory } from '../api/studio-api.ts';
import { clearLocalCopy, readLocalCopy, writeLocalCopy } from './local-copy.ts';
import { type ConflictFields, conflictFields, mergeDrafts, type Side } from './merge.ts';

/** The pause in typing after which the draft is saved. */
export const AUTOSAVE_MS = 1500;
/** After a failed save for want of a network, when to try again. */
const RETRY_MS = 5000;

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'offline' | 'conflict' | 'error';

export interface Conflict {
  theirs: StudioStory;
  mine: StoryDocument;
  fields: ConflictFields;
}

/** What opening the editor found in local storage. */
export type Recovery = 'recovered' | 'unreadable' | null;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Base {
  version: number;
  /** The document at that version, when known (null: a local copy from an older version). */
  draft: StoryDocument | null;
}

function startingPoint(story: StudioStory): {
  draft: StoryDocument;
  base: Base;
  recovery: Recovery;
} {
  const local = readLocalCopy(story.slug);
  const server: Base = { version: story.version, draft: story.draft };
  if (local.kind === 'unreadable')
    return { draft: story.draft, base: server, recovery: 'unreadable' };
  if (local.kind === 'none' || same(local.copy.draft, story.draft)) {
    if (local.kind === 'copy') clearLocalCopy(story.slug);
    return { draft: story.draft, base: server, recovery: null };
  }
  const base: Base =
    local.copy.version === story.version ? server : { version: local.copy.version, draft: null };
  return { draft: local.copy.draft, base, recovery: 'recovered' };
}

export function useStudioDraft(initial: StudioStory) {
  const slug = initial.slug;
  const queryClient = useQueryClient();
  const online = useOnline();
  const [start] = useState(() => startingPoint(initial));
  const [draft, setDraftState] = useState(start.draft);
  const [recovery, setRecovery] = useState<Recovery>(start.recovery);
  /** The server's story as last answered (state, version, publish problem). */
  const [story, setStory] = useState(initial);
  const [base, setBase] = useState<Base>(start.base);
  const [saving, setSaving] = useState(false);
  const [trouble, setTrouble] = useState<'network' | ApiError | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [storageFull, setStorageFull] = useState(false);

  // The latest of each, for saves that finish after more typing.
  const draftRef = useRef(draft);
  const baseRef = useRef(base);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const conflictRef = useRef(conflict);
  draftRef.current = draft;
  baseRef.current = base;
  conflictRef.current = conflict;

  const dirty = base.draft === null || !same(draft, base.draft);

  /** The local copy follows every change at once; it goes once the server has the same. */
  const persist = useCallback(
    (next: StoryDocument, from: Base) => {
      if (from.draft === null || !same(next, from.draft)) {
        setStorageFull(!writeLocalCopy(slug, from.version, next));
      } else {
        clearLocalCopy(slug);
        setStorageFull(false);
      }
    },
    [slug],
  );

  const applyServer = useCallback(
    (answer: StudioStory, replaceDraft: boolean) => {
      const next = { version: answer.version, draft: answer.draft };
      baseRef.current = next;
      setBase(next);
      setStory(answer);
      storeStudioStory(queryClient, answer);
      if (replaceDraft) {
        draftRef.current = answer.draft;
        setDraftState(answer.draft);
      }
      persist(draftRef.current, next);
    },
    [queryClient, persist],
  );

  const openConflict = useCallback(
    async (mine: StoryDocument) => {
      try {
        const theirs = await fetchStudioStory(slug);
        setConflict({
          theirs,
          mine,
          fields: conflictFields(baseRef.current.draft, mine, theirs.draft),
        });
      } catch {
        setTrouble('network');
      }
    },
    [slug],
  );

  /** Sends the draft if the server lacks it; true once the server holds what is typed. */
  const save = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    if (conflictRef.current) return false;
    const sent = draftRef.current;
    const from = baseRef.current;
    if (from.draft !== null && same(sent, from.draft)) return true;
    const run = (async () => {
      setSaving(true);
      try {
        const answer = await saveStudioStory(slug, from.version, sent);
        setTrouble(null);
        applyServer(answer, false);
        return same(draftRef.current, answer.draft);
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && error.field === 'version') {
          await openConflict(sent);
        } else if (error instanceof ApiError && !error.isTransient) {
          setTrouble(error);
        } else {
          setTrouble('network');
        }
        return false;
      } finally {
        setSaving(false);
        inFlight.current = null;
      }
    })();
    inFlight.current = run;
    return run;
  }, [slug, applyServer, openConflict]);

  // The browser says the network is back: a save that failed for want of one is tried
  // after the usual pause, not the 5 s retry's.
  useEffect(() => {
    const back = () => setTrouble((now) => (now === 'network' ? null : now));
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, []);

  // Autosave: after a pause in typing, when online and nothing is being settled.
  const refused = trouble instanceof ApiError;
  useEffect(() => {
    if (!dirty || !online || conflict || saving || refused) return;
    const timer = setTimeout(() => void save(), trouble === 'network' ? RETRY_MS : AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [draft, dirty, online, conflict, saving, refused, trouble, save]);

  const setDraft = useCallback(
    (update: (doc: StoryDocument) => StoryDocument) => {
      const next = update(draftRef.current);
      draftRef.current = next;
      setDraftState(next);
      persist(next, baseRef.current);
      // A refused save is retried once the editor changed something.
      setTrouble((current) => (current instanceof ApiError ? null : current));
    },
    [persist],
  );

  /**
   * Publishing, scheduling, unpublishing, restoring: the draft is saved first (so what
   * is acted on is what the editor sees), then the action runs on that version.
   */
  const act = useCallback(
    async (
      action: (version: number) => Promise<StudioStory>,
    ): Promise<{ ok: true } | { ok: false; error: unknown }> => {
      const saved = await save();
      if (!saved) return { ok: false, error: null };
      try {
        const answer = await action(baseRef.current.version);
        applyServer(answer, true);
        return { ok: true };
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && error.field === 'version') {
          await openConflict(draftRef.current);
        }
        return { ok: false, error };
      }
    },
    [save, applyServer, openConflict],
  );

  /** Settles a 409: their version becomes the base, the draft is what the editor chose. */
  const resolveConflict = useCallback(
    (choices: Partial<Record<StoryField, Side>>, dropMine = false) => {
      const current = conflictRef.current;
      if (!current) return;
      const merged = dropMine
        ? current.theirs.draft
        : mergeDrafts(current.mine, current.theirs.draft, current.fields, choices);
      draftRef.current = merged;
      setDraftState(merged);
      applyServer(current.theirs, false);
      setConflict(null);
      setTrouble(null);
    },
    [applyServer],
  );

  const status: SaveStatus = conflict
    ? 'conflict'
    : saving
      ? 'saving'
      : !dirty
        ? 'saved'
        : !online || trouble === 'network'
          ? 'offline'
          : refused
            ? 'error'
            : 'unsaved';

  return {
    draft,
    setDraft,
    story,
    status,
    /** The API's refusal of the last save (400: a field it names). */
    refusal: refused ? trouble : null,
    conflict,
    resolveConflict,
    recovery,
    dismissRecovery: () => setRecovery(null),
    storageFull,
    save,
    act,
  };
}
