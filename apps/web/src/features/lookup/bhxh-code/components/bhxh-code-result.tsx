import type { BhxhCodeLookupResult } from '@vssid/contracts';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../../lib/components/button.tsx';
import { Icon } from '../../../../lib/components/icon.tsx';
import { HOTLINE_TEL } from '../../../../lib/paths.ts';
import { useBhxhLookupStrings } from '../strings.ts';

type Found = Extract<BhxhCodeLookupResult, { status: 'found' }>;

/**
 * The answer under the form: the code (large, with "Sao chép"), or calm advice. "ambiguous" is
 * shown inside the form, beside Số CCCD/CMND (see AmbiguousNotice).
 */
export function BhxhCodeResult({ result }: { result: BhxhCodeLookupResult }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The answer appeared below the form: take focus (and the screen reader) there.
  useEffect(() => {
    if (result.status === 'ambiguous') return; // focus goes to Số CCCD/CMND instead
    heading.current?.focus({ preventScroll: true });
    heading.current?.closest('section')?.scrollIntoView({ block: 'start' });
  }, [result]);
  if (result.status === 'found') return <FoundCard result={result} headingRef={heading} />;
  if (result.status === 'not_found') return <NotFound headingRef={heading} />;
  return null;
}

function FoundCard({
  result,
  headingRef,
}: {
  result: Found;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const s = useBhxhLookupStrings();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(result.bhxhCode);
      setCopy('copied');
    } catch {
      // Clipboard refused (permissions, old browser): select the number so it can be copied.
      const code = document.getElementById('bhxh-result-code');
      if (code) window.getSelection()?.selectAllChildren(code);
      setCopy('failed');
    }
  };
  return (
    <section className="card bhxh-result" id="bhxh-result" aria-labelledby="bhxh-result-title">
      <h2 id="bhxh-result-title" ref={headingRef} tabIndex={-1} className="bhxh-result__title">
        <Icon name="checkCircle" />
        {s.found.title}
      </h2>
      <p className="bhxh-result__code-line">
        <span className="bhxh-result__code-label">{s.found.code}:</span>{' '}
        <strong className="bhxh-result__code nowrap" id="bhxh-result-code">
          {result.bhxhCode}
        </strong>
      </p>
      <Button variant="secondary" onClick={onCopy} className="bhxh-result__copy">
        {copy === 'copied' ? s.found.copied : s.found.copy}
      </Button>
      <p className="visually-hidden" role="status">
        {copy === 'copied' ? s.found.copied : ''}
      </p>
      {copy === 'failed' && <p className="field__hint">{s.found.copyFailed}</p>}
      <dl className="facts">
        <dt>{s.found.name}</dt>
        <dd id="bhxh-result-name">{result.maskedName}</dd>
        <dt>{s.found.birthDate}</dt>
        <dd id="bhxh-result-birth-date">{result.birthDate}</dd>
      </dl>
      <p className="field__hint">{s.found.masked}</p>
    </section>
  );
}

function NotFound({ headingRef }: { headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const s = useBhxhLookupStrings();
  return (
    <section
      className="notice notice--info bhxh-outcome"
      id="bhxh-not-found"
      aria-labelledby="bhxh-not-found-title"
    >
      <Icon name="info" />
      <div>
        <h2 className="notice__title" id="bhxh-not-found-title" ref={headingRef} tabIndex={-1}>
          {s.notFound.title}
        </h2>
        <ul className="notice__list">
          {s.notFound.advice.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>
          {s.notFound.call}{' '}
          <a href={HOTLINE_TEL} className="nowrap">
            1900 9068
          </a>
          .
        </p>
      </div>
    </section>
  );
}

/** Several people match: never a list; the form asks for Số CCCD/CMND right here. */
export function AmbiguousNotice() {
  const s = useBhxhLookupStrings();
  return (
    <section className="notice notice--warning bhxh-outcome" id="bhxh-ambiguous" role="status">
      <p className="notice__title">{s.ambiguous.title}</p>
      <p>{s.ambiguous.text}</p>
    </section>
  );
}
