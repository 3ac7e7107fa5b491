/**
 * In Movement's and the account's route code, reached through one small chunk of its
 * own: each `lazy` import carries the list of files it preloads, and those lists (file
 * names with hashes, which compress badly) were the largest part of these areas'
 * weight in the first load (decision 026). The route objects stay in router.tsx, so
 * every address still matches at once; only their code is one hop further.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';

import { loadMessages } from '#src/lib/message-areas.ts';

export const inMovementRoutes = {
  shell: async () => {
    const [shell] = await Promise.all([
      import('#src/features/in-movement/in-movement-layout.tsx'),
      loadMessages('inMovement'),
    ]);
    return { Component: shell.InMovementLayout, ErrorBoundary: shell.InMovementError };
  },
  springboard: async () => ({
    Component: (await import('#src/features/in-movement/im-springboard.tsx')).ImSpringboard,
  }),
  debate: async () => {
    const page = await import('#src/features/in-movement/debate-route.tsx');
    return { Component: page.DebateRoute, ErrorBoundary: page.DebateError };
  },
  loadDebate: async (queryClient: QueryClient, args: LoaderFunctionArgs) =>
    (await import('#src/features/in-movement/debate-route.tsx')).loadDebate(queryClient, args),
  curated: async () => ({
    Component: (await import('#src/features/in-movement/curated/curated-page.tsx')).CuratedPage,
  }),
  moderation: async () => ({
    Component: (await import('#src/features/in-movement/moderation/moderation-queue-page.tsx'))
      .ModerationQueuePage,
  }),
  moderationLog: async () => ({
    Component: (await import('#src/features/in-movement/moderation/moderation-log-page.tsx'))
      .ModerationLogPage,
  }),
  notFound: async () => ({
    Component: (await import('#src/features/in-movement/in-movement-layout.tsx')).ImNotFound,
  }),
  /** The springboard's first queries, for a first screen the server drew (first-queries.ts). */
  springboardQueries: async () =>
    (await import('#src/features/in-movement/im-springboard.tsx')).springboardQueries,
};

export const accountRoutes = {
  shell: async () => {
    const [shell] = await Promise.all([
      import('#src/features/account/account-layout.tsx'),
      loadMessages('account'),
    ]);
    return { Component: shell.AccountLayout };
  },
  signIn: async () => ({
    Component: (await import('#src/features/account/sign-in-page.tsx')).SignInPage,
  }),
  verifySignIn: async () => ({
    Component: (await import('#src/features/account/verify-sign-in-page.tsx')).VerifySignInPage,
  }),
  account: async () => ({
    Component: (await import('#src/features/account/account-page.tsx')).AccountPage,
  }),
};

/** The studio (editors' pages): its shell brings its strings, as the other areas' do. */
export const studioPages = {
  shell: async () => {
    const [shell] = await Promise.all([
      import('#src/features/studio/studio-layout.tsx'),
      loadMessages('studio'),
    ]);
    return { Component: shell.StudioLayout, ErrorBoundary: shell.StudioError };
  },
  list: async () => ({
    Component: (await import('#src/features/studio/list/story-list-page.tsx')).StoryListPage,
  }),
  editor: async () => ({
    Component: (await import('#src/features/studio/editor/editor-page.tsx')).EditorPage,
  }),
  preview: async () => ({
    Component: (await import('./routes/studio-preview-route.tsx')).StudioPreviewRoute,
  }),
};
