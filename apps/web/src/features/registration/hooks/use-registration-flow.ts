import { useQueryClient } from '@tanstack/react-query';
import type { DraftAnswers, RegistrationDraft } from '@vssid/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '../../../lib/api.ts';
import { useSessionDraft } from '../../../lib/use-session-draft.ts';
import { type AnswerKey, type Answers, EMPTY_ANSWERS, mergeAnswers } from '../answers.ts';
import { createDraft, putDraft, saveAnswers, useDraft } from '../api/draft-queries.ts';
import { readStoredDraft, type StoredDraft, storeDraft } from '../api/draft-store.ts';
import { useAutosave } from './use-autosave.ts';

const ANSWERS_KEY = 'vssid.registration-answers';

/**
 * Everything the four steps share: the server draft (id + token in localStorage, answers and
 * photos on the server) and this tab's copy of the answers as typed (sessionStorage), saved
 * to the draft as the person types.
 */
export function useRegistrationFlow() {
  const client = useQueryClient();
  const [stored, setStored] = useState<StoredDraft | null>(readStoredDraft);
  const [answers, updateAnswers, clearAnswers] = useSessionDraft(ANSWERS_KEY, EMPTY_ANSWERS);
  const query = useDraft(stored);
  const draft = query.data;
  const [lost, setLost] = useState(false);
  const creating = useRef<Promise<StoredDraft> | null>(null);

  const setDraft = useCallback((next: RegistrationDraft) => putDraft(client, next), [client]);

  // A draft the server no longer knows (expired, or submitted from another tab): start anew,
  // keeping what this tab holds.
  useEffect(() => {
    const error = query.error;
    if (error instanceof ApiRequestError && error.code === 'DRAFT_NOT_FOUND') {
      storeDraft(null);
      setStored(null);
      setLost(true);
    }
  }, [query.error]);

  const ensureDraft = useCallback(async (): Promise<StoredDraft> => {
    if (stored) return stored;
    creating.current ??= createDraft().then(
      ({ stored: next, draft: fresh }) => {
        setDraft(fresh);
        setStored(next);
        return next;
      },
      (error: unknown) => {
        creating.current = null;
        throw error;
      },
    );
    return creating.current;
  }, [stored, setDraft]);

  const save = useCallback(
    async (patch: DraftAnswers) => setDraft(await saveAnswers(await ensureDraft(), patch)),
    [ensureDraft, setDraft],
  );
  const autosave = useAutosave(answers, save);

  const update = useCallback(
    (patch: Partial<Answers>) => {
      updateAnswers(patch);
      autosave.mark(Object.keys(patch) as AnswerKey[]);
    },
    [updateAnswers, autosave],
  );

  // Once per loaded draft: fill in what this tab does not hold (a new tab, another device).
  const merged = useRef<string | null>(null);
  useEffect(() => {
    if (!draft || merged.current === draft.id) return;
    merged.current = draft.id;
    const patch = mergeAnswers(answers, draft);
    if (Object.keys(patch).length > 0) updateAnswers(patch);
  }, [draft, answers, updateAnswers]);

  /** After "Xác nhận": nothing of the application stays in this browser. */
  const finish = useCallback(() => {
    storeDraft(null);
    clearAnswers();
  }, [clearAnswers]);

  return {
    stored,
    draft,
    loading: stored !== null && query.isPending,
    loadError: query.error && !lost ? query.error : null,
    reload: () => void query.refetch(),
    lost,
    answers,
    update,
    flush: autosave.flush,
    saveState: autosave.state,
    ensureDraft,
    setDraft,
    finish,
  };
}

export type RegistrationFlow = ReturnType<typeof useRegistrationFlow>;
