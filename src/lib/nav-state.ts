/**
 * What a link puts in history state, typed: the page a visitor came from, and for a
 * story opened from a grid, how many entries its cards have pushed since (closing
 * goes back that many, decision 002). History state survives reloads and may hold
 * anything another version of the app (or a script) left there, so it is parsed,
 * never cast: anything malformed is as if there were none.
 */

export const NAV_ORIGINS = [
  'springboard',
  'story',
  'search',
  'theme',
  'person',
  'path',
  'shared-path',
  'dock',
] as const;

export type NavOrigin = (typeof NAV_ORIGINS)[number];

export interface NavState {
  from: NavOrigin;
  /**
   * History entries the open story stands above its opener by: 1 when just opened,
   * 0 when there is none to go back to (a story entered by link, then replayed).
   */
  depth?: number;
}

/** Far above any real walk through cards; a larger number is garbage, not a history. */
const DEPTH_MAX = 10_000;

/** The state for a link from `from`, with the story depth when there is one. */
export function navState(from: NavOrigin, depth?: number): NavState {
  return depth === undefined ? { from } : { from, depth };
}

const isOrigin = (value: unknown): value is NavOrigin =>
  typeof value === 'string' && (NAV_ORIGINS as readonly string[]).includes(value);

/** The state a location carries, or null when it has none or it is not ours. */
export function parseNavState(raw: unknown): NavState | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { from, depth } = raw as Record<string, unknown>;
  if (!isOrigin(from)) return null;
  if (depth === undefined) return { from };
  if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 0 || depth > DEPTH_MAX) {
    return null;
  }
  return { from, depth };
}
