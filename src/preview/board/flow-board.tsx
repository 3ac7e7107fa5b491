/**
 * `/__preview/:flow`: one flow in 1–4 frames side by side, driven in lockstep from the
 * step rail, its whole state in the URL (board-state.ts). The board is a designers'
 * tool and speaks English only (decision 031).
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';

import { encodeFrameValue, FRAME_NAME_PREFIX } from '#contract/preview-frame.ts';
import type { Flow } from '#mocks/flows/flow-schema.ts';
import { flowById } from '#mocks/flows/flows.ts';
import type { FrameWorld } from '#mocks/flows/world-schema.ts';

import { isFrameMessage } from '../preview-messages.ts';
import { mergePatches } from './board-patch.ts';
import { BOARD_PATH } from './board-paths.ts';
import {
  type BoardState,
  DEVICES,
  type FrameSpec,
  isSelfMode,
  parseBoardState,
  serializeBoardState,
} from './board-state.ts';
import { DeviceFrame } from './device-frame.tsx';
import { frameId, Lockstep } from './lockstep.ts';
import { PatchPanel } from './patch-panel.tsx';
import { RulesPanel } from './rules-panel.tsx';
import { ShareBox } from './share-box.tsx';
import { StepRail } from './step-rail.tsx';

const PLAY_PAUSE_MS = 1200;

function frameName(
  flow: Flow,
  spec: FrameSpec,
  index: number,
  run: string,
  state: BoardState,
): string {
  const world: FrameWorld = {
    v: 1,
    id: frameId(index),
    run,
    scenario: spec.scenario ?? flow.world.scenario,
    locale: spec.locale ?? flow.world.locale,
    path: flow.world.path,
    patch: mergePatches(flow.world.patch, state.patch),
    rules: state.rules ?? flow.world.rules,
  };
  return `${FRAME_NAME_PREFIX}${encodeFrameValue(world)}`;
}

function useWindowSize() {
  const read = () => ({ width: window.innerWidth, height: window.innerHeight });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

/** The scale at which every frame fits side by side in the window. */
function fitScale(frames: readonly FrameSpec[], window: { width: number; height: number }): number {
  const width = frames.reduce((sum, spec) => sum + DEVICES[spec.device].width, 0);
  const height = Math.max(...frames.map((spec) => DEVICES[spec.device].height));
  const gaps = 24 * (frames.length + 1);
  return Math.min(1, (window.width - 340 - gaps) / width, (window.height - 120) / height);
}

function FlowBoard({
  flow,
  state,
  setState,
}: {
  flow: Flow;
  state: BoardState;
  setState: (next: Partial<BoardState>) => void;
}) {
  const frames = useRef<(HTMLIFrameElement | null)[]>([]);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [lockstep] = useState(() => {
    const created = new Lockstep(
      flow.steps,
      state.frames.length,
      (index, message) =>
        frames.current[index]?.contentWindow?.postMessage(message, window.location.origin),
      rerender,
    );
    created.sync = state.sync;
    created.target = state.step;
    return created;
  });
  const [playing, setPlaying] = useState(false);
  const size = useWindowSize();
  const self = isSelfMode(state);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || !isFrameMessage(event.data)) return;
      const index = frames.current.findIndex((frame) => frame?.contentWindow === event.source);
      if (index >= 0) lockstep.receive(index, event.data);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [lockstep]);

  useEffect(() => {
    if (lockstep.sync !== state.sync) lockstep.setSync(state.sync);
  }, [lockstep, state.sync]);
  useEffect(() => {
    lockstep.setTarget(state.step);
  }, [lockstep, state.step]);

  const go = useCallback(
    (step: number) => setState({ step: Math.min(Math.max(step, 0), flow.steps.length) }),
    [flow, setState],
  );

  // Play: one step more each time every frame has settled, until the end.
  const settled = lockstep.settled;
  const isPlaying = playing && state.step < flow.steps.length;
  useEffect(() => {
    if (!isPlaying || !settled) return;
    const timer = setTimeout(() => go(state.step + 1), PLAY_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [isPlaying, settled, state.step, go]);

  const scale = self ? 1 : fitScale(state.frames, size);
  const scenario = state.frames[0]?.scenario ?? flow.world.scenario ?? 'default';

  return (
    <div className={`board${self ? ' board--self' : ''}`}>
      <aside className="board-side">
        <p className="board-side__back">
          <Link to={BOARD_PATH}>All flows</Link>
        </p>
        <h1 className="board-side__title">{flow.title}</h1>
        {self ? null : <p className="board-side__summary">{flow.summary}</p>}
        <StepRail
          start={flow.start}
          steps={flow.steps}
          step={state.step}
          playing={isPlaying}
          onGo={go}
          onPlay={setPlaying}
        />
        <label className="board-side__sync">
          <input
            type="checkbox"
            checked={state.sync}
            onChange={(event) => setState({ sync: event.target.checked })}
          />{' '}
          Frames follow the rail (off: use each frame by hand)
        </label>
        <button type="button" onClick={() => lockstep.restartAll()}>
          Restart every frame
        </button>
        <ShareBox link={window.location.href} />
        {self ? null : (
          <>
            <PatchPanel
              patch={state.patch}
              scenario={scenario}
              flowPatch={flow.world.patch}
              onApply={(patch) => setState({ patch })}
            />
            <RulesPanel
              rules={state.rules}
              flowRules={flow.world.rules}
              onApply={(rules) => setState({ rules })}
            />
          </>
        )}
      </aside>
      <main className="board-frames" aria-label="Frames">
        {state.frames.map((spec, index) => {
          const run = lockstep.frames[index]?.run ?? '';
          return (
            <DeviceFrame
              key={`${index}:${run}`}
              ref={(element) => {
                frames.current[index] = element;
              }}
              spec={spec}
              name={frameName(flow, spec, index, run, state)}
              src={flow.start}
              url={lockstep.frames[index]?.url ?? ''}
              status={lockstep.status(index)}
              step={state.step}
              scale={scale}
              interactive={!state.sync}
            />
          );
        })}
      </main>
    </div>
  );
}

export function FlowBoardRoute() {
  const { flow: id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const flow = flowById(id);
  const state = flow ? parseBoardState(location.search, flow.steps.length) : null;
  const setState = useCallback(
    (next: Partial<BoardState>) => {
      if (!state) return;
      // Synchronously (flushSync): the sync checkbox is controlled by the address, and
      // a navigation in a transition let React put the box back before the new address
      // arrived, so a click sometimes seemed to do nothing (a flaky browser test).
      void navigate(
        { search: serializeBoardState({ ...state, ...next }) },
        { replace: true, flushSync: true },
      );
    },
    [navigate, state],
  );
  if (!flow || !state) {
    return (
      <main className="board-list">
        <h1>No flow “{id}”</h1>
        <Link to={BOARD_PATH}>All flows</Link>
      </main>
    );
  }
  // New frames or a new patch: new worlds, so a new board (the step and sync stay).
  const worlds = serializeBoardState({ ...state, step: 0, sync: true });
  return <FlowBoard key={`${flow.id}${worlds}`} flow={flow} state={state} setState={setState} />;
}
