import { useTranslation } from 'react-i18next';
import type { AddressCandidate } from '../hooks/use-qr-fill.ts';

interface AddressCandidatesProps {
  address: string;
  list: readonly AddressCandidate[];
  onChoose: (candidate: AddressCandidate) => void;
}

/** An old commune split between several new ones: the person says which is theirs. */
export function AddressCandidates({ address, list, onChoose }: AddressCandidatesProps) {
  const { t } = useTranslation();
  return (
    <div className="candidates" id="qr-address-choice">
      <p className="candidates__lead">{t('registration.qr.addressChoose', { address })}</p>
      <ul className="candidates__list">
        {list.map((c) => (
          <li key={`${c.province.code}-${c.commune.code}`}>
            <button type="button" className="candidates__option" onClick={() => onChoose(c)}>
              <span className="candidates__name">{c.commune.name}</span>
              <span>{c.province.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
