import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Document, Report, Section, SectionKind, SectionRole } from '../model/index.js';
import type { HubContext } from './context.js';

@Resolver(() => Report)
export class ReportResolver {
  @Query(() => [Report], { description: 'Reports the hub holds, by region then year' })
  reports(
    @Ctx() { queries }: HubContext,
    @Arg('region', () => String, { nullable: true, description: 'Official name or short form' }) region?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<Report[]> {
    return queries.reports({ region, year });
  }

  @Query(() => Report, { nullable: true })
  async report(@Ctx() { loaders }: HubContext, @Arg('id', () => ID) id: string): Promise<Report | null> {
    return loaders.report.load(id);
  }

  @FieldResolver(() => String, { description: 'The full text; every span indexes into it' })
  async text(@Root() report: Report, @Ctx() { loaders }: HubContext): Promise<string> {
    return (await loaders.reportText.load(report.id)) ?? '';
  }

  @FieldResolver(() => [Section], { description: 'Every section in document order, optionally one kind or role' })
  async sections(
    @Root() report: Report,
    @Ctx() { loaders }: HubContext,
    @Arg('kind', () => SectionKind, { nullable: true }) kind?: SectionKind,
    @Arg('role', () => SectionRole, { nullable: true }) role?: SectionRole,
  ): Promise<Section[]> {
    const all = await loaders.sectionsOfReport.load(report.id);
    return all.filter((s) => (!kind || s.kind === kind) && (!role || s.role === role));
  }

  @FieldResolver(() => [Section], { description: 'The top of the outline (一、二、三、); follow `children` down' })
  async outline(@Root() report: Report, @Ctx() { loaders }: HubContext): Promise<Section[]> {
    return (await loaders.sectionsOfReport.load(report.id)).filter((s) => s.parentId === null);
  }

  @FieldResolver(() => [Document], { description: 'Documents the report cites (《…》)' })
  documents(@Root() report: Report, @Ctx() { loaders }: HubContext): Promise<Document[]> {
    return loaders.documentsOfReport.load(report.id);
  }
}
