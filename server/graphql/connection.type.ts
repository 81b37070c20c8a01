import { Field, Int, ObjectType } from 'type-graphql';
import { Metric } from '../model/index.js';

@ObjectType({ description: 'Relay-style page information' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor!: string | null;
}

@ObjectType()
export class MetricEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Metric)
  node!: Metric;
}

@ObjectType({ description: 'A page of metrics, in report order' })
export class MetricConnection {
  @Field(() => Int, { description: 'How many metrics match the filter, over all pages' })
  totalCount!: number;

  @Field(() => [Metric])
  nodes!: Metric[];

  @Field(() => [MetricEdge])
  edges!: MetricEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
