/** Enumerations shared by the database, the GraphQL API and ingest. */
import { registerEnumType } from 'type-graphql';

export enum Qualifier {
  EXACT = 'EXACT',
  /** 余 / 多 / 超过: the true figure is above the stated one. */
  MORE_THAN = 'MORE_THAN',
  /** 以上: the stated figure or more. */
  AT_LEAST = 'AT_LEAST',
  /** 约 / 左右. */
  APPROXIMATE = 'APPROXIMATE',
  /** 不足 / 近: below the stated figure. */
  LESS_THAN = 'LESS_THAN',
  /** 以下 / 以内. */
  AT_MOST = 'AT_MOST',
}

export enum SectionKind {
  /** 一、 */
  PART = 'PART',
  /** (一) */
  SECTION = 'SECTION',
  /** 一是 / 1. / (1) */
  ITEM = 'ITEM',
}

export enum SectionRole {
  /** What was done and achieved. */
  WORK = 'WORK',
  /** 存在的问题. */
  PROBLEM = 'PROBLEM',
  /** 下一步工作建议 / 计划. */
  RECOMMENDATION = 'RECOMMENDATION',
}

export enum LabelSource {
  /** A curated catalog written by reading the report. */
  CATALOG = 'CATALOG',
  /** Labelled automatically from the lexicon and the words around the number; see labelConfidence. */
  AUTO = 'AUTO',
  /** A model's suggestion, accepted by a person. */
  MODEL = 'MODEL',
}

export enum MeasureKind {
  COUNT = 'COUNT',
  RATE = 'RATE',
}

registerEnumType(Qualifier, { name: 'Qualifier', description: 'How the report qualifies a figure (余 = more than, 以上 = at least)' });
registerEnumType(SectionKind, { name: 'SectionKind', description: 'Level of a section in the report outline' });
registerEnumType(SectionRole, { name: 'SectionRole', description: 'What a part of the report is about' });
registerEnumType(LabelSource, { name: 'LabelSource', description: "Where a figure's meaning comes from" });
registerEnumType(MeasureKind, { name: 'MeasureKind', description: 'Whether a measure counts things or is a percentage' });
