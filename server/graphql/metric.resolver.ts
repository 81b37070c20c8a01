import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Measure, Metric, Report, Section, Topic } from '../model/index.js';
import type { HubContext } from './context.js';
import { MetricConnection } from './connection.type.js';
import { MetricFilter } from './metric-filter.input.js';

@Resolver(() => Metric)
export class MetricResolver {
  @Query(() => MetricConnection, { description: 'Figures, in report order, a page at a time (page with `after: pageInfo.endCursor`)' })
  async metrics(
    @Ctx() { queries }: HubContext,
    @Arg('filter', () => MetricFilter, { nullable: true }) filter?: MetricFilter,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 20, at most 1000' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<MetricConnection> {
    const page = await queries.metrics(filter ?? {}, { first, after });
    return {
      totalCount: page.totalCount,
      nodes: page.nodes,
      edges: page.nodes.map((node, i) => ({ node, cursor: page.cursors[i] })),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.cursors[0] ?? null,
        endCursor: page.cursors.at(-1) ?? null,
      },
    };
  }

  @Query(() => Metric, { nullable: true })
  metric(@Ctx() { loaders }: HubContext, @Arg('id', () => ID) id: string): Promise<Metric | null> {
    return loaders.metric.load(id);
  }

  @FieldResolver(() => Report)
  async report(@Root() metric: Metric, @Ctx() { loaders }: HubContext): Promise<Report> {
    return (await loaders.report.load(metric.reportId))!;
  }

  @FieldResolver(() => Section, { nullable: true, description: 'The innermost section the figure stands in' })
  section(@Root() metric: Metric, @Ctx() { loaders }: HubContext): Promise<Section | null> | null {
    return metric.sectionId ? loaders.section.load(metric.sectionId) : null;
  }

  @FieldResolver(() => Topic, { nullable: true, description: 'Null while no catalog names the figure' })
  topic(@Root() metric: Metric, @Ctx() { loaders }: HubContext): Promise<Topic | null> | null {
    return metric.topicId ? loaders.topic.load(metric.topicId) : null;
  }

  @FieldResolver(() => Measure, { nullable: true })
  measure(@Root() metric: Metric, @Ctx() { loaders }: HubContext): Promise<Measure | null> | null {
    return metric.measureId ? loaders.measure.load(metric.measureId) : null;
  }

  @FieldResolver(() => Metric, { nullable: true, description: 'The stated total this figure is a part of' })
  partOf(@Root() metric: Metric, @Ctx() { loaders }: HubContext): Promise<Metric | null> | null {
    return metric.partOfId ? loaders.metric.load(metric.partOfId) : null;
  }

  @FieldResolver(() => [Metric], { description: 'The parts the report gives of this total (committees by type)' })
  parts(@Root() metric: Metric, @Ctx() { loaders }: HubContext): Promise<Metric[]> {
    return loaders.parts.load(metric.id);
  }
}
