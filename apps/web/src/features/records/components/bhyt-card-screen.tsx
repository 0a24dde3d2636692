import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../lib/components/button.tsx';
import { Notice } from '../../../lib/components/notice.tsx';
import { Screen } from '../../../lib/components/screen.tsx';
import { formatDateTime } from '../../../lib/format-date-time.ts';
import { PATHS } from '../../../lib/paths.ts';
import { useSession } from '../../../lib/session.ts';
import { useOnline } from '../../../lib/use-online.ts';
import { isNoCard, storedCard, useBhytCard } from '../api/card.ts';
import '../records.css';
import { BhytCardView } from './bhyt-card-view.tsx';
import { CardDownloads } from './card-downloads.tsx';
import { CardFullScreen } from './card-full-screen.tsx';
import { NoCardNotice } from './no-card-notice.tsx';
import { QueryError } from './query-error.tsx';
import { RecordsSkeleton } from './records-skeleton.tsx';

/** "Thẻ BHYT": the card, its QR, full screen at the desk, downloads; the last copy offline. */
export function BhytCardScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const accountId = session.data?.account.id;
  const query = useBhytCard(accountId);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-read after each fresh answer
  const saved = useMemo(() => storedCard(accountId), [accountId, query.dataUpdatedAt]);
  const answer = query.data;
  // BHXH's fresh "no card" wins over a copy saved on this device earlier.
  const noCard = answer && isNoCard(answer) ? answer : null;
  const fresh = answer && !isNoCard(answer) ? answer : undefined;
  const card = noCard ? undefined : (fresh ?? saved);
  const [full, setFull] = useState(false);
  const online = useOnline();
  const title = t('screens.bhytCard.title');
  if (noCard) {
    return (
      <Screen title={title} backTo={PATHS.personal}>
        <NoCardNotice agency={noCard.agency} />
      </Screen>
    );
  }
  if (!card) {
    return (
      <Screen title={title} backTo={PATHS.personal}>
        {query.isError ? (
          <QueryError error={query.error} retrying={query.isFetching} onRetry={query.refetch} />
        ) : (
          <RecordsSkeleton card rows={2} />
        )}
      </Screen>
    );
  }
  return (
    <Screen title={title} backTo={PATHS.personal}>
      <div className="stack">
        {/* offline, the shared banner already says so */}
        {!query.data && online && <Notice>{t('records.offlineCopy')}</Notice>}
        <BhytCardView card={card} />
        <p className="records-updated muted" id="card-updated">
          {t('records.updatedAt', { time: formatDateTime(card.fetchedAt) })}
        </p>
        <Button id="card-show" onClick={() => setFull(true)}>
          {t('records.card.showAtDesk')}
        </Button>
        <CardDownloads />
      </div>
      {full && <CardFullScreen card={card} onClose={() => setFull(false)} />}
    </Screen>
  );
}
