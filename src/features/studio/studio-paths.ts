/**
 * The studio's addresses (decision 035). Kept in the studio rather than in
 * contract/pages.ts: the first load, the server's page boot and the service worker
 * read that module, and none of them has anything to do with these pages.
 */
export function studioPath(filters?: URLSearchParams): string {
  const query = filters?.toString();
  return query ? `/studio?${query}` : '/studio';
}

export function studioStoryPath(slug: string): string {
  return `/studio/${encodeURIComponent(slug)}`;
}

/** The frames of the draft's preview; `frame` draws one viewer alone (inside those frames). */
export function studioPreviewPath(slug: string, frame?: boolean): string {
  return `/studio/${encodeURIComponent(slug)}/preview${frame ? '?frame=1' : ''}`;
}
