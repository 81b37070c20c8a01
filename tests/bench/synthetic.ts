/**
 * Made-up reports in the genre, for benchmarks only: the bundled report's text with another
 * (fictional) county, another year and every figure changed. Each title says it is synthetic.
 */
import { extractFigures } from '../../server/ingest/figures.js';
import { seededRandom } from '../support/random.js';

/** Report `i`: county 合成<i>县, year 2015 + i % 10, figures scaled by 0.5–1.5. */
export function syntheticReport(template: string, i: number): { text: string; region: string; year: number } {
  const random = seededRandom(i + 1);
  const region = `合成${String(i).padStart(4, '0')}县`;
  const year = 2015 + (i % 10);
  const lines = template.split('\n');
  const body = lines.slice(1).join('\n').replace(/紫云苗族布依族自治县|紫云自治县|紫云/g, region);
  // Change each figure's digits (not dates or years), from the end so offsets stay valid.
  let text = body;
  for (const figure of extractFigures(body).reverse()) {
    const digits = /^[\d.,]+/.exec(figure.text)?.[0];
    if (!digits || digits.includes('.')) continue;
    const value = Math.max(1, Math.round(Number(digits.replace(/,/g, '')) * (0.5 + random())));
    text = text.slice(0, figure.span.start) + value + text.slice(figure.span.start + digits.length);
  }
  return { text: `${region}${year}年度法治政府建设工作报告(合成数据,仅供基准测试)\n${text}`, region, year };
}
