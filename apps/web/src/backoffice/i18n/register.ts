import { i18n } from '../../i18n/index.ts';
import { boEn } from './en.ts';
import { boVi } from './vi.ts';

/** Adds the "backoffice" namespace when the back-office chunk loads (before it renders). */
export function registerBackofficeStrings(): void {
  i18n.addResourceBundle('vi', 'backoffice', boVi, true, true);
  i18n.addResourceBundle('en', 'backoffice', boEn, true, true);
}
