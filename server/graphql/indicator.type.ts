import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Qualifier, Report, Span } from '../model/index.js';

@ObjectType({ description: 'Figures of different reports that measure the same thing: one topic and measure, in units of one kind' })
export class Indicator {
  @Field(() => ID, { description: 'topic.measure:unit, e.g. legal-aid.accepted:件' })
  id!: string;

  @Field(() => String)
  labelZh!: string;

  @Field(() => String)
  labelEn!: string;

  @Field(() => String, { description: 'Topic key' })
  topicId!: string;

  @Field(() => String, { description: 'Measure key' })
  measureId!: string;

  @Field(() => String, { description: 'The unit (of a family: 人 stands for 人, 名, 位)' })
  unit!: string;

  @Field(() => Int, { description: 'How many reports state it' })
  reportCount!: number;

  @Field(() => Int)
  figureCount!: number;
}

@ObjectType({ description: "One report's figure for an indicator, with its source" })
export class IndicatorValue {
  @Field(() => ID)
  metricId!: string;

  @Field(() => Report)
  report!: Report;

  @Field(() => Float)
  value!: number;

  @Field(() => String)
  unit!: string;

  @Field(() => Qualifier)
  qualifier!: Qualifier;

  @Field(() => Span, { description: 'The figure in the report text' })
  span!: Span;
}

@ObjectType({ description: 'An indicator across the reports of a scope' })
export class IndicatorAcross {
  @Field(() => Indicator)
  indicator!: Indicator;

  @Field(() => [IndicatorValue], { description: 'Every figure stating it, in report order' })
  values!: IndicatorValue[];

  @Field(() => [Report], { description: 'Reports in scope that do not state it (not stated is not zero; an excerpt may lack it)' })
  notStated!: Report[];
}
