import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { LabelSource, Qualifier } from './enums.js';
import { Names } from './names.type.js';
import { Span } from './span.type.js';

@ObjectType({ description: 'One figure stated in a report, with its meaning and its source' })
@Entity({ tableName: 'metric' })
@Index({ properties: ['reportId', 'topicId'] })
export class Metric {
  @Field(() => ID, { description: 'Report id and catalog key, e.g. ziyun-2024/administrative-reconsideration.concluded' })
  @PrimaryKey({ type: 'string', length: 240 })
  id!: string;

  /** The report this belongs to. No foreign key: ingest writes a report and its parts in one
   * transaction and deletes them together, and SQLite schema diffs of foreign keys are unreliable. */
  @Index()
  @Property({ type: 'string', length: 120 })
  reportId!: string;

  @Field(() => String, { description: 'Key within the report (the catalog key)' })
  @Property({ type: 'string', length: 160 })
  key!: string;

  /** Order of pages: report id, then offset in the text. The cursor of `metrics` is built from it. */
  @Index()
  @Property({ type: 'string', length: 200 })
  sortKey!: string;

  @Field(() => String, { description: 'What the figure counts, in Chinese' })
  get label(): string {
    return this.labelZh;
  }

  @Field(() => String)
  @Property({ type: 'text' })
  labelZh!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  labelEn!: string;

  @Field(() => Names)
  @Property({ type: 'json' })
  aliases!: Names;

  @Field(() => LabelSource)
  @Property({ type: 'string', length: 20 })
  labelledBy!: LabelSource;

  @Field(() => Float, { description: '1 for a curated label; for an automatic one, how near its evidence was (0–1)' })
  @Property({ type: 'double', default: 1 })
  labelConfidence!: number;

  @Field(() => Float, { description: 'The number, with 万 applied (8万 → 80000); a percentage as 0–100' })
  @Property({ type: 'double' })
  value!: number;

  @Field(() => String, { description: '件, 人, 个, 次, 场次, 人次, 份, 条, 家, 所, 名, 篇, 学时, 项, % …' })
  @Index()
  @Property({ type: 'string', length: 16 })
  unit!: string;

  @Field(() => Qualifier)
  @Property({ type: 'string', length: 20 })
  qualifier!: Qualifier;

  @Field(() => String, { description: 'The figure as written: text.slice(span.start, span.end), e.g. 8万余份' })
  @Property({ type: 'string', length: 80 })
  text!: string;

  @Field(() => String, { description: 'The sentence the figure stands in, verbatim' })
  @Property({ type: 'text' })
  quote!: string;

  @Property({ type: 'integer' })
  spanStart!: number;

  @Property({ type: 'integer' })
  spanEnd!: number;

  @Property({ type: 'integer' })
  quoteStart!: number;

  @Property({ type: 'integer' })
  quoteEnd!: number;

  @Index()
  @Property({ type: 'string', length: 200, nullable: true })
  sectionId!: string | null;

  @Index()
  @Property({ type: 'string', length: 80, nullable: true })
  topicId!: string | null;

  @Property({ type: 'string', length: 80, nullable: true })
  measureId!: string | null;

  /** Id of the stated total this figure is a part of (a village committee count of all committees). */
  @Index()
  @Property({ type: 'string', length: 240, nullable: true })
  partOfId!: string | null;

  /** Lower-cased labels, aliases and quote, for free-text filtering. */
  @Property({ type: 'text' })
  searchText!: string;

  @Field(() => Span, { description: 'Where the figure stands in the report text' })
  get span(): Span {
    return { start: this.spanStart, end: this.spanEnd };
  }

  @Field(() => Span, { description: 'Where the quote stands in the report text' })
  get quoteSpan(): Span {
    return { start: this.quoteStart, end: this.quoteEnd };
  }
}
