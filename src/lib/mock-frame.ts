/**
 * A framed app's world on the designers' flow board (mock builds only, decision 031).
 * The board names each frame's window `parcours-frame:<base64url world>`; the name
 * survives the frame's reloads and is the frame's alone, so it is where the world
 * lives. Every API call then carries the world in FRAME_HEADER, and the keys the app
 * stores (path, language, scenario) get the frame's id as a suffix, so a walk in one
 * frame never shows up in another. Callers compare `import.meta.env.VITE_MOCK_API`
 * in place before calling in, so production builds drop this module entirely.
 */
import {
  decodeFrameValue,
  encodeFrameValue,
  FRAME_HEADER,
  FRAME_ID_PATTERN,
  FRAME_NAME_PREFIX,
} from '#contract/preview-frame.ts';

export interface MockFrame {
  id: string;
  /** Renewed by each restart on the board: a fresh world, counted afresh by the mocks. */
  run: string;
  locale: 'fr' | 'en' | undefined;
  /** Story slugs already read before the flow starts. */
  path: readonly string[];
  /** What the mocks need of the world (neither language nor path), encoded once. */
  header: string;
}

let frame: MockFrame | null = null;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The world a window name carries, or null: a frame name the mocks will check in full. */
export function parseFrameName(name: string): MockFrame | null {
  if (!name.startsWith(FRAME_NAME_PREFIX)) return null;
  const value = decodeFrameValue(name.slice(FRAME_NAME_PREFIX.length));
  if (!isRecord(value)) return null;
  const { id, run, locale, path, ...rest } = value;
  if (typeof id !== 'string' || !FRAME_ID_PATTERN.test(id) || typeof run !== 'string') return null;
  return {
    id,
    run,
    locale: locale === 'fr' || locale === 'en' ? locale : undefined,
    path: Array.isArray(path) ? path.filter((s): s is string => typeof s === 'string') : [],
    header: encodeFrameValue({ ...rest, id, run }),
  };
}

/** Reads the window's name once at start-up; null outside a board's frame. */
export function initMockFrame(name: string): MockFrame | null {
  frame = parseFrameName(name);
  return frame;
}

export function currentMockFrame(): MockFrame | null {
  return frame;
}

/** The header every API call of this frame carries, or null outside a frame. */
export function mockFrameHeader(): readonly [name: string, value: string] | null {
  return frame ? [FRAME_HEADER, frame.header] : null;
}

/** A storage key in this frame's own namespace (the key itself outside a frame). */
export function frameStorageKey(key: string): string {
  return frame ? `${key}@${frame.id}` : key;
}
