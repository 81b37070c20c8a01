import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber } from '../../client/src/lib/format.js';
import { reasonSentence, translate } from '../../client/src/lib/i18n.js';

describe('formatFigure', () => {
  it('writes figures as the reports do in Chinese', () => {
    expect(formatFigure(22, '件', 'EXACT', 'zh')).toEqual({ prefix: '', number: '22', suffix: '件', text: '22件' });
    expect(formatFigure(80000, '份', 'MORE_THAN', 'zh').text).toBe('8万余份');
    expect(formatFigure(60, '学时', 'AT_LEAST', 'zh').text).toBe('60学时以上');
    expect(formatFigure(12521, '件', 'EXACT', 'zh').text).toBe('12521件');
    expect(formatFigure(92.3, '%', 'EXACT', 'zh').text).toBe('92.3%');
    expect(formatFigure(300, '人次', 'APPROXIMATE', 'zh').text).toBe('约300人次');
  });

  it('writes them in English with unit names', () => {
    expect(formatFigure(22, '件', 'EXACT', 'en')).toEqual({ prefix: '', number: '22', suffix: ' cases', text: '22 cases' });
    expect(formatFigure(80000, '份', 'MORE_THAN', 'en').text).toBe('more than 80,000 copies');
    expect(formatFigure(1, '件', null, 'en').text).toBe('1 case');
    expect(formatFigure(100, '%', 'EXACT', 'en').text).toBe('100%');
    expect(formatFigure(5, '个', 'EXACT', 'en').text).toBe('5 units');
  });

  it('names a unit written with its multiplier (the figure as a report writes it)', () => {
    expect(formatFigure(1093, '万元', 'EXACT', 'en').text).toBe('1,093 ten thousand yuan');
    expect(formatFigure(2.5, '亿美元', 'EXACT', 'en').text).toBe('2.5 hundred million US dollars');
    expect(formatFigure(2.5, '亿美元', 'EXACT', 'zh').text).toBe('2.5亿美元');
  });

  it('rounds to one decimal', () => {
    expect(formatNumber(56.41, 'zh')).toBe('56.4');
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6');
    expect(formatNumber(13000, 'zh')).toBe('1.3万');
  });
});

describe('interface words', () => {
  it('fills in placeholders', () => {
    expect(translate('zh', 'moreFigures', { n: 3 })).toBe('本领域另有 3 项数据，见报告原文。');
    expect(translate('en', 'moreFigures', { n: 3 })).toBe('3 more figures in this area; see the report.');
  });

  it('turns a reason code into a sentence in both languages', () => {
    expect(reasonSentence('NO_SUCH_PERIOD', 'zh')).toBe('数据库中没有这一年度的报告，因此不给出数字。');
    expect(reasonSentence('NO_SUCH_REGION', 'en')).toBe('The hub holds no report for that place, so no number is given.');
    expect(reasonSentence('SOMETHING_NEW', 'en')).toBe('SOMETHING_NEW');
    expect(reasonSentence(null, 'en')).toBeNull();
  });
});
