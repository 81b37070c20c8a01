import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Names } from './names.type.js';

@ObjectType({ description: 'A subject the reports give figures on: 行政复议, 人民调解, 法律援助 …' })
@Entity({ tableName: 'topic' })
export class Topic {
  @Field(() => ID, { description: 'Stable key, e.g. administrative-reconsideration' })
  @PrimaryKey({ type: 'string', length: 80 })
  id!: string;

  @Field(() => String, { description: 'Chinese name' })
  @Property({ type: 'string', length: 80 })
  name!: string;

  @Field(() => String, { description: 'English name' })
  @Property({ type: 'string', length: 160 })
  nameEn!: string;

  @Field(() => Names)
  @Property({ type: 'json' })
  aliases!: Names;
}
