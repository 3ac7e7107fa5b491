/** Where the browser tests find the server Playwright starts, and how they run Chromium. */
import { CHROMIUM_ARGS } from '../browser/devices.ts';

export const port = Number(process.env.E2E_PORT ?? 4317);
export const baseURL = `http://127.0.0.1:${port}`;

// Films autoplay as a visitor's tap would allow them to; no GPU in a container.
export const chromiumArgs = [
  ...CHROMIUM_ARGS,
  '--disable-gpu',
  '--autoplay-policy=no-user-gesture-required',
];
