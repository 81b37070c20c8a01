import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Report } from './report.entity.js';
import { Span } from './span.type.js';

@ObjectType({ description: 'A document the report cites by title (《…》)' })
@Entity({ tableName: 'document' })
export class Document {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 200 })
  id!: string;

  @ManyToOne(() => Report, { mapToPk: true, fieldName: 'report_id', deleteRule: 'cascade', index: true })
  reportId!: string;

  @Field(() => String, { description: 'The title without its 《》' })
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  sectionId!: string | null;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'integer' })
  spanStart!: number;

  @Property({ type: 'integer' })
  spanEnd!: number;

  @Field(() => Span, { description: 'The citation including 《》' })
  get span(): Span {
    return { start: this.spanStart, end: this.spanEnd };
  }
}
