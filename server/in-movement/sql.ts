/**
 * SQL fragments every In Movement read shares: people as others see them, times as
 * the API writes them, a debate's effective state, a contribution as a reader sees it.
 */

/** A timestamptz as JavaScript's toISOString() writes it (times are stored to the ms). */
export function isoTime(expression: string): string {
  return `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** An account aliased `alias` as the contract's PublicPerson (never its e-mail), or null. */
export function personJson(alias: string): string {
  return `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object(
    'id', ${alias}.id::text, 'displayName', ${alias}.display_name, 'role', ${alias}.role,
    'affiliation', ${alias}.affiliation, 'bio', ${alias}.bio) END`;
}

/** Open until a curator closes it or its closing date passes. */
export function debateStateSql(alias: string): string {
  return `CASE WHEN ${alias}.state = 'open' AND ${alias}.closes_at > now() THEN 'open' ELSE 'closed' END`;
}

/**
 * A debate `d` (with its expert `e` joined) as the contract's summary: balance and
 * count over visible contributions only.
 */
export const DEBATE_SUMMARY_JSON = `json_build_object(
  'slug', d.slug, 'lang', d.lang, 'question', d.question, 'theme', d.theme,
  'expert', ${personJson('e')}, 'state', ${debateStateSql('d')},
  'opensAt', ${isoTime('d.opens_at')}, 'closesAt', ${isoTime('d.closes_at')},
  'pinned', d.pinned, 'featured', d.featured, 'cover', d.cover,
  'balance', json_build_object('for', st.for_count, 'neutral', st.neutral_count, 'against', st.against_count),
  'contributionCount', st.visible_count)`;

/** The joins DEBATE_SUMMARY_JSON reads, after `FROM debates d`. */
export const DEBATE_SUMMARY_JOINS = `
  LEFT JOIN accounts e ON e.id = d.expert_id
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE c.parent_id IS NULL AND c.stance = 'for')::int AS for_count,
           count(*) FILTER (WHERE c.parent_id IS NULL AND c.stance = 'neutral')::int AS neutral_count,
           count(*) FILTER (WHERE c.parent_id IS NULL AND c.stance = 'against')::int AS against_count,
           count(*)::int AS visible_count
    FROM contributions c WHERE c.debate_id = d.id AND c.state = 'visible') st`;

/**
 * A contribution `c` of debate `d`, written by `a` (LEFT JOINed), as reader `$reader`
 * (a bigint parameter, NULL when signed out) sees it. Hidden text is left out unless
 * `withHiddenText` (the moderation queue); replies are added by the caller.
 */
export function contributionJson(reader: string, withHiddenText = false): string {
  return `json_build_object(
    'id', c.id::text, 'debate', d.slug, 'author', ${personJson('a')},
    'voice', CASE WHEN c.author_id = d.expert_id THEN 'expert'
                  WHEN a.role IN ('curator', 'admin') THEN 'curator' ELSE 'participant' END,
    'body', ${withHiddenText ? 'c.body' : `CASE WHEN c.state = 'visible' THEN c.body ELSE '' END`},
    'state', c.state, 'removedReason', c.removed_reason, 'createdAt', ${isoTime('c.created_at')},
    'reportedByMe', EXISTS (SELECT 1 FROM reports r WHERE r.contribution_id = c.id AND r.reporter_id = ${reader}),
    'parentId', c.parent_id::text, 'stance', c.stance)`;
}

/** A moderation_log row `l` as the contract's entry. */
export const LOG_ENTRY_JSON = `json_build_object(
  'id', l.id::text, 'at', ${isoTime('l.at')}, 'action', l.action, 'actor', l.actor_name,
  'subject', CASE l.subject_kind
    WHEN 'contribution' THEN json_build_object('kind', 'contribution', 'id', l.subject_ref, 'debate', l.debate_slug)
    WHEN 'debate' THEN json_build_object('kind', 'debate', 'slug', l.subject_ref)
    ELSE json_build_object('kind', 'curated', 'id', l.subject_ref) END,
  'reason', l.reason)`;

/** Reports that count towards the threshold and the queue: those since the last review. */
export function liveReports(contribution: string): string {
  return `SELECT count(*)::int FROM reports r WHERE r.contribution_id = ${contribution}.id
    AND (${contribution}.reviewed_at IS NULL OR r.created_at > ${contribution}.reviewed_at)`;
}
