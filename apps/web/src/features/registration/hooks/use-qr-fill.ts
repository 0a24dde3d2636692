import { type addressCandidateSchema, type Lang, translate } from '@vssid/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Answers } from '../answers.ts';
import { useCommunes, useMatchAddress, useProvinces } from '../api/admin-units.ts';
import { applyChanges, changesFrom, type QrChange, readQr, undoChanges } from '../qr-fill.ts';

export type AddressCandidate = z.infer<typeof addressCandidateSchema>;
export interface QrFilled {
  source: 'bhyt' | 'cccd';
  changes: QrChange[];
}

/**
 * Turns a scanned text into form answers: fills empty fields, replaces different ones and
 * lists every change (with an undo), then matches a CCCD address to today's units.
 */
export function useQrFill(answers: Answers, update: (patch: Partial<Answers>) => void, lang: Lang) {
  const { t } = useTranslation();
  const provinces = useProvinces().data ?? [];
  const communes = useCommunes(answers.provinceCode).data ?? [];
  const match = useMatchAddress();
  const [problem, setProblem] = useState<string | null>(null);
  const [filled, setFilled] = useState<QrFilled | null>(null);
  const [choice, setChoice] = useState<{ address: string; list: AddressCandidate[] } | null>(null);
  const [unmatched, setUnmatched] = useState<string | null>(null);

  const provinceName = (code: string) => provinces.find((p) => p.code === code)?.name ?? code;
  const communeName = (code: string) => communes.find((c) => c.code === code)?.name ?? code;

  const applyCandidate = (c: AddressCandidate, street: string | null, base: QrChange[]) => {
    const changes = changesFrom(answers, {
      provinceCode: c.province.code,
      communeCode: c.commune.code,
      street: street ?? '',
    }).map((ch) => {
      if (ch.key === 'provinceCode')
        return { ...ch, shown: { from: ch.from && provinceName(ch.from), to: c.province.name } };
      if (ch.key === 'communeCode')
        return { ...ch, shown: { from: ch.from && communeName(ch.from), to: c.commune.name } };
      return ch;
    });
    update(applyChanges(changes));
    setFilled({ source: 'cccd', changes: [...base, ...changes] });
    setChoice(null);
  };

  const onText = (text: string) => {
    setProblem(null);
    setChoice(null);
    setUnmatched(null);
    const reading = readQr(text);
    if (reading.kind === 'unknown') return setProblem(t('registration.qr.unknown'));
    if (reading.kind === 'invalid') return setProblem(translate(reading.code, lang));
    const changes = changesFrom(answers, reading.values);
    update(applyChanges(changes));
    setFilled({ source: reading.kind, changes });
    if (reading.kind !== 'cccd') return;
    match.mutate(reading.address, {
      onSuccess: (m) => {
        const [first] = m.candidates;
        if (m.candidates.length === 1 && first) return applyCandidate(first, m.street, changes);
        if (m.candidates.length > 1)
          return setChoice({ address: reading.address, list: m.candidates });
        setUnmatched(reading.address);
        if (m.province && !answers.provinceCode) update({ provinceCode: m.province.code });
      },
      onError: () => setUnmatched(reading.address),
    });
  };

  const undo = () => {
    if (filled) update(undoChanges(filled.changes));
    setFilled(null);
  };

  return {
    onText,
    problem,
    setProblem,
    filled,
    undo,
    choice,
    choose: (c: AddressCandidate) =>
      applyCandidate(c, match.data?.street ?? null, filled?.changes ?? []),
    unmatched,
    matching: match.isPending,
  };
}
