/**
 * Drives the board's frames in lockstep (decision 031): each frame is brought to the
 * rail's step one step at a time, and a frame ahead of the rail, or one that failed a
 * step the rail goes back over, starts a fresh run (a new world, storage included) and
 * replays. Kept out of React so the rules can be tested without frames.
 */
import type { FlowStep } from '#mocks/flows/flow-schema.ts';

import type { DoStepMessage, FrameMessage } from '../preview-messages.ts';
import { BOARD_SOURCE } from '../preview-messages.ts';

export interface FrameRun {
  /** Renewed on each restart: the frame's window name, its storage, the mocks' counts. */
  run: string;
  /** The driver inside has said hello since the last (re)load. */
  ready: boolean;
  /** How many steps the frame has done in this run. */
  at: number;
  /** A step was sent and its outcome has not come back. */
  busy: boolean;
  failed: { index: number; reason: string } | null;
  url: string;
}

export type FrameStatus =
  | { kind: 'loading' }
  | { kind: 'working' }
  | { kind: 'reached' }
  | { kind: 'failed'; index: number; reason: string }
  | { kind: 'by-hand' };

let runCounter = 0;
export function newRun(): string {
  runCounter += 1;
  return `${Date.now().toString(36)}${runCounter.toString(36)}`.slice(-24);
}

export function frameId(index: number): string {
  return `f${index}`;
}

export class Lockstep {
  frames: FrameRun[];
  target = 0;
  sync = true;

  constructor(
    private readonly steps: readonly FlowStep[],
    frameCount: number,
    private readonly send: (frame: number, message: DoStepMessage) => void,
    private readonly changed: () => void,
  ) {
    this.frames = Array.from({ length: frameCount }, () => this.fresh());
  }

  private fresh(): FrameRun {
    return { run: newRun(), ready: false, at: 0, busy: false, failed: null, url: '' };
  }

  status(index: number): FrameStatus {
    const frame = this.frames[index];
    if (!frame || !frame.ready) return { kind: 'loading' };
    if (!this.sync) return { kind: 'by-hand' };
    if (frame.failed && this.target > frame.failed.index)
      return { kind: 'failed', ...frame.failed };
    if (frame.busy || frame.at !== this.target) return { kind: 'working' };
    return { kind: 'reached' };
  }

  /** Every frame has either reached the rail's step or failed on the way. */
  get settled(): boolean {
    return this.frames.every((_, i) => ['reached', 'failed'].includes(this.status(i).kind));
  }

  setTarget(step: number): void {
    this.target = Math.min(Math.max(step, 0), this.steps.length);
    this.frames.forEach((_, i) => this.drive(i));
    this.changed();
  }

  setSync(sync: boolean): void {
    this.sync = sync;
    // Back in sync after hands-on use: what the frames show is unknown, start again.
    if (sync) this.restartAll();
    else this.changed();
  }

  restartAll(): void {
    this.frames = this.frames.map(() => this.fresh());
    this.changed();
  }

  receive(index: number, message: FrameMessage): void {
    const frame = this.frames[index];
    if (!frame || message.run !== frame.run) return;
    frame.url = message.url;
    if (message.type === 'ready') {
      frame.ready = true;
    } else if (message.type === 'done' && message.index === frame.at && frame.busy) {
      frame.busy = false;
      if (message.ok) frame.at += 1;
      else frame.failed = { index: message.index, reason: message.reason };
    }
    this.drive(index);
    this.changed();
  }

  private drive(index: number): void {
    const frame = this.frames[index];
    if (!frame || !this.sync || !frame.ready || frame.busy) return;
    const failedAhead = frame.failed && this.target <= frame.failed.index;
    if (frame.at > this.target || failedAhead) {
      this.frames[index] = this.fresh();
      return;
    }
    if (frame.failed || frame.at === this.target) return;
    const step = this.steps[frame.at];
    if (!step) return;
    frame.busy = true;
    this.send(index, { source: BOARD_SOURCE, type: 'do', index: frame.at, step });
  }
}
