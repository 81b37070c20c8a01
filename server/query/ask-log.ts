/**
 * What asking writes: the unanswered-question log and the turns of conversations. These writes are
 * on the request path, so they must never hold a request, or every other request, for seconds:
 * - SQLite (better-sqlite3 is synchronous): each write is tried with no busy wait. When another
 *   process holds the write lock (an `npm run ingest`), the rows wait in this process's queue and
 *   are written in one batch as soon as the lock is free, retried with backoff — nothing is lost,
 *   and this process's follow-ups find their turns in the queue meanwhile.
 * - PostgreSQL: written at once (its driver never blocks the event loop).
 * Text is stored without NUL characters, which PostgreSQL's text and jsonb refuse.
 * Unanswered questions older than the retention are pruned at most once an hour, by whichever
 * instance writes next (a plain dated delete, harmless when several instances do it).
 */
import { BetterSqlitePlatform } from '@mikro-orm/better-sqlite';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { DEFAULT_UNANSWERED_RETENTION_DAYS } from '../config.js';
import { withBusyTimeout } from '../db/busy-timeout.js';
import { isSqliteBusy } from '../db/errors.js';
import { AnswerFeedback, ConversationTurn, UnansweredQuestion } from '../model/index.js';

const PRUNE_EVERY_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Rows kept waiting for the lock, at most (a queue that cannot drain for this long drops the oldest). */
const MAX_QUEUED = 10_000;

export type UnansweredEntry = Omit<UnansweredQuestion, 'id'>;
export type TurnEntry = Omit<ConversationTurn, 'id'>;
export type FeedbackEntry = Omit<AnswerFeedback, 'id'>;

/** How long a vote waits for another process's write lock (an ingest) before it is refused. */
const FEEDBACK_LOCK_WAIT_MS = 10_000;

interface Logger {
  warn(o: object, m: string): void;
}

export interface AskLogOptions {
  retentionDays?: number;
  log?: Logger;
}

/** NUL removed from every string, however deep (PostgreSQL refuses it in text and in jsonb). */
export function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/\u0000/g, '') as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [withoutNul(k), withoutNul(v)])) as T;
  }
  return value;
}

export class AskLog {
  private readonly sqlite: boolean;
  private readonly retentionMs: number;
  private unanswered: UnansweredEntry[] = [];
  private turns: TurnEntry[] = [];
  private retry: NodeJS.Timeout | undefined;
  private pause = 25;
  private lastPrune = 0;
  private lastFeedbackPrune = 0;
  private flushing: Promise<void> | undefined;

  constructor(private readonly em: EntityManager, private readonly options: AskLogOptions = {}) {
    this.sqlite = em.getPlatform() instanceof BetterSqlitePlatform;
    this.retentionMs = (options.retentionDays ?? DEFAULT_UNANSWERED_RETENTION_DAYS) * DAY_MS;
  }

  async recordUnanswered(entry: UnansweredEntry): Promise<void> {
    this.unanswered.push(withoutNul(entry));
    await this.write();
  }

  async recordTurn(turn: TurnEntry): Promise<void> {
    this.turns.push(withoutNul(turn));
    await this.write();
  }

  /**
   * A vote on an answer, written at once (the reader is told it is kept, so it is not queued): on
   * SQLite each try waits at most 20 ms for the lock, with the event loop free between tries.
   * Votes older than the retention of the unanswered log are pruned with it, at most once an hour.
   */
  async recordFeedback(entry: FeedbackEntry): Promise<AnswerFeedback> {
    const row = withoutNul(entry);
    const prune = Date.now() - this.lastFeedbackPrune > PRUNE_EVERY_MS;
    const deadline = Date.now() + FEEDBACK_LOCK_WAIT_MS;
    for (let pause = 20; ; pause = Math.min(pause * 2, 250)) {
      try {
        const id = await this.em.fork().transactional(async (tx) => {
          const work = async () => {
            const inserted = await tx.insert(AnswerFeedback, row);
            if (prune) await tx.nativeDelete(AnswerFeedback, { createdAt: { $lt: new Date(Date.now() - this.retentionMs) } });
            return inserted;
          };
          return this.sqlite ? withBusyTimeout(tx, 20, work) : work();
        });
        if (prune) this.lastFeedbackPrune = Date.now();
        return Object.assign(new AnswerFeedback(), row, { id: Number(id) });
      } catch (error) {
        if (!this.sqlite || !isSqliteBusy(error) || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  /** The conversation's last turn made by this owner: from the queue if it is still waiting there. */
  async lastTurn(em: EntityManager, conversationId: string, owner: string): Promise<Pick<ConversationTurn, 'resolvedQuestion'> | null> {
    const queued = this.turns.findLast((t) => t.conversationId === conversationId && t.owner === owner);
    if (queued) return queued;
    return em.findOne(ConversationTurn, { conversationId, owner }, { orderBy: { id: 'desc' }, fields: ['resolvedQuestion'] });
  }

  /** Write what is queued, waiting for the lock as long as it takes (on close). */
  async drain(): Promise<void> {
    for (let attempt = 0; this.unanswered.length || this.turns.length; attempt++) {
      clearTimeout(this.retry);
      this.retry = undefined;
      await this.write();
      if (this.unanswered.length || this.turns.length) {
        if (attempt > 200) {
          this.options.log?.warn({ unanswered: this.unanswered.length, turns: this.turns.length }, 'could not write the ask log before closing');
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }

  /** Rows pushed while a flush runs are written by the next one, which this waits for too. */
  private async write(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.retry || (!this.unanswered.length && !this.turns.length)) return;
    this.flushing = this.flush().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async flush(): Promise<void> {
    const unanswered = this.unanswered;
    const turns = this.turns;
    if (!unanswered.length && !turns.length) return;
    this.unanswered = [];
    this.turns = [];
    const prune = Date.now() - this.lastPrune > PRUNE_EVERY_MS;
    try {
      await this.em.fork().transactional(async (tx) => {
        const work = async () => {
          if (unanswered.length) await tx.insertMany(UnansweredQuestion, unanswered);
          if (turns.length) await tx.insertMany(ConversationTurn, turns);
          if (prune) await tx.nativeDelete(UnansweredQuestion, { askedAt: { $lt: new Date(Date.now() - this.retentionMs) } });
        };
        await (this.sqlite ? withBusyTimeout(tx, 0, work) : work());
      });
      if (prune) this.lastPrune = Date.now();
      this.pause = 25;
    } catch (error) {
      if (!this.sqlite || !isSqliteBusy(error)) {
        // Not a lock to wait for (the database is away, a row it refuses): said, not retried forever.
        this.options.log?.warn({ err: error, unanswered: unanswered.length, turns: turns.length }, 'could not record questions asked');
        return;
      }
      // Another process is writing: keep the rows (before any queued since) and try again soon.
      this.unanswered = [...unanswered, ...this.unanswered].slice(-MAX_QUEUED);
      this.turns = [...turns, ...this.turns].slice(-MAX_QUEUED);
      this.retry ??= setTimeout(() => {
        this.retry = undefined;
        void this.write();
      }, this.pause);
      this.pause = Math.min(this.pause * 2, 1000);
    }
  }
}

const logs = new WeakMap<object, AskLog>();

/** The ask log of a database (any of its entity managers): the one attached at start, or a default one. */
export function askLogOf(em: EntityManager): AskLog {
  let log = logs.get(em.config);
  if (!log) logs.set(em.config, (log = new AskLog(em)));
  return log;
}

export function attachAskLog(orm: MikroORM, options: AskLogOptions): AskLog {
  const log = new AskLog(orm.em, options);
  logs.set(orm.config, log);
  return log;
}
