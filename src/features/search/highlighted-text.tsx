import { Fragment } from 'react';

import type { Highlighted } from '#contract/schemas.ts';

/** Draws the API's runs as text, matches in `<mark>`: nothing is ever parsed as HTML. */
export function HighlightedText({ runs }: { runs: Highlighted }) {
  return runs.map((run, index) =>
    run.match ? <mark key={index}>{run.text}</mark> : <Fragment key={index}>{run.text}</Fragment>,
  );
}

export const hasText = (runs: Highlighted) => runs.some((run) => run.text.trim() !== '');

export const plain = (runs: Highlighted) => runs.map((run) => run.text).join('');
