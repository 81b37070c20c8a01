export { Document } from './document.entity.js';
export { Measure } from './measure.entity.js';
export { Metric } from './metric.entity.js';
export { Report } from './report.entity.js';
export { Section } from './section.entity.js';
export { Topic } from './topic.entity.js';
export { UnansweredQuestion } from './unanswered-question.entity.js';
export { ConversationTurn } from './conversation-turn.entity.js';
export { DataVersion, DATA_VERSION_ROW } from './data-version.entity.js';
export { LabelSuggestion } from './label-suggestion.entity.js';
export { AnswerFeedback, FeedbackVote } from './answer-feedback.entity.js';
export * from './enums.js';
export { Span } from './span.type.js';
export { Names } from './names.type.js';
export { InvariantCheck } from './invariant-check.type.js';

import { Document } from './document.entity.js';
import { Measure } from './measure.entity.js';
import { Metric } from './metric.entity.js';
import { Report } from './report.entity.js';
import { Section } from './section.entity.js';
import { Topic } from './topic.entity.js';
import { UnansweredQuestion } from './unanswered-question.entity.js';
import { ConversationTurn } from './conversation-turn.entity.js';
import { DataVersion } from './data-version.entity.js';
import { LabelSuggestion } from './label-suggestion.entity.js';
import { AnswerFeedback } from './answer-feedback.entity.js';

export const ENTITIES = [Report, Section, Metric, Topic, Measure, Document, UnansweredQuestion, ConversationTurn, DataVersion, LabelSuggestion, AnswerFeedback];
