import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Other names for a thing, in Chinese and in English' })
export class Names {
  @Field(() => [String])
  zh!: string[];

  @Field(() => [String])
  en!: string[];
}
