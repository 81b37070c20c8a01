import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { MeasureKind } from './enums.js';
import { Names } from './names.type.js';

@ObjectType({ description: 'What a figure counts within its topic: 收到, 受理, 审结, 出庭率 …' })
@Entity({ tableName: 'measure' })
export class Measure {
  @Field(() => ID, { description: 'Stable key, e.g. concluded' })
  @PrimaryKey({ type: 'string', length: 80 })
  id!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 80 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 160 })
  nameEn!: string;

  @Field(() => MeasureKind)
  @Property({ type: 'string', length: 20 })
  kind!: MeasureKind;

  @Field(() => Names)
  @Property({ type: 'json' })
  aliases!: Names;
}
