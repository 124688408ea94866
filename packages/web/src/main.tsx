import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { ApiError, setUnauthorizedHandler } from './api/client.ts';
import { markSessionExpired, storeSession } from './features/auth/session.ts';
import { router } from './router.tsx';
import './lib/format.ts';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers are final (no permission, not found); only retry network/server hiccups.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
  mutationCache: new MutationCache(),
});

// A 401 from any request ends the session: RequireAuth then sends the user to the login page with the
// path they were on, and the login page says why.
setUnauthorizedHandler(() => {
  markSessionExpired();
  storeSession(queryClient, null);
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');

createRoot(root).render(
  <StrictMode>
    {/* No antd here: it loads with the first screen that uses it (shell/AntdRoot.tsx). */}
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
