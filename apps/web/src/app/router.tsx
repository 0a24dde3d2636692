import { createBrowserRouter, redirect } from 'react-router';
import { HelpScreen } from '../features/help/components/help-screen.tsx';
import { LookupScreen } from '../features/lookup/components/lookup-screen.tsx';
import { PersonalScreen } from '../features/personal/components/personal-screen.tsx';
import { PublicServicesScreen } from '../features/public-services/components/public-services-screen.tsx';
import { PATHS } from '../lib/paths.ts';
import { ComingSoonRoute } from './coming-soon-route.tsx';
import { COMING_SOON_ROUTES } from './coming-soon-routes.ts';
import { HydrateFallback } from './hydrate-fallback.tsx';
import { NotFoundScreen } from './not-found-screen.tsx';
import { RootLayout } from './root-layout.tsx';
import { RouteErrorScreen } from './route-error-screen.tsx';
import { TabLayout } from './tab-layout.tsx';

// Forms are lazy: they bring zod and the contracts, which the tab screens do not need.
export const router = createBrowserRouter([
  {
    Component: RootLayout,
    ErrorBoundary: RouteErrorScreen,
    HydrateFallback,
    children: [
      { index: true, loader: () => redirect(PATHS.personal) },
      {
        path: PATHS.login,
        lazy: async () => ({
          Component: (await import('../features/auth/components/login-screen.tsx')).LoginScreen,
        }),
      },
      {
        Component: TabLayout,
        children: [
          { path: PATHS.personal, Component: PersonalScreen },
          { path: PATHS.publicServices, Component: PublicServicesScreen },
          { path: PATHS.lookup, Component: LookupScreen },
          { path: PATHS.help, Component: HelpScreen },
        ],
      },
      {
        path: PATHS.feedback,
        lazy: async () => ({
          Component: (await import('../features/help/components/feedback-screen.tsx'))
            .FeedbackScreen,
        }),
      },
      ...COMING_SOON_ROUTES.map(({ path, screen, backTo }) => ({
        path,
        element: <ComingSoonRoute screen={screen} backTo={backTo} />,
      })),
      { path: '*', Component: NotFoundScreen },
    ],
  },
]);
