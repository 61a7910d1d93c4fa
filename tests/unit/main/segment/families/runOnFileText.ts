/**
 * Synthetic text for tests of files that run their kickers on into the headline's line: two short
 * stories showing the habit, a feature's head, and paragraphs long enough for the join scorer to be
 * asked (CUT_MODEL_MIN_CHARS). Every line apart by a blank line.
 */

/** A short story under `title`, its lead a dateline (`本报讯`). */
export const story = (title: string, n: number): string =>
  `${title}\n\n本报讯（记者 王明）第${n}条消息的正文写在这里，说明事情的经过。\n\n后来的情况也写在这里，事情办得很顺利。\n\n`;

/** `n` finished paragraphs of a feature, numbered from `from`. */
export const paragraphs = (from: number, n: number): string =>
  Array.from(
    { length: n },
    (_, i) => `第${from + i}段写新区这一年的变化，工厂的订单比去年增长了不少，工人们说日子越过越有奔头。\n\n`,
  ).join('');

/** Two stories whose kickers run on into their headlines: the file's habit. */
export const RUN_ON =
  story('一座新城从规划图上站起来——新区建设跑出加速度', 1) +
  story('一条老街找回了往日的烟火——老街坊回来了', 2);

/** A feature's headline and byline. */
export const FEATURE_HEAD = '春天里的新区\n\n本报记者 李华\n\n';
