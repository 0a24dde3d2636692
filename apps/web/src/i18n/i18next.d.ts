import 'i18next';
import type { BackofficeCatalog } from '../backoffice/i18n/vi.ts';
import type { remindersVi } from '../organization/i18n/reminders.ts';
import type { OrganizationCatalog } from '../organization/i18n/vi.ts';
import type { Catalog } from './vi.ts';

// Makes t('login.title') type-checked against the Vietnamese catalogue; the back office's
// namespace is added at run time by its lazy chunk (type-only import here, no code).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: Catalog;
      backoffice: BackofficeCatalog;
      organization: OrganizationCatalog;
      orgReminders: typeof remindersVi;
    };
  }
}
