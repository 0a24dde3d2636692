import { i18n } from '../../i18n/index.ts';
import { orgEn } from './en.ts';
import { remindersEn, remindersVi } from './reminders.ts';
import { orgVi } from './vi.ts';

/** Adds the "organization" namespace when the portal's chunk loads (before it renders). */
export function registerOrganizationStrings(): void {
  i18n.addResourceBundle('vi', 'organization', orgVi, true, true);
  i18n.addResourceBundle('en', 'organization', orgEn, true, true);
  i18n.addResourceBundle('vi', 'orgReminders', remindersVi, true, true);
  i18n.addResourceBundle('en', 'orgReminders', remindersEn, true, true);
}
