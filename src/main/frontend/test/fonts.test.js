import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { FONTS, RANGES, unicodeRange } from '../fonts/subset.mjs';

const css = (path) => readFileSync(new URL(`../../resources/static/assets/css/${path}`, import.meta.url), 'utf8');

test('every Arabic face in the style sheets claims exactly the characters the build keeps', () => {
  for (const sheet of ['site.css', 'admin.css']) {
    const faces = css(sheet).split('@font-face').slice(1).filter((face) => face.includes('-arabic-wght-normal.woff2'));
    assert.ok(faces.length > 0, sheet);
    for (const face of faces) {
      assert.match(face, new RegExp(`unicode-range: ${unicodeRange().replace(/\+/g, '\\+')};`), sheet);
    }
  }
});

test('the cut faces still join letters, and are a fraction of the whole', async () => {
  const sans = FONTS[0];
  const whole = readFileSync(new URL(`../${sans.source}`, import.meta.url));
  const cut = await subsetFont(whole, 'بسم لا', { targetFormat: 'truetype', variationAxes: sans.axes });
  assert.ok(cut.includes(Buffer.from('GSUB')), 'the substitutions that join Arabic letters are kept');
  assert.ok(RANGES.every(([from, to]) => from <= to));
});
