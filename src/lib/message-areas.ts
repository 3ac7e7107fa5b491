/**
 * The catalogues that are not in the first load (decision 026): each lazily loaded
 * area's strings, both languages in one chunk, fetched with the area's code. The
 * area's route awaits `loadMessages` in its `lazy` before anything of it renders, so
 * its components call `t('im.…')` as they would a core string, and a switch of
 * language needs nothing more. A catalogue that fails to arrive fails the route's
 * `lazy`: the router draws its error element, never raw keys.
 */
import { registerMessages } from './i18n.tsx';

/** How each area's catalogue is fetched; an object, so a test can make one fail. */
export const messageAreas = {
  inMovement: () => import('./messages-in-movement.ts'),
  account: () => import('./messages-account.ts'),
  studio: () => import('./messages-studio.ts'),
  pages: () => import('./messages-pages.ts'),
};

export type MessageArea = keyof typeof messageAreas;

/** Fetches an area's strings (once; the module system keeps them) and registers them. */
export async function loadMessages(area: MessageArea): Promise<void> {
  registerMessages(await messageAreas[area]());
}
