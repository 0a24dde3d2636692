import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** "Góp ý" sent from the help centre. */
export const feedback = pgTable('feedback', {
  id: uuid('id').primaryKey().defaultRandom(),
  category: text('category', { enum: ['question', 'suggestion', 'error'] }).notNull(),
  content: text('content').notNull(),
  email: text('email'),
  language: text('language').notNull().default('vi'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
});
