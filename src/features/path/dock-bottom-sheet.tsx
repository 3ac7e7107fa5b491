import { useId } from 'react';

import { PathIcon } from '#src/components/ui/icons.tsx';

import { DockContents, DockTitle } from './dock-contents.tsx';
import { useBottomSheet } from './use-bottom-sheet.ts';

/** The dock on a tablet: a sheet that peeks from the bottom edge. */
export function BottomSheet() {
  const titleId = useId();
  const bodyId = useId();
  const { sheetRef, open, setOpen, drawn, measured, handleProps } = useBottomSheet();
  return (
    <aside
      ref={sheetRef}
      className="sheet"
      aria-labelledby={titleId}
      data-open={open || undefined}
      style={{ visibility: measured ? undefined : 'hidden' }}
    >
      <button
        type="button"
        className="sheet__handle"
        aria-expanded={open}
        aria-controls={bodyId}
        {...handleProps}
      >
        <span className="sheet__grip" aria-hidden="true" />
        <PathIcon className="dock__icon" />
        <DockTitle id={titleId} />
      </button>
      {/* Closed, the body is inert (neither focused nor announced); never opened, it
          is also empty: its steps and their thumbnails are drawn on the first opening. */}
      <div id={bodyId} className="sheet__body" inert={!open}>
        {drawn ? <DockContents onNavigate={() => setOpen(false)} /> : null}
      </div>
    </aside>
  );
}
