import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { InvariantCheck } from './invariant-check.type.js';

@ObjectType({ description: 'One annual report of one region' })
@Entity({ tableName: 'report' })
@Unique({ properties: ['region', 'year'] })
export class Report {
  @Field(() => ID, { description: 'Stable slug: region and year, e.g. ziyun-2024' })
  @PrimaryKey({ type: 'string', length: 120 })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Official name of the region, e.g. 紫云苗族布依族自治县' })
  @Index()
  @Property({ type: 'string', length: 200 })
  region!: string;

  @Field(() => Int, { description: 'The year the report covers' })
  @Index()
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'Who published it (来源)' })
  @Property({ type: 'text', nullable: true })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date (日期), YYYY-MM-DD' })
  @Property({ type: 'string', length: 10, nullable: true })
  publishedOn!: string | null;

  /** Loaded on demand (lazy): lists of reports do not need their texts. Exposed by ReportResolver. */
  @Property({ type: 'text', lazy: true })
  text!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  figureCount!: number;

  /** Lazy, like the text: served from the report's details (ReportResolver), not kept for every report. */
  @Property({ type: 'json', lazy: true })
  warnings!: string[];

  @Property({ type: 'json', lazy: true })
  checks!: InvariantCheck[];

  @Field(() => Boolean, { description: 'A part of a report only (an excerpt): a figure it does not state may still be in the full report' })
  @Property({ type: 'boolean', default: false })
  excerpt: boolean = false;

  @Field(() => String, { nullable: true, description: 'Where the text was published (a URL), when known' })
  @Property({ type: 'text', nullable: true })
  sourceUrl: string | null = null;

  /** `seed` for reports bundled with the hub (re-seeded when the bundled file changes), `ingest` otherwise. */
  @Property({ type: 'string', length: 16 })
  source!: string;

  /** SHA-256 of the text and catalog it was built from. */
  @Property({ type: 'string', length: 64 })
  checksum!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  ingestedAt!: Date;
}
