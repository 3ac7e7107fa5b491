/**
 * Which stories this visitor has opened, kept in localStorage. The stored value is
 * versioned and validated: anything unreadable is reset, never trusted or thrown.
 */
import { z } from 'zod/mini';

const KEY = 'parcours.visited';
const storedSchema = z.object({
  v: z.literal(1),
  slugs: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(1000)),
});

function read(): string[] {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (raw === null) return [];
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data.slugs;
  } catch {
    // Corrupted JSON or storage disabled: start afresh below.
  }
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // Storage unavailable: nothing to reset.
  }
  return [];
}

export function visitedStories(): Set<string> {
  return new Set(read());
}

export function markVisited(slug: string): void {
  const slugs = read().filter((s) => s !== slug);
  slugs.push(slug);
  try {
    window.localStorage.setItem(KEY, JSON.stringify({ v: 1, slugs: slugs.slice(-1000) }));
  } catch {
    // Quota or privacy mode: the visit is simply not remembered.
  }
}
