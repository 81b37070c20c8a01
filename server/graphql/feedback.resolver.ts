/**
 * Per-answer tools on the API: the follow-up questions of an answer (computed only when asked for)
 * and 👍/👎 feedback, stored in the database and listed to an admin beside the unanswered questions.
 */
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Answer, AnswerStatus, AnswerTranslation, Candidate, CandidateTranslation } from '../ask/answer.type.js';
import { MAX_QUESTION_LENGTH } from '../ask/ask.service.js';
import { checkConversationId, conversationOwner } from '../ask/conversation.js';
import { UserInputError } from '../errors.js';
import { AnswerFeedback, FeedbackVote } from '../model/index.js';
import { PageInfo } from './connection.type.js';
import type { HubContext } from './context.js';
import { AnswerFeedbackInput } from './feedback.input.js';

export const MAX_INTERPRETATION_LENGTH = 2000;
export const MAX_COMMENT_LENGTH = 1000;

@ObjectType({ description: 'A page of votes on answers, newest first' })
export class AnswerFeedbackConnection {
  @Field(() => Int, { description: 'How many votes are kept, over all pages' })
  totalCount!: number;

  @Field(() => [AnswerFeedback])
  nodes!: AnswerFeedback[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

/** Nothing a person could read: spaces, controls and invisible format characters. */
const BLANK = /^[\p{White_Space}\p{Cc}\p{Cf}\u200B]*$/u;
const encodeCursor = (id: number) => Buffer.from(`feedback:${id}`, 'utf8').toString('base64url');
function decodeCursor(cursor: string): number {
  const match = /^feedback:(\d{1,12})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new UserInputError('`after` is not a cursor returned by answerFeedback; pass its pageInfo.endCursor', 'after');
  return Number(match[1]);
}

/** The input as it will be stored, or BAD_USER_INPUT naming the field that is wrong. */
export function checkFeedback(input: AnswerFeedbackInput): Omit<AnswerFeedback, 'id' | 'client' | 'createdAt'> {
  const text = (value: unknown, field: string, max: number, required: boolean): string | null => {
    if (value == null || (typeof value === 'string' && BLANK.test(value))) {
      if (required) throw new UserInputError(`${field} is empty; send the ${field} of the answer voted on`, field);
      return null;
    }
    if (typeof value !== 'string') throw new UserInputError(`${field} must be a string`, field);
    if (value.length > max) throw new UserInputError(`${field} has ${value.length} characters; the limit is ${max}`, field);
    return value.trim();
  };
  if (!Object.values(FeedbackVote).includes(input.vote)) throw new UserInputError('vote must be UP or DOWN', 'vote');
  if (!Object.values(AnswerStatus).includes(input.status)) throw new UserInputError('status must be ANSWERED, CLARIFY or UNANSWERABLE', 'status');
  if (input.value != null && !Number.isFinite(input.value)) throw new UserInputError('value must be a finite number or null', 'value');
  const language = input.language ?? 'zh';
  if (language !== 'zh' && language !== 'en') throw new UserInputError('language must be zh or en', 'language');
  return {
    question: text(input.question, 'question', MAX_QUESTION_LENGTH, true)!,
    status: input.status,
    value: input.value ?? null,
    interpretation: text(input.interpretation, 'interpretation', MAX_INTERPRETATION_LENGTH, true)!,
    vote: input.vote,
    comment: text(input.comment, 'comment', MAX_COMMENT_LENGTH, false),
    conversationId: input.conversationId == null ? null : checkConversationId(input.conversationId),
    language,
  };
}

@Resolver(() => Answer)
export class AnswerToolsResolver {
  @FieldResolver(() => [String], {
    description: "2–4 questions to ask next, in the answer's language, built from the figures the hub holds (the next stage of the funnel, a share, the same figure in another report, a ranking, the topic's overview); each is checked to be answered before it is offered. Empty for CLARIFY",
  })
  followUps(@Root() answer: Answer, @Ctx() { ask, queries }: HubContext): Promise<string[]> {
    return ask.followUps(answer, queries);
  }

  @FieldResolver(() => AnswerTranslation, {
    nullable: true,
    description: "The reply, interpretation, derivation and notes in the other language (zh ↔ en), rendered from the same result: an earlier answer reads in the interface's language once it changes",
  })
  translation(@Root() answer: Answer, @Ctx() { ask }: HubContext): AnswerTranslation | null {
    return ask.translation(answer);
  }

  @Mutation(() => AnswerFeedback, { description: 'Keep a 👍 or 👎 on an answer (counted by the rate limit like any mutation)' })
  answerFeedback(@Ctx() { queries, client }: HubContext, @Arg('input', () => AnswerFeedbackInput) input: AnswerFeedbackInput): Promise<AnswerFeedback> {
    const checked = checkFeedback(input);
    return queries.recordFeedback({ ...checked, client: conversationOwner(client), createdAt: new Date() });
  }

  @Query(() => AnswerFeedbackConnection, { name: 'answerFeedback', description: 'Votes on answers, newest first (admin only: Authorization: Bearer ADMIN_TOKEN)' })
  async feedbackList(
    @Ctx() { queries, isAdmin }: HubContext,
    @Arg('first', () => Int, { defaultValue: 50, description: '1–1000' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'pageInfo.endCursor of the page before' }) after?: string | null,
  ): Promise<AnswerFeedbackConnection> {
    if (!isAdmin) throw new GraphQLError('this query needs the admin token: send Authorization: Bearer <ADMIN_TOKEN>', { extensions: { code: 'FORBIDDEN' } });
    if (!Number.isInteger(first) || first < 1 || first > 1000) throw new UserInputError('first must be between 1 and 1000', 'first');
    const page = await queries.feedback(first, after ? decodeCursor(after) : undefined);
    const last = page.nodes.at(-1);
    return {
      totalCount: page.totalCount,
      nodes: page.nodes,
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: !!after, startCursor: page.nodes[0] ? encodeCursor(page.nodes[0].id) : null, endCursor: last ? encodeCursor(last.id) : null },
    };
  }
}

@Resolver(() => Candidate)
export class CandidateToolsResolver {
  @FieldResolver(() => CandidateTranslation, { nullable: true, description: "The reading's label and interpretation in the other language (zh ↔ en)" })
  translation(@Root() candidate: Candidate, @Ctx() { ask }: HubContext): CandidateTranslation | null {
    return ask.candidateTranslation(candidate);
  }
}
