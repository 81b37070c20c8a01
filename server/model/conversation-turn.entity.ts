import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One question of a conversation, kept in the database so a follow-up ("那行政诉讼呢?") can be
 * understood by whichever instance behind the load balancer receives it.
 */
@Entity({ tableName: 'conversation_turn' })
@Index({ properties: ['conversationId', 'id'] })
export class ConversationTurn {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 100 })
  conversationId!: string;

  /**
   * A hash of the client that made the conversation (its X-Hub-Client secret, else its address):
   * a turn is found only by the same client, so knowing an id is not enough to read or steer it.
   */
  @Property({ type: 'string', length: 64, nullable: true })
  owner!: string | null;

  /** As asked. */
  @Property({ type: 'text' })
  question!: string;

  /** As understood, a follow-up completed from the turn before it. */
  @Property({ type: 'text' })
  resolvedQuestion!: string;

  @Property({ type: 'json' })
  query!: Record<string, unknown>;

  @Property({ type: 'datetime' })
  askedAt!: Date;
}
