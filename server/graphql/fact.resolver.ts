/** What a citation of a fact needs beside its quote: the report's title and the section's heading. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Fact } from '../ask/answer.type.js';
import { regionNamed } from '../vocabulary/regions.js';
import type { HubContext } from './context.js';

@Resolver(() => Fact)
export class FactResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The title of the report the fact is from, for citing it' })
  async reportTitle(@Root() fact: Fact, @Ctx() { loaders }: HubContext): Promise<string | null> {
    return (await loaders.report.load(fact.reportId))?.title ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The heading of the section the fact stands in, for citing it' })
  async sectionHeading(@Root() fact: Fact, @Ctx() { loaders }: HubContext): Promise<string | null> {
    if (!fact.sectionId) return null;
    return (await loaders.section.load(fact.sectionId))?.heading ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The figure\'s label in English, whatever the question\'s language; null for a fact that is not a stored figure' })
  async labelEn(@Root() fact: Fact, @Ctx() { loaders }: HubContext): Promise<string | null> {
    if (!fact.metricId) return null;
    return (await loaders.metric.load(fact.metricId))?.labelEn ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The figure\'s label in Chinese, whatever the question\'s language; null for a fact that is not a stored figure' })
  async labelZh(@Root() fact: Fact, @Ctx() { loaders }: HubContext): Promise<string | null> {
    if (!fact.metricId) return null;
    return (await loaders.metric.load(fact.metricId))?.label ?? null;
  }

  @FieldResolver(() => String, { description: 'The place in English (pinyin): Ziyun' })
  regionEn(@Root() fact: Fact): string {
    return regionNamed(fact.region).pinyin;
  }
}
