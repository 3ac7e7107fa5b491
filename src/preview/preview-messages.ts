/**
 * Between the board and the driver inside each of its frames: same-origin
 * postMessage, checked on both ends (origin, window and source tag).
 */
import type { FlowStep } from '#mocks/flows/flow-schema.ts';

export const BOARD_SOURCE = 'parcours-board';
export const FRAME_SOURCE = 'parcours-frame';

/** The board asks a frame to do one step (index in the flow's steps, 0-based). */
export interface DoStepMessage {
  source: typeof BOARD_SOURCE;
  type: 'do';
  index: number;
  step: FlowStep;
}

/** What a frame reports: it loaded, it moved, or it did (or could not do) a step. */
export type FrameReport =
  | { type: 'ready' }
  | { type: 'url' }
  | { type: 'done'; index: number; ok: true }
  | { type: 'done'; index: number; ok: false; reason: string };

export type FrameMessage = {
  source: typeof FRAME_SOURCE;
  id: string;
  run: string;
  url: string;
} & FrameReport;

export function isFrameMessage(data: unknown): data is FrameMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { source?: unknown }).source === FRAME_SOURCE &&
    typeof (data as { id?: unknown }).id === 'string'
  );
}

export function isDoStepMessage(data: unknown): data is DoStepMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { source?: unknown }).source === BOARD_SOURCE &&
    (data as { type?: unknown }).type === 'do'
  );
}
