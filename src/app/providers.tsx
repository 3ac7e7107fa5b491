import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { LazyMotion, MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';

import type { Locale } from '#contract/schemas.ts';
import { I18nProvider } from '#src/lib/i18n.tsx';

const loadMotionFeatures = () => import('./motion-features.ts').then((mod) => mod.default);

export function AppProviders({
  queryClient,
  children,
  locale,
  serverRendered,
}: {
  queryClient: QueryClient;
  children: ReactNode;
  locale?: Locale;
  serverRendered?: boolean | undefined;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider initialLocale={locale} serverRendered={serverRendered}>
        <MotionConfig reducedMotion="user">
          <LazyMotion features={loadMotionFeatures} strict>
            {children}
          </LazyMotion>
        </MotionConfig>
      </I18nProvider>
    </QueryClientProvider>
  );
}
