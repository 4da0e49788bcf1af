// The Arabic web fonts cut at build time to what an Arabic news page uses: the Arabic block (letters, marks,
// digits, punctuation), the joiners and direction marks, the presentation forms that old text still carries, and
// ﷲ and ﷺ; the sans face only between the weights the style sheets ask for (400 to 800). Other scripts'
// Arabic letters (Urdu, African, Quranic marks) fall back to the system's fonts, as the style sheets'
// unicode-range says (test/fonts.test.js holds both to these ranges).
// Usage: node fonts/subset.mjs OUTPUT_DIR   (writes only what is older than its source or than this script)
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

export const RANGES = [[0x0600, 0x06FF], [0x200C, 0x200F], [0x2010, 0x2011], [0xFDF2, 0xFDF2], [0xFDFA, 0xFDFA],
  [0xFE70, 0xFE74], [0xFE76, 0xFEFC]];

export const FONTS = [
  { source: 'node_modules/@fontsource-variable/noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2',
    target: 'noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2', axes: { wght: { min: 400, max: 800 } } },
  { source: 'node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2',
    target: 'noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2' },
];

/** The ranges as CSS writes them: U+0600-06FF, U+FDF2, … */
export function unicodeRange() {
  const hex = (c) => c.toString(16).toUpperCase().padStart(4, '0');
  return RANGES.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(', ');
}

function characters() {
  let text = '';
  for (const [from, to] of RANGES) {
    for (let c = from; c <= to; c++) {
      text += String.fromCodePoint(c);
    }
  }
  return text;
}

const modified = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
};

async function main(output) {
  const script = modified(fileURLToPath(import.meta.url));
  for (const font of FONTS) {
    const target = join(output, font.target);
    if (modified(target) > Math.max(modified(font.source), script)) {
      continue;
    }
    const options = { targetFormat: 'woff2', ...(font.axes ? { variationAxes: font.axes } : {}) };
    const cut = await subsetFont(readFileSync(font.source), characters(), options);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, cut);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.length !== 3) {
    console.error('usage: node fonts/subset.mjs OUTPUT_DIR');
    process.exit(2);
  }
  await main(process.argv[2]);
}
