import { Field, ID, InputType } from 'type-graphql';
import type { AskScope as Scope } from '../ask/ask.service.js';

@InputType({ description: 'Where ask looks: one report, or (without it) every report the question names, else all' })
export class AskScopeInput implements Scope {
  @Field(() => ID, { nullable: true, description: 'Read the question within this report only' })
  reportId?: string;
}
