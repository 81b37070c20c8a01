import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Span } from './span.type.js';

@ObjectType({ description: 'A document the report cites by title (《…》)' })
@Entity({ tableName: 'document' })
export class Document {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 200 })
  id!: string;

  /** The report this belongs to. No foreign key: ingest writes a report and its parts in one
   * transaction and deletes them together, and SQLite schema diffs of foreign keys are unreliable. */
  @Index()
  @Property({ type: 'string', length: 120 })
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
