import type { Db } from '../db/client.ts';
import { feedback } from '../db/schema/index.ts';

export function feedbackRepository(db: Db) {
  return {
    async insert(f: typeof feedback.$inferInsert): Promise<{ id: string; createdAt: Date }> {
      const [row] = await db
        .insert(feedback)
        .values(f)
        .returning({ id: feedback.id, createdAt: feedback.createdAt });
      return row!;
    },
  };
}
export type FeedbackRepository = ReturnType<typeof feedbackRepository>;
