import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Document, Report, Section } from '../model/index.js';
import type { HubContext } from './context.js';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => [Document], { description: 'Documents cited by the reports (《…》)' })
  documents(
    @Ctx() { queries }: HubContext,
    @Arg('reportId', () => ID, { nullable: true }) reportId?: string,
    @Arg('region', () => String, { nullable: true }) region?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<Document[]> {
    return queries.documents({ reportId, region, year });
  }

  @FieldResolver(() => Report)
  async report(@Root() document: Document, @Ctx() { loaders }: HubContext): Promise<Report> {
    return (await loaders.report.load(document.reportId))!;
  }

  @FieldResolver(() => Section, { nullable: true })
  section(@Root() document: Document, @Ctx() { loaders }: HubContext): Promise<Section | null> | null {
    return document.sectionId ? loaders.section.load(document.sectionId) : null;
  }
}
