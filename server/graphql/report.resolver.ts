import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { UserInputError } from '../errors.js';
import { headlines } from '../query/headlines.js';
import { Document, InvariantCheck, Metric, Report, Section, SectionKind, SectionRole, Topic } from '../model/index.js';
import type { HubContext } from './context.js';

@ObjectType({ description: "A topic's headline figures in a report: the content of the brief" })
export class TopicHeadlines {
  @Field(() => Topic, { nullable: true, description: 'Null for figures no topic names' })
  topic!: Topic | null;

  @Field(() => [Metric])
  metrics!: Metric[];

  @Field(() => Int, { description: 'Figures of the topic not among the headlines' })
  more!: number;
}

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
    return (await loaders.reportDetails.load(report.id))?.text ?? '';
  }

  @FieldResolver(() => [String], { description: 'What ingest found worth a look: failed checks, numbers it could not read' })
  async warnings(@Root() report: Report, @Ctx() { loaders }: HubContext): Promise<string[]> {
    return (await loaders.reportDetails.load(report.id))?.warnings ?? [];
  }

  @FieldResolver(() => [InvariantCheck], { description: 'Consistency checks run at ingest (funnels, totals against their parts)' })
  async checks(@Root() report: Report, @Ctx() { loaders }: HubContext): Promise<InvariantCheck[]> {
    return (await loaders.reportDetails.load(report.id))?.checks ?? [];
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

  @FieldResolver(() => [TopicHeadlines], { description: 'Headline figures by topic, for a one-page brief' })
  async headlines(
    @Root() report: Report,
    @Ctx() { queries, loaders }: HubContext,
    @Arg('perTopic', () => Int, { defaultValue: 3 }) perTopic: number,
  ): Promise<TopicHeadlines[]> {
    if (perTopic < 1 || perTopic > 50) throw new UserInputError('perTopic must be between 1 and 50', 'perTopic');
    const groups = headlines(await queries.allMetrics({ reportId: report.id }), perTopic);
    return Promise.all(groups.map(async (g) => ({ ...g, topic: g.topicId ? await loaders.topic.load(g.topicId) : null })));
  }

  @FieldResolver(() => [Document], { description: 'Documents the report cites (《…》)' })
  documents(@Root() report: Report, @Ctx() { loaders }: HubContext): Promise<Document[]> {
    return loaders.documentsOfReport.load(report.id);
  }
}
