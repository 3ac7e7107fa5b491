import './path-debate.css';

import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';

import { inMovementPath, storyPath, themePath } from '#contract/pages.ts';
import type { Localized, Theme } from '#contract/schemas.ts';
import { useI18n } from '#src/lib/i18n.tsx';
import type { NavState } from '#src/lib/nav-state.ts';
import { useMediaQuery } from '#src/lib/use-media-query.ts';

import { layoutMap, smoothPath } from './map-layout.ts';

/** The map's region for In Movement's debates, and its stops' keys: never slugs. */
const IM_REGION = 'in-movement:';
const debateKey = (slug: string) => `debate:${slug}`;

export interface MapStoryInfo {
  slug: string;
  title: Localized;
  themes: readonly string[];
}

/** One stop of the path drawn on the map, in path order. */
export interface MapPathStop {
  kind: 'story' | 'person' | 'theme' | 'debate';
  slug: string;
  /** Story steps: cards seen and how many the story has. */
  seen?: { cards: number; of: number } | undefined;
  /** Debate steps: the question, and the theme's (or cover's) colour. */
  title?: Localized;
  color?: string | undefined;
  /** Where tapping this stop leads (a story at the card the visitor left). */
  href: string;
}

interface Props {
  themes: readonly Theme[];
  stories: readonly MapStoryInfo[];
  path: readonly MapPathStop[];
  /** Router state for links to stories, so closing a story comes back here. */
  linkState: NavState;
  label: string;
}

/**
 * "Where have I been, what is left to discover": every story as a dot inside its
 * theme's region, and the path drawn through the stops it visited, in order. Each
 * dot is a link named for screen readers with its step number and progress.
 */
export function PathMap({ themes, stories, path, linkState, label }: Props) {
  const { t, text } = useI18n();
  const titleId = useId();
  const portrait = useMediaQuery('(max-aspect-ratio: 4/5)');
  // Debates on the path get a region of their own: In Movement's themes are not the
  // stories'. Its key and theirs are not slugs, so they meet no theme or story. Joined
  // into one string, so a new path with the same debates keeps the layout.
  const debateKeys = path
    .filter((step) => step.kind === 'debate')
    .map((step) => debateKey(step.slug))
    .join(' ');
  const layout = useMemo(() => {
    const debates = debateKeys ? debateKeys.split(' ') : [];
    return layoutMap(
      debates.length > 0 ? [...themes, { slug: IM_REGION }] : themes,
      [...stories, ...debates.map((slug) => ({ slug, themes: [IM_REGION] }))],
      { portrait },
    );
  }, [themes, stories, portrait, debateKeys]);
  // Map units per CSS pixel as drawn: touch targets are sized in pixels, whatever the
  // map's scale (a portrait tablet draws it at ~0.7 px per unit).
  const svgRef = useRef<SVGSVGElement>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const measure = () => {
      const box = svg.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) {
        setScale(Math.min(box.width / layout.width, box.height / layout.height));
      }
    };
    // Before the first paint (a layout effect), then whenever the map is resized.
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => observer.disconnect();
  }, [layout.width, layout.height]);
  /** Half of a 46 px target, in map units. */
  const halfTarget = 23 / scale;
  const storyBySlug = useMemo(() => new Map(stories.map((s) => [s.slug, s])), [stories]);
  const themeBySlug = useMemo(() => new Map(themes.map((th) => [th.slug, th])), [themes]);

  // Story stops sit on their dot; theme detours on their region's centre. People
  // have no place of their own on this map: the trail lists them.
  const points = path.flatMap((step, i) => {
    if (step.kind === 'story') {
      const stop = layout.stops.get(step.slug);
      return stop ? [{ x: stop.x, y: stop.y, step, number: i + 1 }] : [];
    }
    if (step.kind === 'theme') {
      const region = layout.regions.find((r) => r.slug === step.slug);
      return region ? [{ x: region.cx, y: region.cy + 10, step, number: i + 1 }] : [];
    }
    if (step.kind === 'debate') {
      const stop = layout.stops.get(debateKey(step.slug));
      return stop ? [{ x: stop.x, y: stop.y, step, number: i + 1 }] : [];
    }
    return [];
  });
  const imRegion = layout.regions.find((r) => r.slug === IM_REGION);
  const visited = new Map(
    path.flatMap((step, i) =>
      step.kind === 'story' ? [[step.slug, { step, number: i + 1 }]] : [],
    ),
  );
  const line = smoothPath(points);

  return (
    <figure className="path-map">
      <svg
        ref={svgRef}
        className="path-map__svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{label}</title>
        {layout.regions.map((region) => {
          const theme = themeBySlug.get(region.slug);
          if (!theme) return null;
          return (
            <g key={region.slug} className="path-map__region">
              <circle
                cx={region.cx}
                cy={region.cy}
                r={region.r}
                style={{ fill: theme.color, stroke: theme.color }}
              />
              <Link
                to={themePath(theme.slug)}
                state={linkState}
                className="path-map__theme-link"
                aria-label={t('path.mapTheme', { name: text(theme.name) })}
              >
                {/* The name's tap area: a 46 px tall band across the region's top. */}
                <rect
                  x={region.cx - region.r * 0.75}
                  y={region.cy - region.r * 0.78 - 8 - halfTarget}
                  width={region.r * 1.5}
                  height={halfTarget * 2}
                  className="path-map__hit"
                />
                <text x={region.cx} y={region.cy - region.r * 0.78} textAnchor="middle">
                  {text(theme.name)}
                </text>
              </Link>
            </g>
          );
        })}
        {imRegion ? (
          <g className="path-map__region path-map__region--im">
            <circle cx={imRegion.cx} cy={imRegion.cy} r={imRegion.r} />
            <Link
              to={inMovementPath()}
              state={linkState}
              className="path-map__theme-link"
              aria-label={t('path.mapInMovement')}
            >
              <rect
                x={imRegion.cx - imRegion.r * 0.75}
                y={imRegion.cy - imRegion.r * 0.78 - 8 - halfTarget}
                width={imRegion.r * 1.5}
                height={halfTarget * 2}
                className="path-map__hit"
              />
              <text x={imRegion.cx} y={imRegion.cy - imRegion.r * 0.78} textAnchor="middle">
                {t('path.inMovementMark')}
              </text>
            </Link>
          </g>
        ) : null}
        {line ? <path className="path-map__line" d={line} aria-hidden="true" /> : null}
        {points.map(({ x, y, step, number }) =>
          step.kind === 'debate' ? (
            <Link
              key={`debate:${step.slug}`}
              to={step.href}
              state={linkState}
              className="path-map__stop path-map__stop--visited path-map__stop--debate"
              aria-label={t('path.mapDebate', {
                title: step.title ? text(step.title) : step.slug,
                step: number,
              })}
            >
              <circle cx={x} cy={y} r={Math.max(26, halfTarget)} className="path-map__hit" />
              {/* A square, not a dot: a debate, not a story. */}
              <rect
                x={x - 14}
                y={y - 14}
                width={28}
                height={28}
                rx={6}
                className="path-map__dot"
                style={{ stroke: step.color, fill: step.color }}
              />
              <text x={x} y={y + 5} textAnchor="middle" className="path-map__number">
                {number}
              </text>
            </Link>
          ) : null,
        )}
        {[...layout.stops.values()].map((stop) => {
          const story = storyBySlug.get(stop.slug);
          const theme = themeBySlug.get(stop.theme);
          if (!story || !theme) return null;
          const onPath = visited.get(stop.slug);
          const name = text(story.title);
          const where = onPath
            ? t('path.mapStopVisited', {
                title: name,
                step: onPath.number,
                cards: onPath.step.seen?.cards ?? 0,
                total: onPath.step.seen?.of ?? 0,
              })
            : t('path.mapStopNew', { title: name });
          return (
            <Link
              key={stop.slug}
              to={onPath?.step.href ?? storyPath(stop.slug)}
              state={linkState}
              className={onPath ? 'path-map__stop path-map__stop--visited' : 'path-map__stop'}
              aria-label={where}
            >
              {/* A larger invisible disc: a 46 px target however small the map is drawn. */}
              <circle
                cx={stop.x}
                cy={stop.y}
                r={Math.max(26, halfTarget)}
                className="path-map__hit"
              />
              <circle
                cx={stop.x}
                cy={stop.y}
                r={onPath ? 15 : 9}
                className="path-map__dot"
                style={{ stroke: theme.color, fill: onPath ? theme.color : undefined }}
              />
              {onPath ? (
                <text x={stop.x} y={stop.y + 5} textAnchor="middle" className="path-map__number">
                  {onPath.number}
                </text>
              ) : null}
            </Link>
          );
        })}
      </svg>
    </figure>
  );
}
