import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SectionKind, SectionRole } from './enums.js';
import { Span } from './span.type.js';

@ObjectType({ description: 'A part (一、), section ((一)) or item (一是) of a report, with its place in the text' })
@Entity({ tableName: 'section' })
export class Section {
  @Field(() => ID, { description: 'Report id and outline path, e.g. ziyun-2024/1.3.3' })
  @PrimaryKey({ type: 'string', length: 200 })
  id!: string;

  /** The report this belongs to. No foreign key: ingest writes a report and its parts in one
   * transaction and deletes them together, and SQLite schema diffs of foreign keys are unreliable. */
  @Index()
  @Property({ type: 'string', length: 120 })
  reportId!: string;

  @Field(() => String, { description: 'Position in the outline: 1, 1.3, 1.3.3' })
  @Property({ type: 'string', length: 40 })
  path!: string;

  @Index()
  @Property({ type: 'string', length: 200, nullable: true })
  parentId!: string | null;

  @Field(() => SectionKind)
  @Property({ type: 'string', length: 20 })
  kind!: SectionKind;

  @Field(() => SectionRole)
  @Property({ type: 'string', length: 20 })
  role!: SectionRole;

  @Field(() => Int, { description: 'The number in the marker: (三) → 3' })
  @Property({ type: 'integer' })
  ordinal!: number;

  @Field(() => String, { description: 'The marker as written: 一、 (三) 二是' })
  @Property({ type: 'string', length: 20 })
  marker!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  heading!: string;

  /** Document order within the report. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'integer' })
  spanStart!: number;

  @Property({ type: 'integer' })
  spanEnd!: number;

  @Property({ type: 'integer' })
  headingStart!: number;

  @Property({ type: 'integer' })
  headingEnd!: number;

  @Field(() => Span, { description: 'The whole section, marker to last character' })
  get span(): Span {
    return { start: this.spanStart, end: this.spanEnd };
  }

  @Field(() => Span)
  get headingSpan(): Span {
    return { start: this.headingStart, end: this.headingEnd };
  }
}
