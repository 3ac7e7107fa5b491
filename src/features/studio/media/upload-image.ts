/**
 * Sends one image to the studio's upload route (contract/routes-media.ts) and parses
 * the answer with its schema. XMLHttpRequest rather than fetch: only it reports the
 * upload's progress, which a 40 MB photo on a tablet's connection needs. Throws the
 * API client's typed errors and never touches the UI.
 */
import {
  type DraftImage,
  draftImageSchema,
  IMAGE_MAX_BYTES,
  IMAGE_TOO_LARGE,
} from '#contract/media.ts';
import { SCENARIO_HEADER } from '#contract/route-table.ts';
import { mediaRoutes } from '#contract/routes-media.ts';
import { apiErrorSchema } from '#contract/schemas.ts';
import { ApiError } from '#src/lib/api-client.ts';
import { mockFrameHeader } from '#src/lib/mock-frame.ts';
import { currentScenario } from '#src/lib/mock-scenario.ts';

export interface UploadOptions {
  /** Share of the file sent, 0 to 1, as the browser reports it. */
  onProgress?: (sent: number) => void;
  signal?: AbortSignal;
}

function failure(xhr: XMLHttpRequest): ApiError {
  try {
    const { error } = apiErrorSchema.parse(JSON.parse(xhr.responseText));
    const retryAfter = Number(xhr.getResponseHeader('Retry-After'));
    return new ApiError(
      'http',
      error.message,
      xhr.status,
      error.code,
      error.field ?? null,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  } catch {
    return new ApiError('http', `The upload answered ${xhr.status}.`, xhr.status);
  }
}

export function uploadImage(
  file: Blob,
  { onProgress, signal }: UploadOptions = {},
): Promise<DraftImage> {
  // Refused here without spending the connection: the server would say the same.
  if (file.size > IMAGE_MAX_BYTES) {
    const { status, code, message, field } = IMAGE_TOO_LARGE;
    return Promise.reject(new ApiError('http', message, status, code, field ?? null));
  }
  // The bytes are read before sending: every XMLHttpRequest sends a byte array as it
  // is, while the one the component tests run on (jsdom's, through MSW) garbles a Blob.
  // A 40 MB copy for a moment is a price a tablet pays easily.
  return file
    .arrayBuffer()
    .then((bytes) => send(file.type, new Uint8Array(bytes), onProgress, signal));
}

function send(
  type: string,
  bytes: Uint8Array<ArrayBuffer>,
  onProgress: UploadOptions['onProgress'],
  signal: AbortSignal | undefined,
): Promise<DraftImage> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(mediaRoutes.uploadStudioImage.method, mediaRoutes.uploadStudioImage.path);
    xhr.setRequestHeader('Content-Type', type || 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    const scenario = currentScenario();
    if (scenario) xhr.setRequestHeader(SCENARIO_HEADER, scenario);
    if (import.meta.env.VITE_MOCK_API) {
      const frame = mockFrameHeader();
      if (frame) xhr.setRequestHeader(frame[0], frame[1]);
    }
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      if (xhr.status !== 201) return reject(failure(xhr));
      try {
        resolve(draftImageSchema.parse(JSON.parse(xhr.responseText)));
      } catch {
        reject(new ApiError('contract', 'The upload’s answer does not match the contract.', 201));
      }
    });
    xhr.addEventListener('error', () =>
      reject(new ApiError('network', 'The connection was lost during the upload.')),
    );
    xhr.addEventListener('abort', () =>
      reject(signal?.reason ?? new DOMException('The upload was cancelled.', 'AbortError')),
    );
    if (signal?.aborted) return xhr.abort();
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(bytes);
  });
}
