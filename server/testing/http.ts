/** Small helpers for tests that talk to the app or to a listening server. */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/** The decoded text of a response, whatever its Content-Encoding. */
export async function decodedText(response: Response): Promise<string> {
  const raw = Buffer.from(await response.arrayBuffer());
  const encoding = response.headers.get('Content-Encoding');
  if (encoding === 'br') return brotliDecompressSync(raw).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(raw).toString('utf8');
  return raw.toString('utf8');
}

/** Polls `url` until it answers 2xx, or fails after `timeoutMs`. */
export async function waitForOk(
  url: string,
  timeoutMs = 60_000,
  isDead?: () => string | null,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dead = isDead?.();
    if (dead) throw new Error(dead);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
