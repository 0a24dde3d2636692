import type { DraftAnswers } from '@vssid/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerKey, Answers } from '../answers.ts';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

const DELAY_MS = 800;

/**
 * Sends the fields changed since the last save, 0.8 s after the person stops typing (and on
 * demand before a step is checked). A failed save keeps the fields marked for the next one:
 * the tab's own copy is already safe, so a dropped connection only delays the server's.
 */
export function useAutosave(answers: Answers, save: (patch: DraftAnswers) => Promise<unknown>) {
  const dirty = useRef(new Set<AnswerKey>());
  const latest = useRef(answers);
  latest.current = answers;
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const [state, setState] = useState<SaveState>('idle');

  const flush = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    if (running.current) await running.current;
    if (dirty.current.size === 0) return;
    const keys = [...dirty.current];
    dirty.current.clear();
    const patch: DraftAnswers = {};
    for (const key of keys) patch[key] = latest.current[key];
    setState('saving');
    running.current = save(patch).then(
      () => setState('saved'),
      () => {
        for (const key of keys) dirty.current.add(key);
        setState('failed');
      },
    );
    await running.current;
    running.current = null;
  }, [save]);

  const mark = useCallback(
    (keys: AnswerKey[]) => {
      for (const key of keys) dirty.current.add(key);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), DELAY_MS);
    },
    [flush],
  );

  useEffect(() => () => window.clearTimeout(timer.current), []);
  return { mark, flush, state };
}
