import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

import { SEARCH_QUERY_MAX } from '#contract/schemas.ts';

/** Long enough to let a word form, short enough to feel live. */
const SEARCH_DEBOUNCE_MS = 250;

/**
 * The query lives in the URL (`?q=`), so deep links, reloads and Back work; the field
 * keeps its own draft so typing stays instant. The draft reaches the URL after a
 * pause, replacing the entry so Back is not flooded with every keystroke.
 */
export function useSearchTerm() {
  const [searchParams, setSearchParams] = useSearchParams();
  const urlQuery = searchParams.get('q') ?? '';
  const [draft, setDraft] = useState(urlQuery);

  // The URL changed under us (Back, the header link, a suggestion): the field follows.
  // Adjusted during render, not in an effect, so the field never shows a stale value.
  const [seenUrlQuery, setSeenUrlQuery] = useState(urlQuery);
  if (urlQuery !== seenUrlQuery) {
    setSeenUrlQuery(urlQuery);
    if (urlQuery.trim() !== draft.trim()) setDraft(urlQuery);
  }

  const commit = useCallback(
    (value: string) => {
      const next = value.trim();
      // An over-long query is never sent: the URL keeps the last one that could be.
      if (next.length > SEARCH_QUERY_MAX) return;
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          if (next) params.set('q', next);
          else params.delete('q');
          return params;
        },
        { replace: true, preventScrollReset: true },
      );
    },
    [setSearchParams],
  );

  useEffect(() => {
    const next = draft.trim();
    if (next === urlQuery.trim() || next.length > SEARCH_QUERY_MAX) return;
    const timer = setTimeout(() => commit(draft), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, urlQuery, commit]);

  return {
    /** What the field shows. */
    draft,
    setDraft,
    /** What is searched: the URL's query, trimmed. */
    term: urlQuery.trim(),
    /** Searches now (Enter, the clear button) instead of after the pause. */
    commit,
  };
}
