import { Field, ID, InputType, Int } from 'type-graphql';
import { Qualifier } from '../model/index.js';
import type { MetricQuery } from '../query/hub-queries.js';

@InputType({ description: 'Narrows `metrics`; all given conditions must hold' })
export class MetricFilter implements MetricQuery {
  @Field(() => ID, { nullable: true })
  reportId?: string;

  @Field(() => String, { nullable: true, description: 'Official name or short form: 紫云苗族布依族自治县, 紫云县, 紫云, Ziyun' })
  region?: string;

  @Field(() => Int, { nullable: true, description: 'The year the report covers' })
  year?: number;

  @Field(() => String, { nullable: true, description: 'Topic id, Chinese or English name, or alias' })
  topic?: string;

  @Field(() => String, { nullable: true, description: 'Measure id, name or alias (审结, concluded)' })
  measure?: string;

  @Field(() => ID, { nullable: true, description: 'A section id; figures in its subsections are included' })
  sectionId?: string;

  @Field(() => String, { nullable: true, description: 'Unit as written: 件, 人, %, …' })
  unit?: string;

  @Field(() => Qualifier, { nullable: true })
  qualifier?: Qualifier;

  @Field(() => String, { nullable: true, description: 'Words to find in labels, aliases and quotes (all must match)' })
  search?: string;
}
