import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { UserInputError } from '../errors.js';
import { IngestError } from '../ingest/errors.js';
import { reviewSuggestion } from '../ingest/label-review.js';
import { LabelSuggestion } from '../model/index.js';
import type { HubContext } from './context.js';

@Resolver(() => LabelSuggestion)
export class LabelSuggestionResolver {
  @Query(() => [LabelSuggestion], { description: 'Labels a model proposed at ingest (npm run ingest -- FILE --llm), waiting for a person (admin only: unreviewed model output)' })
  labelSuggestions(
    @Ctx() { queries, isAdmin }: HubContext,
    @Arg('reportId', () => ID, { nullable: true }) reportId?: string,
    @Arg('status', () => String, { nullable: true, description: 'PENDING, ACCEPTED or REJECTED' }) status?: string,
  ): Promise<LabelSuggestion[]> {
    if (!isAdmin) throw new GraphQLError('label suggestions need the admin token: send Authorization: Bearer <ADMIN_TOKEN>', { extensions: { code: 'FORBIDDEN' } });
    return queries.labelSuggestions({ reportId, status });
  }

  @Mutation(() => LabelSuggestion, { description: "Apply a model's label to its figure (admin only)" })
  acceptLabelSuggestion(@Ctx() context: HubContext, @Arg('id', () => ID) id: string): Promise<LabelSuggestion> {
    return this.review(context, id, true);
  }

  @Mutation(() => LabelSuggestion, { description: "Discard a model's label (admin only)" })
  rejectLabelSuggestion(@Ctx() context: HubContext, @Arg('id', () => ID) id: string): Promise<LabelSuggestion> {
    return this.review(context, id, false);
  }

  private async review({ isAdmin, orm }: HubContext, id: string, accept: boolean): Promise<LabelSuggestion> {
    if (!isAdmin) throw new GraphQLError('reviewing labels needs the admin token: send Authorization: Bearer <ADMIN_TOKEN>', { extensions: { code: 'FORBIDDEN' } });
    if (!/^\d{1,12}$/.test(id)) throw new UserInputError(`no label suggestion ${id}`, 'id');
    try {
      const reviewed = await reviewSuggestion(orm.em.fork(), Number(id), accept);
      return reviewed;
    } catch (error) {
      if (error instanceof IngestError) throw new UserInputError(error.message, 'id');
      throw error;
    }
  }
}
