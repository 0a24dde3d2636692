import 'i18next';
import type { Catalog } from './vi.ts';

// Makes t('login.title') type-checked against the Vietnamese catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalog };
  }
}
