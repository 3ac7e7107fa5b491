/**
 * The tile's part in the cover's shared layout (decision 031's addendum): a tile joins
 * when the visitor shows intent or opens it, and a tile drawn while its story is
 * already open keeps out until the story closes.
 */
import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { demoDataset, toSummary } from '#mocks/data.ts';
import { navState } from '#src/lib/nav-state.ts';
import { renderPage } from '#tests/utils/render-page.tsx';

import { StoryTile } from './story-tile.tsx';

const story = toSummary(demoDataset.stories[0]!);
const noop = () => undefined;

function Harness({ drawnOpen }: { drawnOpen: boolean }) {
  const [open, setOpen] = useState(drawnOpen);
  const [shared, setShared] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setShared(true)}>
        show intent
      </button>
      <button type="button" onClick={() => setOpen((was) => !was)}>
        {open ? 'close' : 'open'}
      </button>
      <ul>
        <StoryTile
          story={story}
          theme={undefined}
          priority={false}
          open={open}
          shared={shared}
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

/** Whether the tile's cover is in the shared layout. */
function sharesCover(): boolean {
  const link = screen.getByRole('link', { name: new RegExp(story.title.fr) });
  // The cover is decorative: no role to find it by.
  return link.querySelector('[data-shared-cover]') !== null;
}

describe('the tile and the cover’s shared layout', () => {
  it('joins on intent and stays in while its story is open', async () => {
    const { user } = renderPage(<Harness drawnOpen={false} />);
    expect(sharesCover()).toBe(false);
    await user.click(screen.getByRole('button', { name: 'show intent' }));
    expect(sharesCover()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'open' }));
    expect(sharesCover()).toBe(true);
  });

  it('drawn behind an open story, keeps out until it closes, then joins on intent', async () => {
    const { user } = renderPage(<Harness drawnOpen />);
    expect(sharesCover()).toBe(false);
    await user.click(screen.getByRole('button', { name: 'show intent' }));
    expect(sharesCover()).toBe(false);
    await user.click(screen.getByRole('button', { name: 'close' }));
    expect(sharesCover()).toBe(true);
  });
});
