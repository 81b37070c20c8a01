import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum FeedbackVote {
  UP = 'UP',
  DOWN = 'DOWN',
}
registerEnumType(FeedbackVote, { name: 'FeedbackVote', description: '👍 (UP) or 👎 (DOWN)' });

@ObjectType({ description: "A reader's 👍 or 👎 on an answer, with what the answer said, kept so the hub can learn where it misleads" })
@Entity({ tableName: 'answer_feedback' })
export class AnswerFeedback {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  question!: string;

  @Field(() => String, { description: 'The answer’s status: ANSWERED, CLARIFY or UNANSWERABLE' })
  @Property({ type: 'string', length: 20 })
  status!: string;

  @Field(() => Float, { nullable: true, description: 'The number the answer gave, if any' })
  @Property({ type: 'double', nullable: true })
  value!: number | null;

  @Field(() => String, { description: 'How the hub read the question (the answer’s interpretation)' })
  @Property({ type: 'text' })
  interpretation!: string;

  @Field(() => FeedbackVote)
  @Property({ type: 'string', length: 4 })
  vote!: FeedbackVote;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 36, nullable: true })
  conversationId!: string | null;

  @Field(() => String, { description: 'A hash of the client that sent it (its X-Hub-Client secret, else its address): the same reader, never who' })
  @Property({ type: 'string', length: 64 })
  client!: string;

  @Field(() => String, { description: 'zh or en' })
  @Property({ type: 'string', length: 4 })
  language!: string;

  @Field(() => Date)
  @Index()
  @Property({ type: 'datetime' })
  createdAt!: Date;
}
