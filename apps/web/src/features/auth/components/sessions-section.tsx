import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { SignOutButton } from '../../../lib/components/sign-out-button.tsx';
import { errorMessage } from '../../../lib/form-errors.ts';
import { useEndSession, useSessions } from '../api/sessions.ts';
import { SessionItem } from './session-item.tsx';

/** "Thiết bị đang đăng nhập", then "Đăng xuất" and "Đăng xuất khỏi tất cả thiết bị". */
export function SessionsSection() {
  const { t } = useTranslation();
  const [lang] = useLang();
  const sessions = useSessions();
  const end = useEndSession();
  // This device first, then the most recently active.
  const list = [...(sessions.data ?? [])].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );
  return (
    <section className="card" aria-labelledby="sessions-title" aria-busy={sessions.isPending}>
      <h2 id="sessions-title">{t('security.sessions')}</h2>
      {sessions.isPending && <p className="skeleton-line" aria-hidden="true" />}
      <div role="alert">
        {(sessions.error ?? end.error) && (
          <p className="inline-error">{errorMessage(sessions.error ?? end.error, lang)}</p>
        )}
      </div>
      {list.length > 0 && (
        <ul className="items" id="session-list">
          {list.map((s) => (
            <SessionItem
              key={s.id}
              session={s}
              ending={end.isPending && end.variables === s.id}
              onEnd={() => end.mutate(s.id)}
            />
          ))}
        </ul>
      )}
      <div className="stack">
        <SignOutButton id="sign-out" label={t('security.signOut')} />
        <SignOutButton id="sign-out-all" everywhere label={t('security.signOutAll')} />
      </div>
    </section>
  );
}
