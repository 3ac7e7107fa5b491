/**
 * The board's whole state lives in its URL (decision 031), so a link shows a colleague
 * exactly the same thing: the flow (the path), its frames, the step, sync, and any
 * ad-hoc content patch.
 *
 *   /__preview/first-visit?frames=ipad-landscape,phone:slow:en&step=3&sync=0&patch=…&rules=…
 */
import { z } from 'zod/mini';

import { decodeFrameValue, encodeFrameValue } from '#contract/preview-frame.ts';
import type { Locale } from '#contract/schemas.ts';
import { checkPatchShape } from '#mocks/flows/content-patch.ts';
import { type ApiRule, apiRuleSchema, type ContentPatch } from '#mocks/flows/world-schema.ts';
import { parseScenario, type Scenario, SCENARIOS } from '#mocks/scenarios.ts';

/** The screens a frame can take, in CSS pixels (as tests/browser/devices.ts). */
export const DEVICES = {
  'ipad-landscape': { label: 'iPad landscape', width: 1024, height: 768 },
  'ipad-portrait': { label: 'iPad portrait', width: 768, height: 1024 },
  phone: { label: 'Phone', width: 412, height: 823 },
  desktop: { label: 'Desktop', width: 1440, height: 900 },
  /** The whole window: one frame, full screen (`frames=self`), for a real device. */
  self: { label: 'This screen', width: 0, height: 0 },
} as const;
export type DeviceName = keyof typeof DEVICES;

export interface FrameSpec {
  device: DeviceName;
  /** Overrides the flow's scenario and language for this frame (variants side by side). */
  scenario?: Scenario;
  locale?: Locale;
}

export interface BoardState {
  frames: FrameSpec[];
  /** How many of the flow's steps are done: 0 is the start page. */
  step: number;
  /** Frames follow the rail; off, each frame is an ordinary app to use by hand. */
  sync: boolean;
  /** A patch over the flow's own, from the panel or a link. */
  patch: ContentPatch | null;
  /** Per-route API rules in place of the flow's own (an empty list: none), from the panel or a link. */
  rules: ApiRule[] | null;
}

const rulesSchema = z.array(apiRuleSchema).check(z.maxLength(20));

export const MAX_FRAMES = 4;
export const DEFAULT_FRAMES: readonly FrameSpec[] = [
  { device: 'ipad-landscape' },
  { device: 'ipad-portrait' },
  { device: 'phone' },
];

function isDevice(value: string): value is DeviceName {
  return Object.hasOwn(DEVICES, value);
}

function parseFrame(token: string): FrameSpec | null {
  const [device = '', scenario, locale] = token.split(':');
  if (!isDevice(device)) return null;
  const spec: FrameSpec = { device };
  if (scenario && (SCENARIOS as readonly string[]).includes(scenario)) {
    spec.scenario = parseScenario(scenario);
  }
  if (locale === 'fr' || locale === 'en') spec.locale = locale;
  return spec;
}

function frameToken(spec: FrameSpec): string {
  if (spec.locale) return `${spec.device}:${spec.scenario ?? ''}:${spec.locale}`;
  return spec.scenario ? `${spec.device}:${spec.scenario}` : spec.device;
}

/** True when the board runs one frame on the whole screen. */
export function isSelfMode(state: BoardState): boolean {
  return state.frames[0]?.device === 'self';
}

/** Reads the board's state from a URL's query; anything unreadable takes its default. */
export function parseBoardState(search: string, stepCount: number): BoardState {
  const params = new URLSearchParams(search);
  let frames = (params.get('frames') ?? '')
    .split(',')
    .map(parseFrame)
    .filter((spec): spec is FrameSpec => spec !== null)
    .slice(0, MAX_FRAMES);
  // Full screen is one frame or nothing.
  const self = frames.find((spec) => spec.device === 'self');
  if (self) frames = [self];
  if (frames.length === 0) frames = DEFAULT_FRAMES.map((spec) => ({ ...spec }));
  const step = Number.parseInt(params.get('step') ?? '0', 10);
  const patchText = params.get('patch');
  const patch = patchText === null ? null : checkPatchShape(decodeFrameValue(patchText));
  const rulesText = params.get('rules');
  const rules = rulesText === null ? null : rulesSchema.safeParse(decodeFrameValue(rulesText));
  return {
    frames,
    step: Number.isFinite(step) ? Math.min(Math.max(step, 0), stepCount) : 0,
    sync: params.get('sync') !== '0',
    patch: patch?.ok ? patch.patch : null,
    rules: rules?.success ? rules.data : null,
  };
}

/** The query that carries the state; defaults left out, so links stay short. */
export function serializeBoardState(state: BoardState): string {
  const params = new URLSearchParams();
  const frames = state.frames.map(frameToken).join(',');
  if (frames !== DEFAULT_FRAMES.map(frameToken).join(',')) params.set('frames', frames);
  if (state.step > 0) params.set('step', String(state.step));
  if (!state.sync) params.set('sync', '0');
  if (state.patch) params.set('patch', encodeFrameValue(state.patch));
  if (state.rules) params.set('rules', encodeFrameValue(state.rules));
  const query = params.toString();
  return query ? `?${query}` : '';
}
