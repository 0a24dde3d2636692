import type { Catalog } from '../i18n/vi.ts';
import { PATHS } from '../lib/paths.ts';

export type ComingSoonKey = Exclude<
  keyof Catalog['screens'],
  'feedback' | 'forgotPassword' | 'changePassword'
>;

/**
 * Inner screens that exist as routes before their feature is built. When a feature lands,
 * remove its line here and add its real route in router.tsx.
 */
export const COMING_SOON_ROUTES: readonly {
  path: string;
  screen: ComingSoonKey;
  backTo: string;
}[] = [
  { path: PATHS.onlineServices, screen: 'onlineServices', backTo: PATHS.publicServices },
  { path: PATHS.trackApplications, screen: 'trackApplications', backTo: PATHS.publicServices },
  { path: PATHS.userGuide, screen: 'userGuide', backTo: PATHS.help },
  { path: PATHS.faq, screen: 'faq', backTo: PATHS.help },
  { path: PATHS.chatbot, screen: 'chatbot', backTo: PATHS.help },
];
