import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { detectScope } from '../../server/ask/scope.js';
import { regionNamed, regionsWith } from '../../server/vocabulary/regions.js';
import { englishPlaceNames, placePinyin } from '../../server/vocabulary/romanize.js';

describe('placePinyin', () => {
  it('reads a polyphonic place character as the place does, not as pinyin-pro does (浚县 is Xùn Xiàn)', () => {
    // The premise: the general converter gets this place wrong.
    expect(pinyin('浚县', { toneType: 'none' })).toBe('jun xian');
    expect(placePinyin('浚县')).toBe('Xunxian');
  });

  it.each([
    ['六安', "Lu'an"], ['蚌埠', 'Bengbu'], ['乐亭', 'Laoting'], ['乐清', 'Yueqing'], ['长子', 'Zhangzi'],
    ['长沙', 'Changsha'], ['长宁', 'Changning'], ['单县', 'Shanxian'], ['歙县', 'Shexian'], ['洪洞', 'Hongtong'],
    ['什邡', 'Shifang'], ['郫都', 'Pidu'], ['三都镇', 'Sanduzhen'], ['都匀', 'Duyun'], ['成都', 'Chengdu'], ['西藏', 'Xizang'],
  ])('%s → %s', (name, spelled) => {
    expect(placePinyin(name)).toBe(spelled);
  });

  it('reads places it has no entry for with pinyin-pro', () => {
    expect(placePinyin('郎溪')).toBe('Langxi');
    expect(placePinyin('蒸湘')).toBe('Zhengxiang');
  });

  it("separates a syllable starting with a vowel by an apostrophe (西安 Xi'an, not Xian)", () => {
    expect(placePinyin('西安')).toBe("Xi'an");
  });
});

describe('englishPlaceNames', () => {
  it.each([
    ['浚县', 'Xun County'], ['下蜀镇', 'Xiashu Town'], ['蒸湘区', 'Zhengxiang District'], ['汉中市', 'Hanzhong City'],
    ['公义镇', 'Gongyi Town'], ['六安市', "Lu'an City"], ['乐亭县', 'Laoting County'],
  ])('%s is %s', (name, english) => {
    expect(englishPlaceNames(name)).toContain(english);
  });

  it('names an autonomous county with and without "Autonomous", without its peoples', () => {
    expect(englishPlaceNames('紫云苗族布依族自治县')).toEqual(expect.arrayContaining(['Ziyun Autonomous County', 'Ziyun County']));
  });

  it('runs a one-character name together with its level, as maps write it (Xunxian)', () => {
    expect(englishPlaceNames('浚县')).toContain('Xunxian');
    expect(englishPlaceNames('下蜀镇')).not.toContain('Xiashuzhen');
  });

  it('accepts the name typed without the apostrophe', () => {
    expect(englishPlaceNames('六安市')).toContain('Luan City');
  });

  it.each([['街道', 'Subdistrict'], ['乡', 'Township'], ['自治州', 'Autonomous Prefecture']])('names the level %s %s', (level, english) => {
    expect(englishPlaceNames(`青山${level}`)[0]).toBe(`Qingshan ${english}`);
  });
});

describe('regions not in the region list', () => {
  it('give a town its short form and its pinyin without the level (下蜀镇 → 下蜀, Xiashu)', () => {
    expect(regionNamed('下蜀镇')).toMatchObject({ aliases: ['下蜀'], pinyin: 'Xiashu' });
  });

  it('spell 浚县 with its own reading', () => {
    expect(regionNamed('浚县').pinyin).toBe('Xunxian');
  });
});

describe('a question names a place by its English name', () => {
  const places = regionsWith(['浚县', '下蜀镇', '蒸湘区', '紫云苗族布依族自治县']);
  const scope = (q: string) => detectScope(q.toLowerCase(), new Set(), () => false, places);

  it.each([
    ['How many times did Xun County study law?', '浚县'],
    ['How many legal advisers did Xiashu Town hire?', '下蜀镇'],
    ["What was Zhengxiang District's pass rate?", '蒸湘区'],
    ['Xunxian service items', '浚县'],
    ['How many cases did Ziyun Autonomous County accept?', '紫云苗族布依族自治县'],
  ])('%s → %s', (q, name) => {
    const found = scope(q);
    expect(found.regions.map((r) => r.name)).toEqual([name]);
    expect(found.unknownPlaces).toEqual([]);
  });

  it("means the held place by a short name it shares with a listed division (三都 of 三都镇, not 三都水族自治县)", () => {
    const held = regionsWith(['三都镇', '紫云苗族布依族自治县']);
    const found = detectScope('三都的法律顾问有多少名', new Set(), () => false, held);
    expect(found.regions.map((r) => r.name)).toEqual(['三都镇']);
    expect(detectScope('how many legal advisers does sandu town have?', new Set(), () => false, held).regions.map((r) => r.name)).toEqual(['三都镇']);
  });

  it('takes the misreading Jun County for a place the hub does not hold', () => {
    expect(scope('How many service items does Jun County have?')).toMatchObject({ regions: [], unknownPlaces: ['jun county'] });
  });

  it('takes a pinyin word nobody knows for a place the hub does not hold, with no County after it (Bengbu)', () => {
    expect(scope('How many procuratorial suggestions did Bengbu issue?').unknownPlaces).toEqual(['bengbu']);
    // English words, even ones made of pinyin syllables, are not places: the dictionary knows them.
    expect(scope('How many lawyers were hired for the banana sellers?').unknownPlaces).toEqual([]);
  });

  it('takes an unknown town for a place the hub does not hold', () => {
    expect(scope('How many legal advisers did Qingshan Town hire?').unknownPlaces).toContain('qingshan town');
  });
});
