/**
 * Steps of either kind of path (the visitor's own, kept locally, or a shared one
 * from the API) turned into what the trail and the map draw.
 */
import { debatePath, personPath, storyPath, themePath } from '#contract/pages.ts';
import type { SharedPathStep } from '#contract/path-schemas.ts';
import type { PathStep } from '#src/lib/visitor-path.ts';

import type { MapPathStop } from './path-map.tsx';
import type { TrailItem } from './path-trail.tsx';
import { stepHref } from './step-href.ts';

export function toTrailItems(steps: readonly PathStep[]): TrailItem[] {
  return steps.map((step) => ({
    kind: step.kind,
    slug: step.slug,
    title: step.snapshot.title,
    image: step.snapshot.image,
    color: step.snapshot.color,
    seen: step.kind === 'story' ? { cards: step.cardsSeen, of: step.cardCount } : undefined,
    // A finished story starts again from its first card.
    href: stepHref(
      step.kind === 'story' && step.cardsSeen >= step.cardCount
        ? { kind: 'story', slug: step.slug }
        : step,
    ),
  }));
}

export function toMapStops(steps: readonly PathStep[]): MapPathStop[] {
  return toTrailItems(steps).map(toMapStop);
}

/** A trail item as the map draws it: a debate keeps its question and colour. */
export function toMapStop(item: TrailItem): MapPathStop {
  return {
    kind: item.kind,
    slug: item.slug,
    seen: item.seen,
    href: item.href,
    ...(item.kind === 'debate'
      ? { title: item.title, color: item.color ?? item.image?.color }
      : {}),
  };
}

/** A shared path's steps: how far the sharer went, but walked from each beginning. */
export function sharedTrailItems(steps: readonly SharedPathStep[]): TrailItem[] {
  return steps.map((step) => {
    switch (step.kind) {
      case 'story':
        return {
          kind: 'story',
          slug: step.slug,
          title: step.story.title,
          image: step.story.cover,
          seen: { cards: step.cardsSeen, of: step.story.cardCount },
          href: storyPath(step.slug),
        };
      case 'person':
        return {
          kind: 'person',
          slug: step.slug,
          title: { fr: step.person.name, en: step.person.name },
          image: step.person.portrait,
          href: personPath(step.slug),
        };
      case 'theme':
        return {
          kind: 'theme',
          slug: step.slug,
          title: step.theme.name,
          color: step.theme.color,
          href: themePath(step.slug),
        };
      case 'debate':
        // The summary names its theme, not the theme's colour: the cover's stands in.
        return {
          kind: 'debate',
          slug: step.slug,
          title: { fr: step.debate.question, en: step.debate.question },
          image: step.debate.cover,
          href: debatePath(step.slug),
        };
    }
  });
}
