/**
 * Segmentation throughput on generated 10 MB and 50 MB issues, against a bare split('\n') + trim()
 * pass over the same text, with peak memory. Printed, not asserted. Times are CPU time of this process
 * (user + system), so other load on the machine does not count against the code.
 * Aim: ≥ 30 MB/s, ≥ 0.2 of the bare pass, peak memory under 10× the file size.
 */
import { segmentText } from '../main/segment/segmentText';

const ARTICLE = [
  '系好假期“安全带”',
  '',
  '梨园小学生上寒假“第一课”',
  '',
  '本报讯(记者 田兆玉)寒假期间,如何让孩子们玩得开心又安全?近日,一堂别开生面的安全课在梨园镇云景东路小型消防站火热开讲。',
  '',
  '本次活动由区消防救援局、区教委法制安全科、梨园镇社区建设和民生保障办公室共同主办,梨园镇中心小学30余名学生参加。现场围绕寒假期间易发多发的安全风险,',
  '',
  '聚焦“火灾疏散逃生要领”“冰上安全”等主题,通过知识讲解,场景模拟、实操演练和互动体验等多种形式,全面提升了学生的安全意识和应急能力。',
  '',
  '工业总产值达1200亿',
  '',
  '“这比看多少遍宣传片都管用。”带队的老师由衷感慨,“孩子们亲手摸过灭火器,亲眼见过救援演示,这种体验会让他们终生难忘。”',
  '',
  '本报记者 曲经纬',
  '',
  '',
].join('\n');

/** A generated issue of about `mb` megabytes (UTF-8), made of the same article repeated. */
function generate(mb: number): string {
  const size = Buffer.byteLength(ARTICLE);
  return ARTICLE.repeat(Math.ceil((mb * 1024 * 1024) / size));
}

function bare(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) n += line.trim().length;
  return n;
}

/** CPU seconds spent in fn: wall time says more about a busy machine than about the code. */
function time(fn: () => unknown): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1e6;
}

/** Prints MB/s of segmentText and of the bare pass, their ratio, and peak RSS over the file size. */
export async function benchSegment(): Promise<void> {
  for (const mb of [10, 50]) {
    const text = generate(mb);
    const bytes = Buffer.byteLength(text) / (1024 * 1024);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const tBare = time(() => bare(text));
    let articles = 0;
    const tSeg = time(() => (articles = segmentText(text).articles.length));
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    await new Promise((r) => setTimeout(r, 0));
    const seg = bytes / tSeg;
    const bareRate = bytes / tBare;
    console.log(
      `segment ${bytes.toFixed(1)} MB: ${seg.toFixed(1)} MB/s (${articles} articles); bare split+trim ${bareRate.toFixed(1)} MB/s; ` +
        `ratio ${(seg / bareRate).toFixed(2)}; peak RSS +${((peak - rssBefore) / 1024 / 1024).toFixed(0)} MB ` +
        `(${((peak - rssBefore) / 1024 / 1024 / bytes).toFixed(1)}× the file)`,
    );
  }
}
