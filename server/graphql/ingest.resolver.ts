import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { UserInputError } from '../errors.js';
import { parseCatalog } from '../ingest/catalog.js';
import { IngestError, summarizeProblems } from '../ingest/errors.js';
import { ingestReport } from '../ingest/ingest.service.js';
import type { HubContext } from './context.js';
import { IngestReportInput } from './ingest.input.js';

@ObjectType({ description: 'What an ingest found and stored' })
export class IngestResult {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Boolean, { description: 'A report of the same region and year was replaced' })
  replaced!: boolean;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  region!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  sections!: number;

  @Field(() => Int)
  figures!: number;

  @Field(() => Int)
  labelledByCatalog!: number;

  @Field(() => Int)
  labelledAutomatically!: number;

  @Field(() => Int)
  documents!: number;

  @Field(() => [String], { description: 'Consistency checks that failed' })
  checksFailed!: string[];

  @Field(() => [String])
  warnings!: string[];
}

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, { description: 'Add or replace a report (admin only: Authorization: Bearer ADMIN_TOKEN)' })
  async ingestReport(@Ctx() { isAdmin, orm }: HubContext, @Arg('input', () => IngestReportInput) input: IngestReportInput): Promise<IngestResult> {
    if (!isAdmin) {
      throw new GraphQLError('ingestReport needs the admin token: send Authorization: Bearer <ADMIN_TOKEN>', { extensions: { code: 'FORBIDDEN' } });
    }
    try {
      const summary = await ingestReport(orm.em.fork(), {
        text: input.text,
        catalog: input.catalog ? parseCatalog(input.catalog, 'in the request') : undefined,
        metadata: { region: input.region, year: input.year, title: input.title, publisher: input.publisher, publishedOn: input.publishedOn },
        excerpt: input.excerpt ?? false,
        sourceUrl: input.sourceUrl ?? undefined,
      });
      // This instance answers from the new data at once (the store dropped its cache); others see
      // the new data version within a second.
      return summary;
    } catch (error) {
      if (error instanceof IngestError) {
        throw new UserInputError(`the report was not ingested, nothing changed: ${summarizeProblems(error.problems)}`, 'input');
      }
      throw error;
    }
  }
}
