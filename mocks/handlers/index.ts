import { accountHandlers } from './account.ts';
import { authHandlers } from './auth.ts';
import { fallbackHandlers } from './fallback.ts';
import { inMovementHandlers } from './in-movement.ts';
import { mediaHandlers } from './media.ts';
import { pathHandlers } from './paths.ts';
import { peopleHandlers } from './people.ts';
import { searchHandlers } from './search.ts';
import { storyHandlers } from './stories.ts';
import { studioHandlers } from './studio.ts';
import { themeHandlers } from './themes.ts';

/** Order matters: resource routes first, the 405/404 fallbacks last. */
export const handlers = [
  ...storyHandlers,
  ...themeHandlers,
  ...peopleHandlers,
  ...pathHandlers,
  ...inMovementHandlers,
  ...searchHandlers,
  ...authHandlers,
  ...accountHandlers,
  ...studioHandlers,
  ...mediaHandlers,
  ...fallbackHandlers,
];
