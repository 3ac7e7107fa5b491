import { useEffect } from 'react';
import { useLocation, useSearchParams } from 'react-router';

import { inMovementPath } from '#contract/pages.ts';
import { useI18n } from '#src/lib/i18n.tsx';

import { peekReturnTo, safeReturnTo } from './return-to.ts';

/** What a link into the account pages carries so they know where the person was. */
export interface AccountPageState {
  from?: string;
}

/** A path under /in-movement (not /in-movementx). */
function isInMovement(path: string | undefined): boolean {
  const root = inMovementPath();
  return path !== undefined && path.startsWith(root) && /^([/?#]|$)/.test(path.slice(root.length));
}

/**
 * Names the tab of a sign-in or account page. These pages serve the stories and In
 * Movement alike and wear neither one's brand, so their title does not either: it
 * names the platform when the person came from it ("Se connecter — In Movement", as
 * every page they just saw), and the page alone otherwise, never the group's name on
 * the platform's way in. Where they came from: the sign-in page's `returnTo`, a link's
 * `state.from` (the platform's account link), or the destination kept for the way
 * back from the mail.
 */
export function useAccountTitle(title: string | null): void {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const state = useLocation().state as AccountPageState | null;
  const platform = [safeReturnTo(searchParams.get('returnTo')), state?.from, peekReturnTo()].some(
    isInMovement,
  );
  const name = t('account.platformName');
  useEffect(() => {
    if (title) document.title = platform ? `${title} — ${name}` : title;
  }, [title, platform, name]);
}
