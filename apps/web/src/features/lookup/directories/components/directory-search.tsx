import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { useLang } from '../../../../i18n/use-lang.ts';
import { ApiRequestError } from '../../../../lib/api-error.ts';
import { Button } from '../../../../lib/components/button.tsx';
import { errorMessage, messageFor } from '../../../../lib/form-errors.ts';
import { type AnyDirectoryPage, useDirectorySearch } from '../api/directories.ts';
import {
  type DirectoryId,
  type DirectoryParams,
  readParams,
  writeParams,
} from '../directory-params.ts';
import { useNearMe } from '../use-near-me.ts';
import { DirectoryFilters, FIELD_IDS } from './filters.tsx';
import { NearMe } from './near-me.tsx';
import { EmptyResults, Pager, ResultCount, ResultList, ResultsSkeleton } from './results.tsx';

const DEBOUNCE_MS = 300;

type FieldKey = keyof typeof FIELD_IDS;

interface DirectorySearchProps {
  id: DirectoryId;
  /** "Gần tôi" (agencies, facilities, collection points; not employers). */
  nearMe: boolean;
}

/**
 * One search screen's body, shared by the five directories: filters in the URL, a debounced
 * search box, results as cards, pages, "Gần tôi", and errors that never clear what was typed.
 */
export function DirectorySearch({ id, nearMe }: DirectorySearchProps) {
  const { t } = useTranslation();
  const [lang] = useLang();
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readParams(search), [search]);
  const location = useLocation();

  // The header moves focus to the title after every navigation; a filter change is one (the
  // URL changes), so give focus back to the control that made it.
  const refocus = useRef<HTMLElement | null>(null);
  const scrollToTarget = useRef(false);
  const update = useCallback(
    (patch: Partial<DirectoryParams>) => {
      refocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setSearch(writeParams({ ...params, page: 1, ...patch }), { replace: true });
    },
    [params, setSearch],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each navigation
  useEffect(() => {
    const target = refocus.current;
    const scroll = scrollToTarget.current;
    refocus.current = null;
    scrollToTarget.current = false;
    if (!target?.isConnected) return;
    if (document.activeElement !== target) target.focus({ preventScroll: true });
    if (scroll) target.scrollIntoView({ block: 'start' });
  }, [location.key]);

  // What is typed stays as typed; the URL gets it trimmed after a pause.
  const [text, setText] = useState(params.q);
  const written = useRef(params.q);
  const writeText = useCallback(
    (value: string, force: boolean) => {
      const q = value.trim();
      // one letter would only earn an error while typing; Enter asks the server anyway
      if (q === written.current || (!force && q.length === 1)) return;
      written.current = q;
      update({ q });
    },
    [update],
  );
  useEffect(() => {
    const timer = setTimeout(() => writeText(text, false), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, writeText]);
  // Back/forward or a shared link changed q: show it.
  useEffect(() => {
    if (params.q !== written.current) {
      written.current = params.q;
      setText(params.q);
    }
  }, [params.q]);

  const query = useDirectorySearch(id, params);
  const located = params.lat !== '' && params.lng !== '';
  const onLocated = useCallback((lat: string, lng: string) => update({ lat, lng }), [update]);
  const near = useNearMe(onLocated);

  // The last page that arrived stays on screen when a later request fails (offline, 5xx).
  const [shown, setShown] = useState<AnyDirectoryPage | undefined>(undefined);
  useEffect(() => {
    if (query.data && !query.isPlaceholderData) setShown(query.data);
  }, [query.data, query.isPlaceholderData]);
  const page = query.data ?? shown;

  const apiError = query.error instanceof ApiRequestError ? query.error : null;
  const fieldErrors = useMemo(() => {
    const out: Partial<Record<FieldKey, string>> = {};
    for (const f of apiError?.fields ?? []) {
      const key = (f.field in FIELD_IDS ? f.field : 'q') as FieldKey;
      out[key] ??= messageFor(f, lang);
    }
    return out;
  }, [apiError, lang]);
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  const generalError = query.isError && !hasFieldErrors;

  const countRef = useRef<HTMLHeadingElement>(null);
  const goToPage = (next: number) => {
    // the new page starts at its count line, which takes focus (after the header's turn)
    refocus.current = countRef.current;
    scrollToTarget.current = true;
    setSearch(writeParams({ ...params, page: next }), { replace: true });
  };

  const filtered =
    params.q !== '' ||
    params.provinceCode !== '' ||
    params.initialRegistration ||
    params.level !== '' ||
    params.status !== '';
  const clear = () => {
    written.current = '';
    setText('');
    update({
      q: '',
      provinceCode: '',
      communeCode: '',
      initialRegistration: false,
      level: '',
      status: '',
    });
  };

  return (
    <div className="stack stack--loose dir">
      {hasFieldErrors && (
        <div
          className="error-summary"
          id="dir-error-summary"
          role="alert"
          aria-labelledby="dir-error-summary-title"
        >
          <h2 className="error-summary__title" id="dir-error-summary-title">
            {t('errorSummary.title')}
          </h2>
          <ul className="error-summary__list">
            {(Object.entries(fieldErrors) as [FieldKey, string][]).map(([field, message]) => (
              <li key={field}>
                <a href={`#${FIELD_IDS[field]}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <DirectoryFilters
        id={id}
        params={params}
        text={text}
        onText={setText}
        onSubmit={() => writeText(text, true)}
        onChange={update}
        errors={fieldErrors}
      />
      {nearMe && (
        <NearMe
          active={located}
          state={near.state}
          error={fieldErrors.lat ?? fieldErrors.lng}
          onLocate={near.locate}
          onTurnOff={() => {
            near.reset();
            update({ lat: '', lng: '' });
          }}
        />
      )}
      {generalError && (
        <div className="card dir-error" role="alert" id="dir-error">
          <p className="inline-error">{errorMessage(query.error, lang)}</p>
          <Button
            variant="secondary"
            onClick={() => void query.refetch()}
            pending={query.isFetching}
          >
            {t('common.retry')}
          </Button>
          {page && <p className="dir-error__stale">{t('directories.staleNotice')}</p>}
        </div>
      )}
      {hasFieldErrors ? null : !page ? (
        query.isPending || query.isFetching ? (
          <ResultsSkeleton />
        ) : null
      ) : (
        <section
          className="dir-section"
          aria-labelledby="dir-count"
          aria-busy={query.isFetching || undefined}
        >
          <ResultCount page={page} q={params.q} fetching={query.isFetching} headingRef={countRef} />
          {page.items.length === 0 ? (
            <EmptyResults onClear={filtered ? clear : undefined} />
          ) : (
            <>
              <ResultList id={id} page={page} />
              <Pager page={page} onPage={goToPage} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
