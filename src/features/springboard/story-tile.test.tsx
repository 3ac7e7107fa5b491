/**
 * The tile's part in the cover's flight (decision 045): its cover carries the mark the
 * viewer finds it by, and hides while its story is open (the viewer has taken it over).
 */
import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { demoDataset, toSummary } from '#mocks/data.ts';
import { tileCoverSelector } from '#src/components/ui/shared-cover.ts';
import { navState } from '#src/lib/nav-state.ts';
import { renderPage } from '#tests/utils/render-page.tsx';

import { StoryTile } from './story-tile.tsx';

const story = toSummary(demoDataset.stories[0]!);
const noop = () => undefined;

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen((was) => !was)}>
        {open ? 'close' : 'open'}
      </button>
      <ul>
        <StoryTile
          story={story}
          theme={undefined}
          priority={false}
          open={open}
          linkState={navState('springboard')}
          tabIndex={0}
          linkRef={null}
          onKeyDown={noop}
          onFocus={noop}
          onIntent={noop}
        />
      </ul>
    </>
  );
}

describe('the tile and the cover’s flight', () => {
  it('marks its cover for the viewer and hides it while its story is open', async () => {
    const { user } = renderPage(<Harness />);
    const link = screen.getByRole('link', { name: new RegExp(story.title.fr) });
    // eslint-disable-next-line testing-library/no-node-access -- the cover is decorative: no role to find it by, only the viewer's own selector
    const cover = document.querySelector<HTMLElement>(tileCoverSelector(story.slug));
    expect(cover).not.toBeNull();
    expect(link.contains(cover)).toBe(true);
    expect(cover!.style.visibility).toBe('visible');
    await user.click(screen.getByRole('button', { name: 'open' }));
    expect(cover!.style.visibility).toBe('hidden');
    await user.click(screen.getByRole('button', { name: 'close' }));
    expect(cover!.style.visibility).toBe('visible');
  });
});
