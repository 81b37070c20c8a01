import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: "A model's proposal for a figure's meaning, kept apart until a person accepts it" })
@Entity({ tableName: 'label_suggestion' })
export class LabelSuggestion {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID)
  @Index()
  @Property({ type: 'string', length: 240 })
  metricId!: string;

  @Field(() => ID)
  @Index()
  @Property({ type: 'string', length: 120 })
  reportId!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 80, nullable: true })
  topicId!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 80, nullable: true })
  measureId!: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  labelZh!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  labelEn!: string;

  @Field(() => String, { description: 'PENDING, ACCEPTED or REJECTED' })
  @Property({ type: 'string', length: 12 })
  status!: string;

  @Field(() => String, { description: 'The model that proposed it' })
  @Property({ type: 'string', length: 120 })
  model!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;
}
