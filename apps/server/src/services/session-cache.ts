import type { Database } from '../db/client.ts';
import type { SessionWithAccount } from '../repositories/session.repository.ts';

/** The NOTIFY channel of session and account changes (migration 0012's triggers). */
export const SESSION_CHANNEL = 'vssid_sessions';
/**
 * How long a revocation written on this instance keeps its session / account out of the cache
 * while its notification is on its way back (it arrives after the commit).
 */
const HOLD_MS = 2_000;

type Entry = { row: SessionWithAccount; at: number };

/**
 * A short-lived cache of the session check (session + account row by token hash), shared by the
 * requests of one instance and kept right across instances by PostgreSQL LISTEN/NOTIFY:
 *
 * - triggers on `sessions` and `accounts` (migration 0012) notify `s:<session id>` or
 *   `a:<account id>` on every change that matters (revocation, stage, re-authentication, password,
 *   role…; not the once-a-minute `last_seen_at` touch), from whatever code or SQL wrote it, and
 *   NOTIFY is delivered at commit to every listening instance, which drops the entries;
 * - an entry lives `ttlMs` at most (5 s by default), so a notification that was missed can never keep
 *   a revoked session alive longer than that;
 * - while the listening connection is down nothing is served from the cache (every request reads
 *   the database, as without a cache), and everything is dropped when it comes back;
 * - a read that raced with an invalidation is not stored (`ticket`), and a revocation made on this
 *   instance keeps its keys out of the cache until its own notification came back (`hold`), so
 *   the next request on this instance cannot find a copy read just before the commit.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly byAccount = new Map<string, Set<string>>();
  private readonly holds = new Map<string, number>();
  private epoch = 0;
  private listening = false;
  /** How many times LISTEN was (re)established (tests watch a reconnection). */
  listens = 0;

  constructor(
    readonly ttlMs: number,
    private readonly maxEntries = 50_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Subscribes to the database's notifications; the cache serves nothing until this is up. */
  async listen(database: Database): Promise<{ close(): Promise<void> }> {
    return database.listen(SESSION_CHANNEL, {
      message: (payload) => this.invalidate(payload, true),
      state: (up) => {
        this.listening = up;
        if (up) this.listens++;
        this.clear();
      },
    });
  }

  get active(): boolean {
    return this.ttlMs > 0 && this.listening;
  }

  /** The cached row, or undefined (not cached, too old, held, or not listening). */
  get(id: string): SessionWithAccount | undefined {
    if (!this.active) return undefined;
    const e = this.entries.get(id);
    if (!e) return undefined;
    if (this.now() - e.at >= this.ttlMs || this.held(id, e.row.account.id)) {
      this.remove(id);
      return undefined;
    }
    return e.row;
  }

  /** Taken before reading the database; `put` stores only if nothing was invalidated since. */
  ticket(): number {
    return this.epoch;
  }

  put(id: string, row: SessionWithAccount, ticket: number): void {
    if (!this.active || ticket !== this.epoch || this.held(id, row.account.id)) return;
    if (this.entries.size >= this.maxEntries) {
      // Oldest first (a Map iterates in insertion order).
      for (const key of this.entries.keys()) {
        this.remove(key);
        if (this.entries.size < this.maxEntries * 0.9) break;
      }
    }
    this.entries.set(id, { row, at: this.now() });
    const ids = this.byAccount.get(row.account.id) ?? new Set<string>();
    this.byAccount.set(row.account.id, ids);
    ids.add(id);
  }

  /**
   * Drops what a key names (`s:<session id>`, `a:<account id>`, `*` for everything). From a
   * notification (`echo`) it also ends this instance's hold on that key.
   */
  invalidate(key: string, echo = false): void {
    this.epoch++;
    if (echo) this.holds.delete(key);
    if (key === '*') {
      this.clear();
      return;
    }
    const id = key.slice(2);
    if (key.startsWith('s:')) this.remove(id);
    else if (key.startsWith('a:'))
      for (const s of [...(this.byAccount.get(id) ?? [])]) this.remove(s);
  }

  /** A change is about to be written here: drop the key and keep it out until its notification. */
  hold(key: string): void {
    this.holds.set(key, this.now() + HOLD_MS);
    this.invalidate(key);
  }

  clear(): void {
    this.epoch++;
    this.entries.clear();
    this.byAccount.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private held(sessionId: string, accountId: string): boolean {
    if (this.holds.size === 0) return false;
    const t = this.now();
    for (const key of [`s:${sessionId}`, `a:${accountId}`]) {
      const until = this.holds.get(key);
      if (until === undefined) continue;
      if (until > t) return true;
      this.holds.delete(key);
    }
    return false;
  }

  private remove(id: string): void {
    const e = this.entries.get(id);
    if (!e) return;
    this.entries.delete(id);
    const ids = this.byAccount.get(e.row.account.id);
    ids?.delete(id);
    if (ids?.size === 0) this.byAccount.delete(e.row.account.id);
  }
}
