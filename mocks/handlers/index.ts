import { fallbackHandlers } from './fallback.ts';
import { peopleHandlers } from './people.ts';
import { storyHandlers } from './stories.ts';
import { themeHandlers } from './themes.ts';

/** Order matters: resource routes first, the 405/404 fallbacks last. */
export const handlers = [
  ...storyHandlers,
  ...themeHandlers,
  ...peopleHandlers,
  ...fallbackHandlers,
];
