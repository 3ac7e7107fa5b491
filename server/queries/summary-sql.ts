/** SQL that builds a story summary as JSON, shared by every query that lists stories. */

/** A `json` value shaped like the contract's StorySummary, for the story aliased `s`. */
export function storySummaryJson(s: string): string {
  return `json_build_object(
    'slug', ${s}.slug,
    'title', ${s}.title,
    'summary', ${s}.summary,
    'kind', ${s}.kind,
    'themes', ARRAY(SELECT st.theme_slug FROM story_themes st WHERE st.story_id = ${s}.id ORDER BY st.position),
    'cover', ${s}.cover,
    'tile', ${s}.tile,
    'cardCount', (SELECT count(*) FROM cards c WHERE c.story_id = ${s}.id),
    'publishedAt', ${s}.published_at
  )`;
}
