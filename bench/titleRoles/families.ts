/**
 * Counts the families of title misses in a `segmentAccuracy.ts --json` output, per layout: the same
 * lines given other roles (a headline and its deck read as kicker and headline, or the reverse), a
 * deck missed or a text line taken as one, lines cut otherwise (a kicker run on into the headline's
 * line). Read train outputs only (the figures of dev, never its texts).
 *
 *   node --import tsx bench/segmentAccuracy.ts --split train --json > /tmp/train.json
 *   node --import tsx bench/titleRoles/families.ts /tmp/train.json [--show FAMILY] [--layout NAME]
 */
import { readFileSync } from 'node:fs';

const MISS = /^titles differ: gold \[k:(.*?) \| h:(.*?) \| d:(.*?)\] got \[k:(.*?) \| h:(.*?) \| d:(.*?)\]$/u;
const squash = (s: string) => (s === '∅' ? '' : s.replace(/\s+/gu, ''));
const decks = (s: string) => (s === '∅' ? [] : s.split(' / ').map(squash));

/** The family of one miss, from the gold's and the output's kicker, headline and decks. */
export function family(gold: [string, string, string[]], got: [string, string, string[]]): string {
  const [gk, gh, gd] = gold;
  const [pk, ph, pd] = got;
  const g = [gk, gh, ...gd].filter(Boolean);
  const p = [pk, ph, ...pd].filter(Boolean);
  if (g.join('') !== p.join('')) {
    if (gk === pk && gh === ph && pd.length > gd.length) return 'deck invented (a text line taken)';
    if (gk === pk && gh === ph && pd.length < gd.length) return 'deck missed';
    return 'lines added or missing';
  }
  if (g.join('\n') !== p.join('\n')) return 'same text, lines cut otherwise';
  if (!gk && pk && gd.length === pd.length + 1) return 'headline/deck read as kicker/headline';
  if (gk && !pk && pd.length === gd.length + 1) return 'kicker/headline read as headline/deck';
  return 'roles differ otherwise';
}

function main(argv: string[]): void {
  const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const show = opt('--show');
  const only = opt('--layout');
  const data = JSON.parse(readFileSync(argv[0]!, 'utf8')) as {
    files: { name: string; group: string; misses: string[] }[];
  };
  const counts = new Map<string, Map<string, number>>();
  for (const f of data.files) {
    if (only && f.group !== only) continue;
    for (const m of f.misses) {
      const hit = MISS.exec(m);
      if (!hit) continue;
      const [, gk, gh, gd, pk, ph, pd] = hit as unknown as string[];
      const fam = family([squash(gk!), squash(gh!), decks(gd!)], [squash(pk!), squash(ph!), decks(pd!)]);
      const per = counts.get(fam) ?? new Map<string, number>();
      per.set(f.group, (per.get(f.group) ?? 0) + 1);
      counts.set(fam, per);
      if (show && fam.includes(show)) console.log(`${f.name} ${m}`);
    }
  }
  const total = (per: Map<string, number>) => [...per.values()].reduce((a, b) => a + b, 0);
  for (const [fam, per] of [...counts].sort((a, b) => total(b[1]) - total(a[1])))
    console.log(
      `${String(total(per)).padStart(4)}  ${fam}   ${[...per]
        .sort()
        .map(([k, v]) => `${k}:${v}`)
        .join(' ')}`,
    );
}

main(process.argv.slice(2));
