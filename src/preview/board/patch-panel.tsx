/** The panel that edits the ad-hoc content patch, refusing it with every error by field. */
import { useState } from 'react';

import type { FieldError } from '#mocks/flows/content-patch.ts';
import type { ContentPatch } from '#mocks/flows/world-schema.ts';
import type { Scenario } from '#mocks/scenarios.ts';

import { readPatchText } from './board-patch.ts';

interface PatchPanelProps {
  patch: ContentPatch | null;
  scenario: Scenario;
  flowPatch: ContentPatch | undefined;
  onApply: (patch: ContentPatch | null) => void;
}

const EXAMPLE = '{ "stories": { "nuancier": { "title": { "fr": "Un nouveau titre" } } } }';

export function PatchPanel({ patch, scenario, flowPatch, onApply }: PatchPanelProps) {
  const [text, setText] = useState(() => (patch ? JSON.stringify(patch, null, 2) : ''));
  const [errors, setErrors] = useState<FieldError[]>([]);

  const apply = () => {
    const read = readPatchText(text, scenario, flowPatch);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors([]);
    onApply(read.patch);
  };

  return (
    <details className="board-panel" open={patch !== null || undefined}>
      <summary>Content patch</summary>
      <label className="board-panel__label" htmlFor="board-patch">
        Partial stories, people and themes by slug, over the flow’s content (JSON)
      </label>
      <textarea
        id="board-patch"
        className="board-panel__text"
        value={text}
        placeholder={EXAMPLE}
        spellCheck={false}
        rows={6}
        onChange={(event) => setText(event.target.value)}
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length > 0 ? 'board-patch-errors' : undefined}
      />
      <div className="board-panel__actions">
        <button type="button" onClick={apply}>
          Apply to every frame
        </button>
      </div>
      {errors.length > 0 ? (
        <ul id="board-patch-errors" className="board-panel__errors" role="alert">
          {errors.map((error) => (
            <li key={`${error.field}:${error.message}`}>
              <code>{error.field}</code>: {error.message}
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
