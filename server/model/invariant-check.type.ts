import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "A consistency check on a report's figures, run at ingest" })
export class InvariantCheck {
  @Field(() => String, { description: 'FUNNEL (received ≥ accepted ≥ concluded) or PARTS_SUM (parts add up to their total)' })
  rule!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => [String], { description: 'Catalog keys of the figures involved' })
  figureKeys!: string[];
}
