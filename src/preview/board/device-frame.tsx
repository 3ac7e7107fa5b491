/** One frame of the board: the app at a device's size, its URL and whether it reached the step. */
import { type Ref } from 'react';

import { DEVICES, type FrameSpec } from './board-state.ts';
import type { FrameStatus } from './lockstep.ts';

interface DeviceFrameProps {
  spec: FrameSpec;
  name: string;
  src: string;
  url: string;
  status: FrameStatus;
  step: number;
  scale: number;
  interactive: boolean;
  ref: Ref<HTMLIFrameElement>;
}

function statusText(status: FrameStatus, step: number): string {
  switch (status.kind) {
    case 'loading':
      return 'Loading…';
    case 'working':
      return `Working towards step ${step}…`;
    case 'reached':
      return `Reached step ${step}`;
    case 'failed':
      return `Stopped at step ${status.index + 1}: ${status.reason}`;
    case 'by-hand':
      return 'By hand (sync off)';
  }
}

export function DeviceFrame({
  spec,
  name,
  src,
  url,
  status,
  step,
  scale,
  interactive,
  ref,
}: DeviceFrameProps) {
  const device = DEVICES[spec.device];
  const variant = [spec.scenario, spec.locale].filter(Boolean).join(' · ');
  const full = spec.device === 'self';
  const title = `${device.label}${variant ? ` (${variant})` : ''}`;
  return (
    <figure
      className={`board-frame board-frame--${status.kind}${full ? ' board-frame--self' : ''}`}
    >
      <figcaption className="board-frame__caption">
        <strong>{title}</strong>
        <code className="board-frame__url" title="The frame’s address">
          {url || src}
        </code>
        <span className="board-frame__status" data-status={status.kind}>
          {statusText(status, step)}
        </span>
      </figcaption>
      <div
        className="board-frame__screen"
        style={full ? undefined : { width: device.width * scale, height: device.height * scale }}
      >
        <iframe
          ref={ref}
          name={name}
          src={src}
          title={title}
          className="board-frame__app"
          style={
            full
              ? { pointerEvents: interactive ? 'auto' : 'none' }
              : {
                  width: device.width,
                  height: device.height,
                  transform: `scale(${scale})`,
                  pointerEvents: interactive ? 'auto' : 'none',
                }
          }
        />
      </div>
    </figure>
  );
}
