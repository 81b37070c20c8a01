import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Metric } from '../model/index.js';
import type { HubContext } from './context.js';
import { Indicator, IndicatorAcross, IndicatorValue } from './indicator.type.js';

@Resolver(() => IndicatorValue)
export class IndicatorResolver {
  @Query(() => [Indicator], { description: 'Figures comparable across reports, the most widely stated first; optionally of one topic, or stated in a scope' })
  indicators(
    @Ctx() { queries }: HubContext,
    @Arg('topic', () => String, { nullable: true, description: 'Topic key, Chinese or English name' }) topic?: string,
    @Arg('region', () => String, { nullable: true, description: 'A county, city or province, any short form' }) region?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ): Promise<Indicator[]> {
    return queries.indicators({ topic, region, year });
  }

  @Query(() => IndicatorAcross, { nullable: true, description: "One indicator's figures across reports: by region (any level), year or report" })
  async indicator(
    @Ctx() { queries }: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('region', () => String, { nullable: true }) region?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
    @Arg('reportId', () => ID, { nullable: true }) reportId?: string,
  ): Promise<IndicatorAcross | null> {
    const indicator = await queries.indicator(id);
    if (!indicator) return null;
    return { indicator, ...(await queries.indicatorAcross(id, { region, year, reportId })) };
  }

  @FieldResolver(() => Metric, { nullable: true, description: 'The figure itself: label, quote, section' })
  async metric(@Root() value: IndicatorValue, @Ctx() { loaders }: HubContext): Promise<Metric | null> {
    return loaders.metric.load(value.metricId);
  }
}
