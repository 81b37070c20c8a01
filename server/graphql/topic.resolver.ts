import { Ctx, Query, Resolver } from 'type-graphql';
import { Measure, Topic } from '../model/index.js';
import type { HubContext } from './context.js';

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => [Topic], { description: 'Subjects the figures are about' })
  topics(@Ctx() { queries }: HubContext): Promise<Topic[]> {
    return queries.topics();
  }

  @Query(() => [Measure], { description: 'What figures count: 收到, 受理, 审结 …' })
  measures(@Ctx() { queries }: HubContext): Promise<Measure[]> {
    return queries.measures();
  }
}
