import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Metric, Report, Section, SectionKind, SectionRole } from '../model/index.js';
import type { HubContext } from './context.js';

@Resolver(() => Section)
export class SectionResolver {
  @Query(() => [Section], { description: 'Sections across reports: e.g. every PROBLEM item of one year' })
  sections(
    @Ctx() { queries }: HubContext,
    @Arg('reportId', () => ID, { nullable: true }) reportId?: string,
    @Arg('region', () => String, { nullable: true }) region?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('kind', () => SectionKind, { nullable: true }) kind?: SectionKind,
    @Arg('role', () => SectionRole, { nullable: true }) role?: SectionRole,
  ): Promise<Section[]> {
    return queries.sections({ reportId, region, year, kind, role });
  }

  @Query(() => Section, { nullable: true })
  section(@Ctx() { loaders }: HubContext, @Arg('id', () => ID) id: string): Promise<Section | null> {
    return loaders.section.load(id);
  }

  @FieldResolver(() => String, { description: 'The section text: report.text.slice(span.start, span.end)' })
  async text(@Root() section: Section, @Ctx() { loaders }: HubContext): Promise<string> {
    const text = (await loaders.reportDetails.load(section.reportId))?.text ?? '';
    return text.slice(section.spanStart, section.spanEnd);
  }

  @FieldResolver(() => Report)
  async report(@Root() section: Section, @Ctx() { loaders }: HubContext): Promise<Report> {
    return (await loaders.report.load(section.reportId))!;
  }

  @FieldResolver(() => Section, { nullable: true })
  parent(@Root() section: Section, @Ctx() { loaders }: HubContext): Promise<Section | null> | null {
    return section.parentId ? loaders.section.load(section.parentId) : null;
  }

  @FieldResolver(() => [Section])
  children(@Root() section: Section, @Ctx() { loaders }: HubContext): Promise<Section[]> {
    return loaders.children.load(section.id);
  }

  @FieldResolver(() => [Metric], { description: 'Figures stated directly in this section (not in its subsections)' })
  metrics(@Root() section: Section, @Ctx() { loaders }: HubContext): Promise<Metric[]> {
    return loaders.metricsOfSection.load(section.id);
  }
}
