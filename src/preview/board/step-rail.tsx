/** The board's step rail: previous / play / next, every step with its checkpoint and note, and keys. */
import { useEffect, useRef, useState } from 'react';

import type { FlowStep } from '#mocks/flows/flow-schema.ts';

import { describeStep, loadAreaWords } from './step-words.ts';

interface StepRailProps {
  start: string;
  steps: readonly FlowStep[];
  step: number;
  playing: boolean;
  onGo: (step: number) => void;
  onPlay: (playing: boolean) => void;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function StepRail({ start, steps, step, playing, onGo, onPlay }: StepRailProps) {
  const last = steps.length;
  // The areas' strings arrive after the first render; the rail re-reads its steps then.
  const [, setWordsLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    loadAreaWords().then(
      () => live && setWordsLoaded(true),
      () => undefined, // Keys stay shown: a designer still sees which button.
    );
    return () => {
      live = false;
    };
  }, []);

  // The steps may scroll in their own box (a short screen): the current one stays in it.
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const current = list.current?.querySelector<HTMLElement>('[aria-current="step"]');
    current?.scrollIntoView?.({ block: 'nearest' });
  }, [step]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const go = (to: number) => {
        event.preventDefault();
        onGo(Math.min(Math.max(to, 0), last));
      };
      if (event.key === 'ArrowRight' || event.key === 'ArrowDown' || event.key === 'j')
        go(step + 1);
      else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp' || event.key === 'k')
        go(step - 1);
      else if (event.key === 'Home') go(0);
      else if (event.key === 'End') go(last);
      else if (event.key === 'p') onPlay(!playing);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, last, playing, onGo, onPlay]);

  return (
    <nav className="board-rail" aria-label="Steps">
      <div className="board-rail__controls">
        <button
          type="button"
          onClick={() => onGo(step - 1)}
          disabled={step === 0}
          aria-keyshortcuts="ArrowLeft"
        >
          Previous
        </button>
        <button
          type="button"
          onClick={() => onPlay(!playing)}
          aria-pressed={playing}
          aria-keyshortcuts="p"
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          onClick={() => onGo(step + 1)}
          disabled={step === last}
          aria-keyshortcuts="ArrowRight"
        >
          Next
        </button>
        <span className="board-rail__position" role="status">
          Step {step} of {last}
        </span>
      </div>
      <ol className="board-rail__steps" ref={list}>
        <li>
          <button
            type="button"
            aria-current={step === 0 ? 'step' : undefined}
            onClick={() => onGo(0)}
          >
            <span className="board-rail__index">0</span> Start at {start}
          </button>
        </li>
        {steps.map((item, index) => (
          <li key={index}>
            <button
              type="button"
              aria-current={step === index + 1 ? 'step' : undefined}
              onClick={() => onGo(index + 1)}
            >
              <span className="board-rail__index">{index + 1}</span> {describeStep(item)}
              {item.checkpoint ? (
                <span className="board-rail__checkpoint">◆ {item.checkpoint}</span>
              ) : null}
            </button>
            {item.note ? <p className="board-rail__note">{item.note}</p> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
