import { useTranslation } from 'react-i18next';
import { Button } from '../../../lib/components/button.tsx';
import { ModalDialog } from './modal-dialog.tsx';

/** Every shortcut of the review screen, in the order an officer uses them. */
export const SHORTCUTS = [
  { keys: ['J', '→'], action: 'next' },
  { keys: ['K', '←'], action: 'previous' },
  { keys: ['A'], action: 'approve' },
  { keys: ['R'], action: 'reject' },
  { keys: ['1–4'], action: 'reason' },
  { keys: ['Enter'], action: 'confirm' },
  { keys: ['U'], action: 'undo' },
  { keys: ['Esc'], action: 'close' },
  { keys: ['?'], action: 'help' },
] as const;

const kbds = (keys: readonly string[]) =>
  keys.map((k, i) => (
    <span key={k}>
      {i > 0 && ' / '}
      <kbd className="kbd">{k}</kbd>
    </span>
  ));

/** The short legend under the title: the five keys an officer needs all day. */
export function ShortcutLegend({ onHelp }: { onHelp: () => void }) {
  const { t } = useTranslation('backoffice');
  const short = SHORTCUTS.filter((s) =>
    ['next', 'previous', 'approve', 'reject', 'undo'].includes(s.action),
  );
  return (
    <div className="bo-keys" id="shortcut-legend">
      <span className="bo-keys__title">{t('registrations.keys.legend')}</span>
      <ul className="bo-keys__list">
        {short.map((s) => (
          <li key={s.action}>
            {kbds([s.keys[0]])} {t(`registrations.keys.${s.action}`)}
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" aria-keyshortcuts="?" onClick={onHelp}>
        <span className="kbd" aria-hidden="true">
          ?
        </span>{' '}
        {t('registrations.keys.all')}
      </button>
    </div>
  );
}

/** "?": the full list, in a modal dialog (Esc closes it). */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('backoffice');
  return (
    <ModalDialog id="shortcut-help" title={t('registrations.keys.title')} onClose={onClose}>
      <table className="bo-keys__table">
        <caption className="visually-hidden">{t('registrations.keys.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registrations.keys.key')}</th>
            <th scope="col">{t('registrations.keys.does')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>{kbds(s.keys)}</td>
              <td>{t(`registrations.keys.long.${s.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="bo-keys-hint">{t('registrations.keys.ime')}</p>
      <div className="bo-dialog__actions">
        <Button variant="secondary" onClick={onClose}>
          {t('registrations.keys.close')}
        </Button>
      </div>
    </ModalDialog>
  );
}
