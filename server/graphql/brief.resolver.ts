/**
 * Report.brief: what the one-page brief shows — key figures chosen by the documented rule
 * (server/query/headlines.ts), where each stands among the reports stating the same indicator,
 * the rates the figures imply (derived, with their formula), and the report's problems and
 * next steps. Report.regionShort / regionEn name the place as people say it (紫云, Ziyun).
 */
import { Ctx, Field, Float, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Metric, Report, Section, Topic } from '../model/index.js';
import { headlineRates, indicatorPlace, itemsOf, keyFigures } from '../query/headlines.js';
import { rateFormula } from '../query/rates.js';
import { regionNamed } from '../vocabulary/regions.js';
import type { HubContext } from './context.js';

@ObjectType({ description: 'Where a figure stands among the reports that state the same indicator (topic, measure, unit)' })
export class IndicatorPlace {
  @Field(() => Int, { description: '1 for the largest value; ties share a rank' })
  rank!: number;

  @Field(() => Int, { description: 'Reports stating the indicator, this one included' })
  of!: number;
}

@ObjectType({ description: 'A headline figure of the brief' })
export class KeyFigure {
  @Field(() => Metric)
  metric!: Metric;

  @Field(() => IndicatorPlace, { nullable: true, description: 'Null when no other report states the indicator' })
  place!: IndicatorPlace | null;
}

@ObjectType({ description: 'A rate the report does not state, computed from two of its figures' })
export class DerivedRateFigure {
  @Field(() => String, { description: 'e.g. acceptance-rate (seeds/lexicon/rates.json)' })
  key!: string;

  @Field(() => String, { description: '受理率' })
  name!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => Float, { description: '0–100, one decimal' })
  value!: number;

  @Field(() => Metric)
  numerator!: Metric;

  @Field(() => Metric)
  denominator!: Metric;

  @Field(() => String, { description: '受理率 = 受理 36件 ÷ 收到 39件 = 92.3%' })
  formula!: string;

  @Field(() => String)
  formulaEn!: string;

  @Field(() => Topic, { nullable: true })
  topic!: Topic | null;
}

@ObjectType({ description: 'The content of the one-page brief' })
export class ReportBrief {
  @Field(() => [KeyFigure], { description: '6–8 figures: the core funnels first (seeds/lexicon/brief.json)' })
  keyFigures!: KeyFigure[];

  @Field(() => [DerivedRateFigure], { description: 'Rates implied by the figures, for the topics of the key figures first' })
  rates!: DerivedRateFigure[];

  @Field(() => [Section], { description: 'The items under 存在的问题 (or the part itself when it has none)' })
  problems!: Section[];

  @Field(() => [Section], { description: 'The items under 下一步 (or the part itself when it has none)' })
  recommendations!: Section[];
}

@Resolver(() => Report)
export class BriefResolver {
  @FieldResolver(() => String, { description: 'The short form people use: 紫云' })
  regionShort(@Root() report: Report): string {
    return regionNamed(report.region).aliases.at(-1) ?? report.region;
  }

  @FieldResolver(() => String, { description: 'The place in English (pinyin): Ziyun' })
  regionEn(@Root() report: Report): string {
    return regionNamed(report.region).pinyin;
  }

  @FieldResolver(() => ReportBrief, { description: 'The one-page brief: key figures, derived rates, problems and next steps' })
  async brief(@Root() report: Report, @Ctx() { queries, loaders }: HubContext): Promise<ReportBrief> {
    const metrics = await queries.allMetrics({ reportId: report.id });
    const chosen = keyFigures(metrics);
    const keyFiguresWithPlaces = await Promise.all(chosen.map(async (metric) => {
      const same = await queries.metrics({ topic: metric.topicId, measure: metric.measureId, unit: metric.unit }, { first: 1000 });
      return { metric, place: indicatorPlace(metric, same.nodes) };
    }));
    const rates = headlineRates(metrics, chosen);
    const sections = await loaders.sectionsOfReport.load(report.id);
    return {
      keyFigures: keyFiguresWithPlaces,
      rates: await Promise.all(rates.map(async (r) => ({
        key: r.definition.key,
        name: r.definition.zh,
        nameEn: r.definition.en,
        value: r.value,
        numerator: r.numerator,
        denominator: r.denominator,
        formula: rateFormula(r, 'zh'),
        formulaEn: rateFormula(r, 'en'),
        topic: await loaders.topic.load(r.topicId),
      }))),
      problems: itemsOf(sections, 'PROBLEM'),
      recommendations: itemsOf(sections, 'RECOMMENDATION'),
    };
  }
}
