import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanGloss, compile } from '../../server/vocabulary/build-dictionary.js';
import { CEDICT_FILE, chineseFor, chineseForPhrase, derivedBases, englishOf, isVerb, knowsWord, longestKnownWord, morphemesFor, unloadDictionary, warmDictionaryInSteps } from '../../server/vocabulary/dictionary.js';

const CJK = /[\u3400-\u9fff]/;

describe('building the compact CC-CEDICT', () => {
  it('cleans glosses: no pinyin, no remarks, no "to", no cross-references or classifiers', () => {
    expect(cleanGloss('to review (a case)')).toBe('review');
    expect(cleanGloss('variant of 審查|审查[shen3 cha2]')).toBe('');
    expect(cleanGloss('old variant of 處|处[chu4]')).toBe('');
    expect(cleanGloss('CL:個|个[ge4]')).toBe('');
    expect(cleanGloss('classifier for places')).toBe('');
    expect(cleanGloss('surname Chu')).toBe('');
    expect(cleanGloss('see 調解|调解[tiao2 jie3]')).toBe('');
    expect(cleanGloss('used in 處理|处理[chu3 li3]')).toBe('');
    expect(cleanGloss('(Tw) government contract')).toBe('government contract');
    // A name explained after a comma keeps the name, however long the explanation.
    expect(cleanGloss("people's congress, a legislative body within the PRC's system of government at any of various levels")).toBe("people's congress");
  });

  it('keeps the later meanings of a single character, the pieces of compounds (点: … point)', () => {
    expect(englishOf('人大')[0]).toBe("people's congress");
    expect(englishOf('点')).toContain('point');
    expect(englishOf('省')).toContain('province');
  });

  it('puts ordinary readings before names, and merges readings of one headword', () => {
    const dict = compile(
      [
        '# header',
        '處 处 [Chu3] /surname Chu/Chu state/',
        '處 处 [chu4] /place/location/classifier for locations or items of damage/',
        '審查 审查 [shen3 cha2] /to examine/to investigate/',
        'AA制 AA制 [A A zhi4] /to split the bill/',
      ].join('\n'),
    );
    expect(dict.get('处')).toEqual({ glosses: ['place', 'location', 'Chu state'], verb: false, canBeVerb: false });
    expect(dict.get('审查')).toEqual({ glosses: ['examine', 'investigate'], verb: true, canBeVerb: true });
    expect(dict.has('AA制')).toBe(false);
  });

  it('ships the built file with its licence in its first lines', () => {
    const head = readFileSync(CEDICT_FILE, 'utf8').slice(0, 600);
    expect(head).toMatch(/CC BY-SA 4\.0/);
    expect(head).toMatch(/MDBG/);
  });
});

describe('englishOf', () => {
  it('gives the domain glossary first, then CC-CEDICT', () => {
    expect(englishOf('检察建议')[0]).toBe('procuratorial suggestion');
    expect(englishOf('建议')[0]).toBe('suggestion');
    expect(englishOf('建议')).toContain('recommendation');
    expect(englishOf('合同')[0]).toBe('contract');
  });

  it('names the lexicon topics and units in English, without Chinese', () => {
    expect(englishOf('行政复议')[0]).toMatch(/administrative reconsideration/i);
    expect(englishOf('法律明白人').every((g) => !CJK.test(g))).toBe(true);
    expect(englishOf('件')).toContain('cases');
  });

  it('knows which words are actions, from CC-CEDICT\'s "to …" and the glossary\'s', () => {
    expect(isVerb('审查')).toBe(true);
    expect(isVerb('制发')).toBe(true);
    expect(isVerb('合同')).toBe(false);
    expect(isVerb('检察建议')).toBe(false);
  });

  it('knows nothing of a non-word', () => {
    expect(englishOf('郎溪县县县')).toEqual([]);
    expect(knowsWord('审查')).toBe(true);
    expect(knowsWord('审查备')).toBe(false);
  });

  it('finds the longest known word at a position', () => {
    expect(longestKnownWord('审查备案政府合同', 0)).toBe('审查');
    expect(longestKnownWord('审查备案政府合同', 4)).toBe('政府合同');
    expect(longestKnownWord('检察建议书', 0)).toMatch(/^检察建议/);
  });

  it('never returns pinyin, Chinese, classifiers or cross-references for common words', () => {
    for (const word of ['处', '个', '件', '家', '次', '场', '调解', '审查', '办理', '发布', '纠纷', '律师', '培训']) {
      for (const gloss of englishOf(word)) {
        expect(gloss, `${word}: ${gloss}`).not.toMatch(/[\u3400-\u9fff]|\[|classifier|variant of|^to /i);
      }
    }
  });
});

describe('chineseFor (the reverse index)', () => {
  it('translates an English word, whatever its form, to Chinese words best first', () => {
    expect(chineseFor('suggestions').slice(0, 3)).toContain('建议');
    expect(chineseFor('suggestion')).toEqual(chineseFor('suggestions'));
    expect(chineseFor('mediation')[0]).toBe('调解');
    expect(chineseFor('lawyer')).toContain('律师');
    expect(chineseFor('notarization')[0]).toBe('公证');
  });

  it('finds a phrase before the words of its parts', () => {
    expect(chineseFor('government contracts')[0]).toBe('政府合同');
    expect(chineseFor('procuratorial suggestion')[0]).toBe('检察建议');
    expect(chineseFor('the')).toEqual([]);
  });

  it('translates a phrase as a whole, however far down its words\' own lists the translation is', () => {
    // 欠薪 is no best translation of "back" alone, but the one both words reach.
    expect(chineseForPhrase('back pay')).toContain('欠薪');
    expect(chineseForPhrase('back pay')).not.toContain('后背');
    expect(chineseForPhrase('pay')).toEqual([]);
  });

  it('gives the short words of a word, one and two characters alike, however far down its list', () => {
    // Most of a common word's words are never decoded (longer by their bytes): the short ones all stay.
    const pieces = morphemesFor('point');
    expect(pieces).toEqual(expect.arrayContaining(['点', '尖', '关键', '交点']));
    expect(pieces.every((w) => w.length <= 2)).toBe(true);
    expect(pieces.length).toBeGreaterThan(20);
    expect(new Set(pieces).size).toBe(pieces.length);
    expect(morphemesFor('contact point')).toEqual([]);
  });
});

describe('warmDictionaryInSteps (the warm-up after start)', () => {
  it('builds the same index as a build in one go, with the event loop free between its steps', async () => {
    const words = ['suggestions', 'government contracts', 'mediation', 'review'];
    const whole = words.map(chineseFor);
    unloadDictionary();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      await warmDictionaryInSteps();
    } finally {
      clearInterval(timer);
    }
    // Timers ran while it built: no one block held the event loop for the whole build.
    expect(ticks).toBeGreaterThan(1);
    expect(words.map(chineseFor)).toEqual(whole);
  });

  it('is finished by a question that needs the index before the warm-up is done', async () => {
    const expected = chineseFor('lawyer');
    unloadDictionary();
    const warming = warmDictionaryInSteps();
    expect(chineseFor('lawyer')).toEqual(expected);
    await warming;
    expect(chineseFor('lawyer')).toEqual(expected);
  });
});

describe('English forms the glosses do not write (issue 13)', () => {
  it('a glossary term with several English names labels with the first and is found by each', () => {
    expect(englishOf('宣讲')[0]).toBe('publicity talk');
    expect(englishOf('研究')[0]).toBe('research');
    expect(chineseFor('lecture')).toContain('宣讲');
    expect(chineseFor('discussed')).toContain('研究');
    expect(chineseFor('no longer valid')[0]).toBe('失效');
    // A name written "to …" still marks the term as an action.
    expect(isVerb('宣讲')).toBe(true);
    // The genre's words for people and events that CC-CEDICT glosses otherwise.
    expect(chineseFor('trainees').slice(0, 3)).toContain('学员');
    expect(chineseFor('touring lectures')[0]).toBe('巡讲');
    expect(chineseFor('seminars')).toContain('研讨');
  });

  it('an agent noun the glosses hardly know is looked up by its verb, after its own words', () => {
    expect(derivedBases('trainee')).toEqual(['train']);
    expect(derivedBases('attendees')).toEqual(['attend']);
    expect(derivedBases('runners', (stem) => stem === 'run')).toEqual(['run']);
    expect(derivedBases('court')).toEqual([]);
    const trainees = chineseFor('trainees');
    expect(trainees.indexOf('见习生')).toBeLessThan(trainees.indexOf('培训'));
    // Common words with many postings of their own are never taken apart.
    expect(chineseFor('lawyers')).toEqual(chineseFor('lawyer'));
  });
});
