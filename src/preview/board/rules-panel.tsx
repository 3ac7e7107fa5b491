/** The panel that edits the frames' per-route API rules, refusing them with every error by field. */
import { useId, useState } from 'react';

import type { FieldError } from '#mocks/flows/content-patch.ts';
import type { ApiRule } from '#mocks/flows/world-schema.ts';

import {
  draftOf,
  emptyDraft,
  MAX_RULES,
  readRuleDrafts,
  ROUTE_NAMES,
  RULE_KIND_LABELS,
  RULE_KINDS,
  type RuleDraft,
  type RuleKind,
} from './board-rules.ts';

interface RulesPanelProps {
  /** The board's rules (from the panel or a link), or null: the flow's own. */
  rules: ApiRule[] | null;
  flowRules: readonly ApiRule[] | undefined;
  onApply: (rules: ApiRule[] | null) => void;
}

function isKind(value: string): value is RuleKind {
  return (RULE_KINDS as readonly string[]).includes(value);
}

export function RulesPanel({ rules, flowRules, onApply }: RulesPanelProps) {
  const [drafts, setDrafts] = useState<RuleDraft[]>(() => (rules ?? flowRules ?? []).map(draftOf));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const ids = useId();
  const errorOf = (index: number, name: string) =>
    errors.find((error) => error.field === `rules.${index}.${name}`);

  const change = (index: number, patch: Partial<RuleDraft>) =>
    setDrafts((all) => all.map((draft, i) => (i === index ? { ...draft, ...patch } : draft)));

  const apply = () => {
    const read = readRuleDrafts(drafts);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors([]);
    onApply(read.rules);
  };

  /** A number field of row `index`, marked and described when it is at fault. */
  const numberField = (index: number, name: 'ms' | 'status' | 'times', label: string) => {
    const error = errorOf(index, name);
    const id = `${ids}-${index}-${name}`;
    return (
      <label className="board-rule__field" htmlFor={id}>
        {label}
        <input
          id={id}
          inputMode="numeric"
          value={drafts[index]?.[name] ?? ''}
          onChange={(event) => change(index, { [name]: event.target.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error ? (
          <span id={`${id}-error`} className="board-rule__error">
            {error.message}
          </span>
        ) : null}
      </label>
    );
  };

  return (
    <details className="board-panel" open={rules !== null || undefined}>
      <summary>API rules</summary>
      <p className="board-panel__label">
        Per route, for every frame: a delay, failures with a status, a network error, or an answer
        that breaks the contract on purpose. {rules === null ? 'Now: the flow’s own.' : ''}
      </p>
      <ol className="board-rules">
        {drafts.map((draft, index) => (
          <li key={index} className="board-rule">
            <fieldset>
              <legend>Rule {index + 1}</legend>
              <label className="board-rule__field" htmlFor={`${ids}-${index}-route`}>
                Route
                <select
                  id={`${ids}-${index}-route`}
                  value={draft.route}
                  onChange={(event) => change(index, { route: event.target.value })}
                >
                  {ROUTE_NAMES.map((name) => (
                    <option key={name}>{name}</option>
                  ))}
                </select>
              </label>
              <label className="board-rule__field" htmlFor={`${ids}-${index}-kind`}>
                What happens
                <select
                  id={`${ids}-${index}-kind`}
                  value={draft.kind}
                  onChange={(event) => {
                    if (isKind(event.target.value)) change(index, { kind: event.target.value });
                  }}
                >
                  {RULE_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {RULE_KIND_LABELS[kind]}
                    </option>
                  ))}
                </select>
              </label>
              {draft.kind === 'delay' ? numberField(index, 'ms', 'Delay (ms)') : null}
              {draft.kind === 'fail' ? numberField(index, 'status', 'Status') : null}
              {draft.kind === 'delay'
                ? null
                : numberField(index, 'times', 'Times (empty: every time)')}
              <button
                type="button"
                onClick={() => setDrafts((all) => all.filter((_, i) => i !== index))}
              >
                Remove rule {index + 1}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="board-panel__actions">
        <button
          type="button"
          disabled={drafts.length >= MAX_RULES}
          onClick={() => setDrafts((all) => [...all, emptyDraft()])}
        >
          Add a rule
        </button>
        <button type="button" onClick={apply}>
          Apply rules to every frame
        </button>
        {rules === null ? null : (
          <button
            type="button"
            onClick={() => {
              setDrafts((flowRules ?? []).map(draftOf));
              setErrors([]);
              onApply(null);
            }}
          >
            Back to the flow’s rules
          </button>
        )}
      </div>
      {errors.length > 0 ? (
        <ul className="board-panel__errors" role="alert">
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
