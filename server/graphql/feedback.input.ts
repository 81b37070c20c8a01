import { Field, Float, InputType } from 'type-graphql';
import { AnswerStatus } from '../ask/answer.type.js';
import { FeedbackVote } from '../model/index.js';

@InputType({ description: "A reader's vote on one answer, with what the answer said (so the vote still means something after the data changes)" })
export class AnswerFeedbackInput {
  @Field(() => String, { description: 'The question as asked (at most 500 characters)' })
  question!: string;

  @Field(() => AnswerStatus)
  status!: AnswerStatus;

  @Field(() => Float, { nullable: true, description: 'The number the answer gave, if any' })
  value?: number | null;

  @Field(() => String, { description: 'The answer’s interpretation (at most 2,000 characters)' })
  interpretation!: string;

  @Field(() => FeedbackVote)
  vote!: FeedbackVote;

  @Field(() => String, { nullable: true, description: 'What was wrong or right, in the reader’s words (at most 1,000 characters)' })
  comment?: string | null;

  @Field(() => String, { nullable: true, description: 'The conversation the answer was given in (a UUID v4)' })
  conversationId?: string | null;

  @Field(() => String, { nullable: true, description: 'zh or en: the answer’s language (zh when absent)' })
  language?: string | null;
}
