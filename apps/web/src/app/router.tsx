import { createBrowserRouter, redirect } from 'react-router';
import { HelpScreen } from '../features/help/components/help-screen.tsx';
import { LookupScreen } from '../features/lookup/components/lookup-screen.tsx';
import { PersonalScreen } from '../features/personal/components/personal-screen.tsx';
import { PublicServicesScreen } from '../features/public-services/components/public-services-screen.tsx';
import { preloadCard } from '../features/records/card-preload.ts';
import { PATHS } from '../lib/paths.ts';
import { ComingSoonRoute } from './coming-soon-route.tsx';
import { COMING_SOON_ROUTES } from './coming-soon-routes.ts';
import { HydrateFallback } from './hydrate-fallback.tsx';
import { NotFoundScreen } from './not-found-screen.tsx';
import { OfflineCardGate } from './offline-card-gate.tsx';
import { RequireSession } from './require-session.tsx';
import { RootLayout } from './root-layout.tsx';
import { RouteErrorScreen } from './route-error-screen.tsx';
import { TabLayout } from './tab-layout.tsx';

const comingSoon = (personal: boolean) =>
  COMING_SOON_ROUTES.filter((r) => r.path.startsWith(`${PATHS.personal}/`) === personal).map(
    ({ path, screen, backTo }) => ({
      path,
      element: <ComingSoonRoute screen={screen} backTo={backTo} />,
    }),
  );

// Forms are lazy: they bring zod and the contracts, which the tab screens do not need.
export const router = createBrowserRouter([
  {
    // The back office is its own chunk (and its own routes): citizens never download it.
    path: `${PATHS.admin}/*`,
    ErrorBoundary: RouteErrorScreen,
    HydrateFallback,
    lazy: async () => ({
      Component: (await import('../backoffice/backoffice-app.tsx')).BackofficeApp,
    }),
  },
  {
    // The organization portal (issue 13): its own lazy chunk too, never in a citizen's load.
    path: `${PATHS.organization}/*`,
    ErrorBoundary: RouteErrorScreen,
    HydrateFallback,
    lazy: async () => ({
      Component: (await import('../organization/organization-app.tsx')).OrganizationApp,
    }),
  },
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
        path: PATHS.forgotPassword,
        lazy: async () => ({
          Component: (await import('../features/auth/components/forgot-password-screen.tsx'))
            .ForgotPasswordScreen,
        }),
      },
      {
        path: PATHS.register,
        lazy: async () => ({
          Component: (await import('../features/registration/components/registration-screen.tsx'))
            .RegistrationScreen,
        }),
      },
      {
        path: PATHS.registerStatus,
        lazy: async () => ({
          Component: (await import('../features/registration/components/status-screen.tsx'))
            .StatusScreen,
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
        // QL cá nhân inner screens: signed-in citizens only.
        Component: RequireSession,
        children: [
          {
            path: PATHS.changePassword,
            lazy: async () => ({
              Component: (await import('../features/auth/components/change-password-screen.tsx'))
                .ChangePasswordScreen,
            }),
          },
          {
            path: PATHS.security,
            lazy: async () => ({
              Component: (await import('../features/auth/components/security-screen.tsx'))
                .SecurityScreen,
            }),
          },
          {
            path: PATHS.participation,
            lazy: async () => ({
              Component: (await import('../features/records/components/participation-screen.tsx'))
                .ParticipationScreen,
            }),
          },
          {
            path: PATHS.benefits,
            lazy: async () => ({
              Component: (await import('../features/records/components/benefits-screen.tsx'))
                .BenefitsScreen,
            }),
          },
          {
            path: PATHS.medicalBook,
            lazy: async () => ({
              Component: (await import('../features/records/components/medical-book-screen.tsx'))
                .MedicalBookScreen,
            }),
          },
          ...comingSoon(true),
        ],
      },
      {
        // Thẻ BHYT also opens offline from the copy kept on the device (see OfflineCardGate).
        Component: OfflineCardGate,
        children: [
          {
            path: PATHS.bhytCard,
            loader: preloadCard,
            lazy: async () => ({
              Component: (await import('../features/records/components/bhyt-card-screen.tsx'))
                .BhytCardScreen,
            }),
          },
        ],
      },
      {
        path: PATHS.lookupBhxhCode,
        lazy: async () => ({
          Component: (await import('../features/lookup/bhxh-code/components/bhxh-code-screen.tsx'))
            .BhxhCodeScreen,
        }),
      },
      // "Tra cứu" directories: one lazy chunk for the five search screens.
      ...(
        [
          [PATHS.lookupAgency, 'AgencyLookupScreen'],
          [PATHS.lookupSickLeaveFacility, 'SickLeaveFacilityLookupScreen'],
          [PATHS.lookupBhytFacility, 'BhytFacilityLookupScreen'],
          [PATHS.lookupEmployer, 'EmployerLookupScreen'],
          [PATHS.lookupCollectionPoint, 'CollectionPointLookupScreen'],
        ] as const
      ).map(([path, name]) => ({
        path,
        lazy: async () => ({
          Component: (
            await import('../features/lookup/directories/components/directory-screens.tsx')
          )[name],
        }),
      })),
      {
        path: PATHS.feedback,
        lazy: async () => ({
          Component: (await import('../features/help/components/feedback-screen.tsx'))
            .FeedbackScreen,
        }),
      },
      ...comingSoon(false),
      { path: '*', Component: NotFoundScreen },
    ],
  },
]);
