import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/use-lang.ts';
import { Button } from '../../../lib/components/button.tsx';
import { Icon } from '../../../lib/components/icon.tsx';
import { Notice } from '../../../lib/components/notice.tsx';
import { errorMessage } from '../../../lib/form-errors.ts';
import { passkeyCancelled, passkeysSupported } from '../../../lib/webauthn.ts';
import { usePasskeys, useRegisterPasskey, useRemovePasskey } from '../api/passkeys.ts';
import { isReauthError, useReauth } from '../use-reauth.ts';
import { PasskeyItem } from './passkey-item.tsx';
import { ReauthForm } from './reauth-form.tsx';

/** "Đăng nhập bằng vân tay / khuôn mặt": set one up, see them, remove one. */
export function PasskeySection() {
  const { t } = useTranslation();
  const [lang] = useLang();
  const passkeys = usePasskeys();
  const register = useRegisterPasskey();
  const remove = useRemovePasskey();
  const reauth = useReauth();
  const [done, setDone] = useState<string | null>(null);

  const add = () => {
    setDone(null);
    register.mutate(undefined, {
      onSuccess: () => setDone(t('security.added')),
      onError: (e) => reauth.guard(e, add),
    });
  };
  const drop = (id: string, name: string) => {
    setDone(null);
    remove.mutate(id, {
      onSuccess: () => setDone(t('security.removed', { name })),
      onError: (e) => reauth.guard(e, () => drop(id, name)),
    });
  };

  const failed = [register.error, remove.error, passkeys.error].find((e) => e && !isReauthError(e));
  const problem =
    failed && (passkeyCancelled(failed) ? t('security.cancelled') : errorMessage(failed, lang));
  return (
    <section className="card" aria-labelledby="passkeys-title">
      <h2 id="passkeys-title">{t('security.passkeys')}</h2>
      <p>{t('security.passkeysLead')}</p>
      {passkeys.data && passkeys.data.length === 0 && <p className="muted">{t('security.none')}</p>}
      {passkeys.data && passkeys.data.length > 0 && (
        <ul className="items" id="passkey-list">
          {passkeys.data.map((p) => (
            <PasskeyItem
              key={p.id}
              passkey={p}
              removing={remove.isPending && remove.variables === p.id}
              onRemove={() => drop(p.id, p.name)}
            />
          ))}
        </ul>
      )}
      <div role="alert">{problem && <p className="inline-error">{problem}</p>}</div>
      {done && <Notice tone="success">{done}</Notice>}
      {reauth.needed && <ReauthForm onDone={reauth.done} onCancel={reauth.cancel} />}
      {reauth.needed ? null : passkeysSupported() ? (
        <Button
          id="passkey-add"
          pending={register.isPending}
          pendingLabel={t('security.adding')}
          onClick={add}
        >
          <Icon name="fingerprint" className="button__icon" />
          {t('security.add')}
        </Button>
      ) : (
        <p className="muted">{t('security.unsupported')}</p>
      )}
    </section>
  );
}
