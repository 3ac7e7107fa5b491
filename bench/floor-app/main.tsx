/**
 * The floor app of `npm run bench`: the smallest app that uses Parcours's libraries
 * (react, react-dom, react-router, TanStack Query, framer-motion) to do one route,
 * one query and one drag. Its weight and Lighthouse figures are the baseline the
 * app is compared with. framer-motion's `domMax` loads after first paint, as in the app.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { LazyMotion, m } from 'framer-motion';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';

interface Item {
  id: number;
  title: string;
}

const loadFeatures = () => import('./features.ts').then((mod) => mod.default);

function Home() {
  const query = useQuery({
    queryKey: ['items'],
    queryFn: async ({ signal }) => {
      const response = await fetch('/floor-data.json', { signal });
      return (await response.json()) as Item[];
    },
  });
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>
      <h1>Floor</h1>
      <m.div
        drag="x"
        dragConstraints={{ left: -200, right: 200 }}
        style={{
          width: 240,
          height: 160,
          borderRadius: 16,
          background: '#3a4250',
          touchAction: 'none',
        }}
      />
      <ul>
        {query.data?.map((item) => (
          <li key={item.id}>{item.title}</li>
        ))}
      </ul>
    </main>
  );
}

const router = createBrowserRouter([{ path: '*', Component: Home }]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <LazyMotion features={loadFeatures} strict>
        <RouterProvider router={router} />
      </LazyMotion>
    </QueryClientProvider>
  </StrictMode>,
);
