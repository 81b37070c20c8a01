import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "Character offsets (UTF-16 code units, as JavaScript's String.slice) into the report text" })
export class Span {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

export const span = (start: number, end: number): Span => ({ start, end });
