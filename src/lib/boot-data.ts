/**
 * The API answers the page's HTML carried (contract/boot.ts), each handed out once:
 * the first request for a URL is answered from the page, later ones go to the
 * network as usual. Unreadable data is dropped: it only costs a request.
 *
 * On the server (src/entry-server.tsx) there is no document: the request's answers
 * are lent for one synchronous block (`withBootAnswers`), so two requests rendered at
 * once never see each other's.
 */
import { BOOT_ELEMENT_ID, bootDataSchema, ROUTER_STATE_KEY } from '#contract/boot.ts';

let answers: Map<string, unknown> | null = null;
/** The API URLs the page carried answers for (whether taken yet or not). */
let carriedUrls: readonly string[] = [];

function load(): Map<string, unknown> {
  if (answers) return answers;
  answers = new Map();
  const element = typeof document === 'undefined' ? null : document.getElementById(BOOT_ELEMENT_ID);
  if (!element?.textContent) return answers;
  try {
    const parsed = bootDataSchema.safeParse(JSON.parse(element.textContent));
    if (parsed.success) {
      answers = new Map(Object.entries(parsed.data));
      carriedUrls = [...answers.keys()].filter((key) => key !== ROUTER_STATE_KEY);
    }
  } catch {
    // Not JSON: as if the page carried nothing.
  }
  // Read once: the element is no use any more, and must not answer a second app start.
  element.remove();
  return answers;
}

/** The page's answer for this API URL (path and query), or undefined; never twice. */
export function takeBootAnswer(url: string): unknown {
  const map = load();
  const answer = map.get(url);
  map.delete(url);
  return answer;
}

/**
 * The API URLs (path and query) the page's HTML answered: they never went through the
 * service worker, which must be handed them to keep them for offline use (src/lib/pwa.ts).
 */
export function pageCarriedUrls(): readonly string[] {
  load();
  return carriedUrls;
}

/** The router state the server rendered the page with (contract/boot.ts), once. */
export function takeRouterState(): unknown {
  return takeBootAnswer(ROUTER_STATE_KEY);
}

/**
 * Runs `run` with these answers as the page's (the server's render of one request),
 * then puts back what was there. Synchronous on purpose: nothing else runs meanwhile.
 */
export function withBootAnswers<T>(carried: Record<string, unknown>, run: () => T): T {
  const previous = answers;
  answers = new Map(Object.entries(carried));
  try {
    return run();
  } finally {
    answers = previous;
  }
}

/** Tests: forget what was read (and any element left unread), so the next call reads afresh. */
export function resetBootDataForTests(): void {
  answers = null;
  carriedUrls = [];
  document.getElementById(BOOT_ELEMENT_ID)?.remove();
}
