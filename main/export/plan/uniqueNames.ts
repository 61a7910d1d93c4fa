/**
 * Adds the extension to each stem and makes the names unique, the second "a.txt" becoming
 * "a (2).txt". Names are compared after Unicode NFC and case folding, as macOS and Windows
 * compare them, so two files never land on one.
 */
export function uniqueNames(stems: string[], extension: string): string[] {
  const taken = new Set<string>();
  return stems.map((stem) => {
    for (let n = 1; ; n++) {
      const name = n === 1 ? `${stem}${extension}` : `${stem} (${n})${extension}`;
      const key = foldName(name);
      if (!taken.has(key)) {
        taken.add(key);
        return name;
      }
    }
  });
}

/** The form under which a case-insensitive, normalising file system sees a name. */
export function foldName(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
