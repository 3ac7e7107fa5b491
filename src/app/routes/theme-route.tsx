import { useParams } from 'react-router';

import { StoryGrid } from '#src/features/springboard/story-grid.tsx';
import { ThemePage } from '#src/features/themes/theme-page.tsx';
import { navState } from '#src/lib/nav-state.ts';

/** Closing a story opened here comes back to this page (the viewer goes back in history). */
const LINK_STATE = navState('theme');

/**
 * Composes the theme page with the springboard's own grid: features do not import
 * each other, the app layer puts them together.
 */
export function ThemeRoute() {
  const { slug = '' } = useParams();
  return (
    <ThemePage
      slug={slug}
      renderStories={({ theme, label }) => (
        <StoryGrid theme={theme} linkState={LINK_STATE} label={label} />
      )}
    />
  );
}
