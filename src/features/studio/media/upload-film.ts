/**
 * Sends a film with the tus resumable protocol (decision 037) and parses the
 * answer with the contract. tus-js-client remembers each upload by the file's
 * fingerprint (name, type, size, date) in localStorage: a dropped connection is
 * retried from the server's offset, and the same film chosen again after a reload
 * resumes where it stopped. Refusals from the studio's API (JSON, worded by the
 * contract) are never retried; a lost connection is. Never touches the UI.
 */
import { DetailedError, Upload } from 'tus-js-client';

import { type UploadedFilm, uploadedFilmSchema } from '#contract/film.ts';
import { FILM_MAX_BYTES, FILM_TOO_LARGE } from '#contract/film.ts';
import { SCENARIO_HEADER } from '#contract/route-table.ts';
import { mediaRoutes } from '#contract/routes-media.ts';
import { apiErrorSchema } from '#contract/schemas.ts';
import { ApiError } from '#src/lib/api-client.ts';
import { mockFrameHeader } from '#src/lib/mock-frame.ts';
import { currentScenario } from '#src/lib/mock-scenario.ts';

export interface FilmUploadHandle {
  /** Stops sending; the server keeps what it has, `resume` goes on from there. */
  pause(): void;
  resume(): void;
}

export interface FilmUploadCallbacks {
  onProgress(sent: number, total: number): void;
  onSuccess(film: UploadedFilm): void;
  onError(error: ApiError): void;
}

/** Waits between automatic retries after a lost connection, in milliseconds. */
const RETRY_DELAYS = [0, 1000, 3000, 5000, 10_000, 20_000];

function headers(): Record<string, string> {
  const sent: Record<string, string> = { Accept: 'application/json' };
  const scenario = currentScenario();
  if (scenario) sent[SCENARIO_HEADER] = scenario;
  if (import.meta.env.VITE_MOCK_API) {
    const frame = mockFrameHeader();
    if (frame) sent[frame[0]] = frame[1];
  }
  return sent;
}

/** The studio API's own refusal in a response, or null (a proxy's page, tus' plain text). */
function apiFailure(status: number, body: string): ApiError | null {
  try {
    const { error } = apiErrorSchema.parse(JSON.parse(body));
    return new ApiError('http', error.message, status, error.code, error.field ?? null);
  } catch {
    return null;
  }
}

function asApiError(error: Error): ApiError {
  const response = error instanceof DetailedError ? error.originalResponse : null;
  if (!response) return new ApiError('network', 'The connection was lost during the upload.');
  const status = response.getStatus();
  return (
    apiFailure(status, response.getBody()) ??
    new ApiError('http', `The upload answered ${status}.`, status)
  );
}

export function uploadFilm(file: File, callbacks: FilmUploadCallbacks): FilmUploadHandle {
  if (file.size > FILM_MAX_BYTES) {
    const { status, code, message, field } = FILM_TOO_LARGE;
    callbacks.onError(new ApiError('http', message, status, code, field ?? null));
    return { pause() {}, resume() {} };
  }
  const upload = new Upload(file, {
    endpoint: mediaRoutes.uploadStudioFilm.path,
    // One PATCH for the whole film (the server streams it to disk): each request
    // counts against the client's write allowance, and a cut resumes from the offset.
    chunkSize: Infinity,
    retryDelays: RETRY_DELAYS,
    metadata: { filename: file.name, filetype: file.type },
    headers: headers(),
    storeFingerprintForResuming: true,
    removeFingerprintOnSuccess: true,
    onShouldRetry: (error) => {
      const response = error.originalResponse;
      // No answer at all: the connection went; worth trying again from the offset.
      if (!response) return true;
      const status = response.getStatus();
      if (apiFailure(status, response.getBody())) return false;
      return status >= 500 || status === 409 || status === 423;
    },
    onProgress: (sent, total) => callbacks.onProgress(sent, total),
    onError: (error) => callbacks.onError(asApiError(error)),
    onSuccess: ({ lastResponse }) => {
      try {
        callbacks.onSuccess(uploadedFilmSchema.parse(JSON.parse(lastResponse.getBody())));
      } catch {
        callbacks.onError(
          new ApiError('contract', 'The upload’s answer does not match the contract.', 200),
        );
      }
    },
  });
  let started = false;
  const start = () => {
    started = true;
    upload.start();
  };
  // The same film sent before (a reload, a closed tab): on from where the server is.
  void upload
    .findPreviousUploads()
    .then((previous) => {
      const last = previous.sort((a, b) => b.creationTime.localeCompare(a.creationTime))[0];
      if (last) upload.resumeFromPreviousUpload(last);
    })
    .catch(() => undefined)
    .finally(() => {
      if (!started) start();
    });
  return {
    pause: () => void upload.abort(),
    resume: start,
  };
}
