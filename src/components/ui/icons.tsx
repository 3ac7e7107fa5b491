import type { ReactNode } from 'react';

import type { StoryKind } from '#contract/schemas.ts';

/**
 * The app's icons, one set drawn on the same 24-unit grid. Each is decorative: the
 * button or link around it carries the name (a visually hidden label or aria-label).
 */
function Icon({ className, children }: { className?: string | undefined; children: ReactNode }) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** The ✕ of every close, clear and remove button. */
export function CloseIcon() {
  return (
    <Icon>
      <path d="M6 6l12 12M18 6L6 18" />
    </Icon>
  );
}

/** A chevron pointing back (previous card, back to the story). */
export function BackIcon({ className }: { className?: string }) {
  return (
    <Icon className={className}>
      <path d="M15 5l-7 7 7 7" />
    </Icon>
  );
}

/** A chevron pointing forward (next card). */
export function ForwardIcon() {
  return (
    <Icon>
      <path d="M9 5l7 7-7 7" />
    </Icon>
  );
}

/** Two stops joined by a winding line: the visitor's path. */
export function PathIcon({ className }: { className?: string }) {
  return (
    <Icon className={className}>
      <circle cx="6" cy="18" r="2.2" />
      <circle cx="18" cy="6" r="2.2" />
      <path d="M7.5 16.5C10 12 8 9 12 9s5-1 4.5-1.5" />
    </Icon>
  );
}

export function SearchIcon() {
  return (
    <Icon>
      <circle cx="11" cy="11" r="6.5" />
      <path d="M16 16l4.5 4.5" />
    </Icon>
  );
}

export function ShareIcon() {
  return (
    <Icon>
      <path d="M12 15V4M8 8l4-4 4 4M6 12v7h12v-7" />
    </Icon>
  );
}

/** A die: "surprise me". */
export function SurpriseIcon() {
  return (
    <Icon>
      <rect x="4" y="4" width="16" height="16" rx="3" />
      <circle cx="9" cy="9" r="1.2" />
      <circle cx="15" cy="15" r="1.2" />
      <circle cx="15" cy="9" r="1.2" />
      <circle cx="9" cy="15" r="1.2" />
    </Icon>
  );
}

/** Play while paused, pause while playing: the action the button offers. */
export function PlayPauseIcon({ paused }: { paused: boolean }) {
  return (
    <Icon>
      <path d={paused ? 'M8 5v14l11-7z' : 'M7 5h4v14H7zM13 5h4v14h-4z'} />
    </Icon>
  );
}

/** A speaker, struck through while muted. */
export function SoundIcon({ muted }: { muted: boolean }) {
  return (
    <Icon>
      <path
        d={
          muted
            ? 'M4 9h4l5-4v14l-5-4H4zM16 9l5 6M21 9l-5 6'
            : 'M4 9h4l5-4v14l-5-4H4zM16 8a5 5 0 0 1 0 8M18.5 5.5a9 9 0 0 1 0 13'
        }
      />
    </Icon>
  );
}

const kindPaths: Record<StoryKind, string> = {
  film: 'M8 5v14l11-7z',
  slideshow: 'M4 6h12v12H4zM18 8h2v8h-2z',
  visual: 'M4 5h16v14H4zM7 15l3-4 3 3 2-2 3 3',
  portrait: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 8a7 7 0 0 1 14 0',
};

/** What kind of story it is: a film, a slideshow, a visual essay, a portrait. */
export function KindIcon({ kind }: { kind: StoryKind }) {
  return (
    <Icon>
      <path d={kindPaths[kind]} />
    </Icon>
  );
}
