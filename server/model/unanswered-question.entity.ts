import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A question the hub could not answer, kept so the lexicon can grow from real use' })
@Entity({ tableName: 'unanswered_question' })
export class UnansweredQuestion {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  question!: string;

  @Field(() => String, { description: 'UNANSWERABLE or CLARIFY' })
  @Property({ type: 'string', length: 20 })
  status!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  reason!: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 4 })
  language!: string;

  @Field(() => Date)
  @Index()
  @Property({ type: 'datetime' })
  askedAt!: Date;
}
