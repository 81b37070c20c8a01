import { GraphQLError } from 'graphql';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Answer } from '../ask/answer.type.js';
import { checkConversationId, conversationOwner } from '../ask/conversation.js';
import { UnansweredQuestion } from '../model/index.js';
import { AskScopeInput } from './ask-scope.input.js';
import type { HubContext } from './context.js';

@Resolver()
export class AskResolver {
  @Query(() => Answer, { description: 'A question in Chinese or English, answered from the reports with its sources and the query that ran' })
  ask(
    @Ctx() { ask, queries, client }: HubContext,
    @Arg('question', () => String) question: string,
    @Arg('conversationId', () => String, { nullable: true, description: 'A UUID v4 the client makes for a conversation (crypto.randomUUID()): follow-ups such as 那行政诉讼呢? are read with the question before them. A conversation belongs to the client that made it (its X-Hub-Client header, else its address)' })
    conversationId?: string | null,
    @Arg('scope', () => AskScopeInput, { nullable: true, description: 'Read the question within one report (reportId); without it, the reports the question names, else all' })
    scope?: AskScopeInput,
  ): Promise<Answer> {
    const conversation = conversationId == null ? undefined : { id: checkConversationId(conversationId), owner: conversationOwner(client) };
    return ask.ask(question, queries, conversation, scope);
  }

  @Query(() => [UnansweredQuestion], { description: 'Questions the hub could not answer, newest first (admin only: Authorization: Bearer ADMIN_TOKEN)' })
  unansweredQuestions(
    @Ctx() { queries, isAdmin }: HubContext,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
  ): Promise<UnansweredQuestion[]> {
    if (!isAdmin) {
      throw new GraphQLError('this query needs the admin token: send Authorization: Bearer <ADMIN_TOKEN>', { extensions: { code: 'FORBIDDEN' } });
    }
    return queries.unanswered(Math.min(Math.max(first, 1), 1000));
  }
}
