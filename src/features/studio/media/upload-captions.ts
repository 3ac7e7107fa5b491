/**
 * Sends a captions file (WebVTT or SubRip) for one language and parses the track
 * the server answers (contract/routes-media.ts): the server checks it line by line
 * and converts SubRip, so the file goes as it is.
 */
import { type CaptionTrack, captionTrackSchema } from '#contract/film.ts';
import { queryString, SCENARIO_HEADER } from '#contract/route-table.ts';
import { mediaRoutes } from '#contract/routes-media.ts';
import { apiErrorSchema, type Locale } from '#contract/schemas.ts';
import { ApiError } from '#src/lib/api-client.ts';
import { mockFrameHeader } from '#src/lib/mock-frame.ts';
import { currentScenario } from '#src/lib/mock-scenario.ts';

export async function uploadCaptions(file: Blob, lang: Locale): Promise<CaptionTrack> {
  const route = mediaRoutes.uploadStudioCaptions;
  const headers: Record<string, string> = {
    'Content-Type': 'text/vtt',
    Accept: 'application/json',
  };
  const scenario = currentScenario();
  if (scenario) headers[SCENARIO_HEADER] = scenario;
  if (import.meta.env.VITE_MOCK_API) {
    const frame = mockFrameHeader();
    if (frame) headers[frame[0]] = frame[1];
  }
  let response: Response;
  try {
    // The bytes as they are (the server checks they are UTF-8); 512 KB at most.
    response = await fetch(route.path + queryString({ lang }), {
      method: route.method,
      headers,
      body: new Uint8Array(await file.arrayBuffer()),
    });
  } catch {
    throw new ApiError('network', 'The connection was lost during the upload.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status !== 201) {
    const parsed = apiErrorSchema.safeParse(body);
    if (!parsed.success)
      throw new ApiError('http', `The upload answered ${response.status}.`, response.status);
    const { error } = parsed.data;
    throw new ApiError('http', error.message, response.status, error.code, error.field ?? null);
  }
  const track = captionTrackSchema.safeParse(body);
  if (!track.success)
    throw new ApiError('contract', 'The upload’s answer does not match the contract.', 201);
  return track.data;
}
