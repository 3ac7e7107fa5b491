/**
 * Per-frame isolation in the mocks (decision 031): each request may carry its frame's
 * world in FRAME_HEADER; the mocks decode it per request, so two frames side by side
 * get different answers from the same handlers, "fail N times" counts per frame and
 * per run, and In Movement's writes (and the mocked sign-in) go to a store of the
 * frame's own for that run. A header that is malformed or too large is refused with a
 * 400 naming it.
 */
import type { ApiFailure } from '../../contract/failures.ts';
import {
  decodeFrameValue,
  FRAME_HEADER,
  FRAME_HEADER_MAX_CHARS,
} from '../../contract/preview-frame.ts';
import type { RouteName } from '../../contract/routes.ts';
import type { Dataset } from '../data.ts';
import { type InMovementState, seedInMovementState } from '../in-movement-store.ts';
import { datasetFor, type Scenario } from '../scenarios.ts';
import { patchDataset } from './content-patch.ts';
import { type FrameWorld, frameWorldSchema } from './world-schema.ts';

export { FRAME_HEADER };

function refusal(message: string): ApiFailure {
  return { ok: false, status: 400, code: 'bad_request', message, field: FRAME_HEADER };
}

export type FrameRead = { ok: true; frame: FrameWorld | null } | ApiFailure;

/** The frame's world a header carries, null without one, or the 400 that refuses it. */
export function readFrameHeader(value: string | null): FrameRead {
  if (value === null) return { ok: true, frame: null };
  if (value.length > FRAME_HEADER_MAX_CHARS) {
    return refusal(
      `Invalid ${FRAME_HEADER}: ${value.length} characters, at most ${FRAME_HEADER_MAX_CHARS}`,
    );
  }
  const decoded = decodeFrameValue(value);
  if (decoded === undefined) {
    return refusal(`Invalid ${FRAME_HEADER}: not base64url-encoded JSON`);
  }
  const parsed = frameWorldSchema.safeParse(decoded);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'value';
    return refusal(`Invalid ${FRAME_HEADER}: ${field}: ${issue?.message ?? 'malformed'}`);
  }
  const patched = patchDataset(
    datasetFor(parsed.data.scenario ?? 'default'),
    parsed.data.patch ?? {},
  );
  if (!patched.ok) {
    const first = patched.errors[0];
    return refusal(`Invalid ${FRAME_HEADER}: patch.${first?.field}: ${first?.message}`);
  }
  return { ok: true, frame: parsed.data };
}

/**
 * Patched datasets by header text: a frame sends the same header with every request,
 * so the patch is applied once, not per request. Bounded, oldest out.
 */
const datasets = new Map<string, Dataset>();
const DATASETS_KEPT = 32;

export function frameDataset(header: string, frame: FrameWorld, scenario: Scenario): Dataset {
  const key = `${scenario}\n${header}`;
  const kept = datasets.get(key);
  if (kept) return kept;
  const patched = patchDataset(datasetFor(scenario), frame.patch ?? {});
  // readFrameHeader already refused a patch that does not apply.
  const data = patched.ok ? patched.data : datasetFor(scenario);
  datasets.set(key, data);
  if (datasets.size > DATASETS_KEPT) datasets.delete(datasets.keys().next().value as string);
  return data;
}

/** What the frame's rules do to one request to a route. */
export interface RuleEffect {
  delayMs: number;
  outcome:
    | { kind: 'answer' }
    | { kind: 'fail'; status: number }
    | { kind: 'network-error' }
    | { kind: 'break-contract' };
}

/**
 * In Movement stores per frame and run, each seeded from the fixtures on the frame's
 * first request of the run: a contribution sent in one frame shows in no other, nor in
 * the next run (a restart on the board, the contact sheet's next column). Bounded,
 * the least recently used out.
 */
const stores = new Map<string, InMovementState>();
const STORES_KEPT = 32;

export function frameStore(frame: FrameWorld): InMovementState {
  const key = `${frame.id}/${frame.run}`;
  const db = stores.get(key) ?? seedInMovementState();
  // Moved to the end of the order: the frames in use stay, runs left behind go first.
  stores.delete(key);
  stores.set(key, db);
  if (stores.size > STORES_KEPT) stores.delete(stores.keys().next().value as string);
  return db;
}

/** Times each failing rule has fired, per frame, run and rule. */
const fired = new Map<string, number>();
const FIRED_KEPT = 1000;

/** Tests: every frame's rule counts and In Movement store forgotten. */
export function resetFrames(): void {
  fired.clear();
  stores.clear();
}

/** Applies the frame's rules for this route: delays add up, the first failing rule still due wins. */
export function ruleEffect(frame: FrameWorld, route: RouteName): RuleEffect {
  let delayMs = 0;
  let outcome: RuleEffect['outcome'] = { kind: 'answer' };
  (frame.rules ?? []).forEach((rule, index) => {
    if (rule.route !== route) return;
    if (rule.kind === 'delay') {
      delayMs += rule.ms;
      return;
    }
    if (outcome.kind !== 'answer') return;
    const key = `${frame.id}/${frame.run}/${index}`;
    const count = fired.get(key) ?? 0;
    if (rule.times !== undefined && count >= rule.times) return;
    if (fired.size >= FIRED_KEPT) fired.clear();
    fired.set(key, count + 1);
    outcome = rule.kind === 'fail' ? { kind: 'fail', status: rule.status } : { kind: rule.kind };
  });
  return { delayMs, outcome };
}
