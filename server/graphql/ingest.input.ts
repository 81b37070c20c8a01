import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'A report to add, as plain text; what is not given is read from the text' })
export class IngestReportInput {
  @Field(() => String, { description: 'The whole report, UTF-8 plain text' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The region it is about; read from the title if absent' })
  region?: string;

  @Field(() => Int, { nullable: true, description: 'The year it covers; read from the title if absent' })
  year?: number;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  publisher?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  publishedOn?: string;

  @Field(() => String, { nullable: true, description: 'A curated catalog as JSON (the format of seeds/*.catalog.json)' })
  catalog?: string;

  @Field(() => Boolean, { nullable: true, description: 'The text is a part of the report only (an excerpt)' })
  excerpt?: boolean;

  @Field(() => String, { nullable: true, description: 'Where the text was published (a URL)' })
  sourceUrl?: string;
}
