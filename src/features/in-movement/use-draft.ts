import { useCallback, useState } from 'react';

import type { Stance } from '#contract/in-movement.ts';

import {
  type Draft,
  draftStorageKey,
  newIdempotencyKey,
  readDraft,
  removeDraft,
  writeDraft,
} from './draft-storage.ts';

/**
 * A draft on screen and in storage at once: every change is written as it is made,
 * so a reload, a crash or a trip to the sign-in page finds it again. `clear` is for
 * after the server confirmed it; a new draft then gets a new key.
 */
export function useDraft(debate: string, parentId?: string) {
  const storageKey = draftStorageKey(debate, parentId);
  const [draft, setDraft] = useState<Draft>(
    () => readDraft(storageKey) ?? { body: '', stance: null, key: newIdempotencyKey() },
  );

  const update = useCallback(
    (change: Partial<Pick<Draft, 'body' | 'stance'>>) => {
      setDraft((previous) => {
        const next = { ...previous, ...change };
        writeDraft(storageKey, next);
        return next;
      });
    },
    [storageKey],
  );

  const clear = useCallback(() => {
    removeDraft(storageKey);
    setDraft({ body: '', stance: null, key: newIdempotencyKey() });
  }, [storageKey]);

  return {
    ...draft,
    setBody: useCallback((body: string) => update({ body }), [update]),
    setStance: useCallback((stance: Stance) => update({ stance }), [update]),
    clear,
  };
}
