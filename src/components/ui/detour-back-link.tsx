import './detour-back-link.css';

import { Link, useLocation, useNavigate } from 'react-router';

import { homePath } from '#contract/pages.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import { parseNavState } from '#src/lib/nav-state.ts';

import { BackIcon } from './icons.tsx';

/**
 * The way out of a detour (a person's or a theme's page). Reached from a story card,
 * it goes back through history so the viewer reopens on the very card the visitor
 * left; reached any other way (a link, the path, search), it leads to all the stories.
 */
export function DetourBackLink({ className = 'button' }: { className?: string }) {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const fromStory = parseNavState(location.state)?.from === 'story';
  return fromStory ? (
    <button type="button" className={className} onClick={() => void navigate(-1)}>
      <BackIcon className="detour-back__icon" />
      {t('nav.backToStory')}
    </button>
  ) : (
    <Link to={homePath()} className={className}>
      <BackIcon className="detour-back__icon" />
      {t('notFound.back')}
    </Link>
  );
}
