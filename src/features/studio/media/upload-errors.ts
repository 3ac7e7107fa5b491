/**
 * Which of the upload's strings says what went wrong: the contract words each
 * refusal once (contract/media.ts), so its code and message tell them apart.
 */
import {
  IMAGE_TOO_LARGE,
  NOT_A_FILE,
  UNREADABLE_IMAGE,
  unsupportedImage,
} from '#contract/media.ts';
import { ApiError } from '#src/lib/api-client.ts';

import type { UploadMessageKey } from './upload-messages.ts';

export interface UploadProblem {
  key: UploadMessageKey;
  vars?: Record<string, number>;
}

export function uploadProblem(error: unknown): UploadProblem {
  if (!(error instanceof ApiError)) return { key: 'failed' };
  if (error.kind === 'network') return { key: 'network' };
  const pixels = /is (\d+) × (\d+) pixels/.exec(error.message);
  if (error.status === 413 && pixels)
    return { key: 'tooManyPixels', vars: { width: Number(pixels[1]), height: Number(pixels[2]) } };
  switch (error.message) {
    case IMAGE_TOO_LARGE.message:
      return { key: 'tooLarge' };
    case UNREADABLE_IMAGE.message:
      return { key: 'damaged' };
    case unsupportedImage('svg').message:
      return { key: 'svg' };
    case unsupportedImage('heic').message:
      return { key: 'heic' };
    case unsupportedImage('empty').message:
      return { key: 'empty' };
    case unsupportedImage('other').message:
    case NOT_A_FILE.message:
      return { key: 'notImage' };
  }
  if (error.status === 401) return { key: 'signedOut' };
  if (error.status === 403) return { key: 'forbidden' };
  if (error.status === 429) return { key: 'rateLimited' };
  return { key: 'failed' };
}
