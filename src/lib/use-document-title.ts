import { createContext, useContext, useEffect } from 'react';

/**
 * Where a server render notes the tab's title its page asked for (src/entry-server.tsx
 * provides it; the browser never does): the server writes it into the page's
 * `<title>`, so the tab is named before any script runs, as the browser's own render
 * names it afterwards.
 */
export const ServerTitle = createContext<((title: string) => void) | null>(null);

/** Names the tab `title` as the page is drawn, on the server too (`ServerTitle`). */
export function useTabTitle(title: string | null): void {
  const noteOnServer = useContext(ServerTitle);
  if (noteOnServer && title) noteOnServer(title);
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}

/** Names the browser tab (and the history entry) after the page: "Page — Parcours". */
export function useDocumentTitle(title: string | null): void {
  useTabTitle(title ? `${title} — Parcours` : null);
}
