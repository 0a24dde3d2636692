import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../../i18n/vi.ts';

export type BhxhLookupStrings = Catalog['bhxhLookup'];

/**
 * The words of "Tra cứu mã số BHXH" in the active language, from the catalogue (i18n/*-lookups.ts);
 * re-renders on a language switch.
 */
export function useBhxhLookupStrings(): BhxhLookupStrings {
  const { t } = useTranslation();
  return t('bhxhLookup', { returnObjects: true }) as BhxhLookupStrings;
}
