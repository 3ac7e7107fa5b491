/**
 * The screens the browser tests and the benchmark use, and how both launch Debian's
 * Chromium. Taken from Playwright's device registry where it has the device; our
 * contexts keep Chromium's own user agent (a Safari one on Chromium would lie about
 * the engine, and the app never reads it).
 */
import { type BrowserContextOptions, devices as registry } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Quiet, reproducible Chromium: no background traffic, no first-run UI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

type Screen = Pick<
  BrowserContextOptions,
  'viewport' | 'deviceScaleFactor' | 'isMobile' | 'hasTouch'
>;

function screenOf(name: string, viewport?: { width: number; height: number }): Screen {
  const device = registry[name];
  if (!device) throw new Error(`Playwright has no device named "${name}"`);
  return {
    viewport: viewport ?? device.viewport,
    deviceScaleFactor: device.deviceScaleFactor,
    isMobile: device.isMobile,
    hasTouch: device.hasTouch,
  };
}

export const devices = {
  /** An iPad's 1024×768 CSS pixels at 2×, with touch. */
  ipadLandscape: screenOf('iPad Mini landscape'),
  ipadPortrait: screenOf('iPad Mini'),
  desktop: screenOf('Desktop Chrome', { width: 1440, height: 900 }),
  /** Lighthouse's mobile profile (a Moto G Power): what the loading figures are about. */
  phone: {
    viewport: { width: 412, height: 823 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 1.75,
  },
} satisfies Record<string, Screen>;

export type DeviceName = keyof typeof devices;
