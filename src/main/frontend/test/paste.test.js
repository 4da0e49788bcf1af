import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Window } from 'happy-dom';
import { pastedBlocks, pastedHtml, textBlocks } from '../editor/paste.js';

const window = new Window();
const parse = (html) => new window.DOMParser().parseFromString(html, 'text/html');
const blocks = (html, quotes = false) => pastedBlocks(html, { parse, quotes });

test('a word processor\'s paragraphs stay paragraphs, with their bold, italic and links', () => {
  const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>
    <p class="MsoNormal" dir="RTL"><span lang="AR-SA" style="font-family:Arial">قال <b>الوزير</b> إن النمو بلغ
    <span style="font-weight:bold">3.5%</span><o:p></o:p></span></p>
    <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
    <p class="MsoNormal"><i>في عام 2024</i> بحسب <a href="https://stats.example/report">التقرير</a>.</p>
    </body></html>`;
  const found = blocks(word);
  assert.equal(found.length, 2);
  assert.deepEqual(found.map((b) => b.type), ['paragraph', 'paragraph']);
  assert.match(found[0].html, /قال <b>الوزير<\/b> إن النمو بلغ\s.*<b>3\.5%<\/b>/s);
  assert.match(found[1].html, /<i>في عام 2024<\/i> بحسب <a href="https:\/\/stats.example\/report">التقرير<\/a>\./);
});

test('a web page\'s headings, lists and quotes become blocks of their kind, in order', () => {
  const page = `<article><h1>عنوان الصفحة</h1><p>الفقرة الأولى.</p><h3>تفاصيل</h3>
    <ul><li>البند الأول</li><li> </li><li>البند <b>الثاني</b></li></ul>
    <blockquote><p>«لن نتراجع»</p></blockquote><ol><li>واحد</li></ol>
    <script>alert(1)</script><img src="x.png" alt="صورة"><div><div>فقرة في <span>داخل</span> قسمين</div></div></article>`;
  assert.deepEqual(blocks(page), [
    { type: 'heading', level: 2, text: 'عنوان الصفحة' },
    { type: 'paragraph', html: 'الفقرة الأولى.' },
    { type: 'heading', level: 3, text: 'تفاصيل' },
    { type: 'list', ordered: false, items: ['البند الأول', 'البند الثاني'] },
    { type: 'quote', text: '«لن نتراجع»' },
    { type: 'list', ordered: true, items: ['واحد'] },
    { type: 'paragraph', html: 'فقرة في <span>داخل</span> قسمين' },
  ]);
});

test('Google Docs\' wrapping bold is not bold, and its paragraphs are still paragraphs', () => {
  const docs = '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="rtl"><span style="font-weight:700">عاجل</span><span>: انتهى الاجتماع</span></p><p dir="rtl"><span style="font-style:italic">وصل</span> الوفد</p></b>';
  assert.deepEqual(blocks(docs), [
    { type: 'paragraph', html: '<span><b>عاجل</b></span><span>: انتهى الاجتماع</span>' },
    { type: 'paragraph', html: '<span><i>وصل</i></span> الوفد' },
  ]);
});

test('one line break stays in its paragraph and two end it', () => {
  assert.deepEqual(blocks('سطر أول<br>سطر ثان<br><br>فقرة تالية<br>'), [
    { type: 'paragraph', html: 'سطر أول<br>سطر ثان' },
    { type: 'paragraph', html: 'فقرة تالية' },
  ]);
});

test('plain text: lines are paragraphs, unless blank lines say where paragraphs end', () => {
  assert.deepEqual(textBlocks('الأول\r\nالثاني\n\n'), [
    { type: 'paragraph', html: 'الأول' }, { type: 'paragraph', html: 'الثاني' }]);
  assert.deepEqual(textBlocks('بيت أول\nبيت ثان\n\nفقرة <b>'), [
    { type: 'paragraph', html: 'بيت أول<br>بيت ثان' }, { type: 'paragraph', html: 'فقرة &lt;b&gt;' }]);
  assert.deepEqual(textBlocks('  \n '), []);
});

test('quotes around Arabic words become «», by their place and not their shape, where the house style says so', () => {
  assert.deepEqual(blocks('<p>قال: "لن نتراجع" ثم “غادر” القاعة</p><p>The "Financial Times" said</p>', true), [
    { type: 'paragraph', html: 'قال: «لن نتراجع» ثم «غادر» القاعة' },
    { type: 'paragraph', html: 'The "Financial Times" said' },
  ]);
  // across the markup of the words: the quote before the bold opens, the one after it closes
  assert.deepEqual(blocks('<p>وصف ”<b>الاتفاق</b>“ بأنه تاريخي</p><h2>"عاجل" من الميدان</h2>', true), [
    { type: 'paragraph', html: 'وصف «<b>الاتفاق</b>» بأنه تاريخي' },
    { type: 'heading', level: 2, text: '«عاجل» من الميدان' },
  ]);
  assert.deepEqual(blocks('<p>قال: "لن نتراجع"</p>'), [{ type: 'paragraph', html: 'قال: "لن نتراجع"' }]);
  assert.deepEqual(textBlocks('أعلن "الاتحاد" اليوم', { quotes: true }), [{ type: 'paragraph', html: 'أعلن «الاتحاد» اليوم' }]);
  assert.equal(pastedHtml('<span>رأي "الخبراء"</span>', { parse, quotes: true }), '<span>رأي «الخبراء»</span>');
});
