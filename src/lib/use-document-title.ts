import { useEffect } from 'react';

/** Names the browser tab (and the history entry) after the page: "Page — Parcours". */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title) document.title = `${title} — Parcours`;
  }, [title]);
}
