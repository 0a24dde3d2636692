import { useTranslation } from 'react-i18next';
import { Button } from '../../../../lib/components/button.tsx';
import { Icon } from '../../../../lib/components/icon.tsx';
import type { NearMeState } from '../use-near-me.ts';
import { FIELD_IDS } from './filters.tsx';

interface NearMeProps {
  active: boolean;
  state: NearMeState;
  /** A server refusal of the coordinates (LOOKUP_LOCATION_INVALID). */
  error?: string | undefined;
  onLocate: () => void;
  onTurnOff: () => void;
}

/** "Gần tôi": sort by distance from the browser's position, and the way back. */
export function NearMe({ active, state, error, onLocate, onTurnOff }: NearMeProps) {
  const { t } = useTranslation();
  const message = error ?? (state === 'failed' ? t('directories.locationFailed') : undefined);
  return (
    <div className="dir-near-me">
      {active ? (
        <div className="dir-near-me__on">
          <p className="dir-near-me__text">
            <Icon name="mapPin" size={20} />
            <span>{t('directories.nearMeOn')}</span>
          </p>
          <Button variant="secondary" id={FIELD_IDS.lat} onClick={onTurnOff}>
            {t('directories.nearMeOff')}
          </Button>
        </div>
      ) : (
        <Button
          variant="secondary"
          id={FIELD_IDS.lat}
          className="dir-near-me__button"
          pending={state === 'locating'}
          pendingLabel={t('directories.locating')}
          onClick={onLocate}
          aria-describedby={message ? 'dir-near-me-error' : undefined}
        >
          {state !== 'locating' && <Icon name="mapPin" size={20} />}
          {state === 'locating' ? t('directories.locating') : t('directories.nearMe')}
        </Button>
      )}
      {message && (
        <p className="field__error dir-near-me__error" id="dir-near-me-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
