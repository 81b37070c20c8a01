import { describe, expect, it } from 'vitest';
import { detectScope } from '../../server/ask/scope.js';
import { liesIn, splitPlaceChain } from '../../server/vocabulary/divisions.js';
import { regionNamed, regionsWith } from '../../server/vocabulary/regions.js';

describe('a place named with the areas it lies in', () => {
  it.each([
    ['杭州市余杭区', '余杭区', ['杭州市']],
    ['湖北省黄石市西塞山区', '西塞山区', ['湖北省', '黄石市']],
    ['北京市顺义区', '顺义区', ['北京市']],
    ['成都市郫都区唐昌镇', '唐昌镇', ['成都市', '郫都区']],
    // A county of one character and its level, where the divisions list it.
    ['河南省郏县', '郏县', ['河南省']],
    ['鹤壁市浚县', '浚县', ['鹤壁市']],
  ])('%s is %s, in %j', (name, local, areas) => {
    expect(splitPlaceChain(name)).toEqual({ local, areas });
  });

  it('keeps a name whole when what is in front is no province or city (沙市区, 市中区), or the name is only a city', () => {
    for (const name of ['沙市区', '市中区', '杭州市', '浚县']) expect(splitPlaceChain(name)).toEqual({ local: name, areas: [] });
  });

  it('is asked about by its own short names and romanization, and lies in the areas its name gives', () => {
    const region = regionNamed('杭州市余杭区');
    expect(region.aliases).toEqual(['余杭区', '余杭']);
    expect(region.pinyin).toBe('Yuhang');
    expect(region.parent).toBe('杭州市');
    expect(liesIn('杭州市余杭区', '浙江')).toBe(true);
    const places = regionsWith(['杭州市余杭区']);
    for (const q of ['余杭区2024年行政复议收案多少件', '余杭收了多少件复议', 'How many cases did Yuhang District receive?']) {
      expect(detectScope(q.toLowerCase(), new Set(), () => false, places).regions.map((r) => r.name), q).toEqual(['杭州市余杭区']);
    }
  });
});

describe('a development zone', () => {
  it('goes by its short names and its English name, not by the bare city, and lies in its city', () => {
    const zone = regionNamed('大连经济技术开发区');
    expect(zone.aliases).toEqual(['大连经开区', '大连开发区']);
    expect(zone.pinyin).toBe('Dalian Development Zone');
    expect(zone.parent).toBe('大连市');
    const places = regionsWith(['大连经济技术开发区']);
    for (const q of ['大连经开区行政复议收了多少件', 'how many cases did the dalian economic and technological development zone conclude?', 'dalian development zone legal aid cases']) {
      expect(detectScope(q, new Set(), () => false, places).regions.map((r) => r.name), q).toEqual(['大连经济技术开发区']);
    }
    expect(regionNamed('成都高新技术产业开发区').aliases).toContain('成都高新区');
  });
});
