import { RouterProvider } from 'react-router';
import { setUpApiAuth } from './api-auth-setup.ts';
import { Providers } from './providers.tsx';
import { router } from './router.tsx';

setUpApiAuth();

export function App() {
  return (
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  );
}
