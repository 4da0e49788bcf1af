import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schema, safeHref, toHtml } from '../editor/inline.js';
import { pastedLines } from '../editor/paste.js';

const { strong, em, link } = schema.marks;
const text = (words, ...marks) => schema.text(words, marks);

test('a paragraph is written with only b, i, a and br, marks nested in one order', () => {
  const doc = schema.node('doc', null, [
    text('قال '),
    text('الوزير', link.create({ href: 'https://example.org/a?b=1&c=2' }), strong.create()),
    text(' إن '),
    text('النمو 3.5%', em.create()),
    schema.nodes.hard_break.create(),
    text('في 2024 (GDP).'),
  ]);
  assert.equal(toHtml(doc),
    'قال <a href="https://example.org/a?b=1&amp;c=2"><b>الوزير</b></a> إن <i>النمو 3.5%</i><br>في 2024 (GDP).');
});

test('markup typed as text stays text', () => {
  const doc = schema.node('doc', null, [text('<script>alert(1)</script> & "quotes"')]);
  assert.equal(toHtml(doc), '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
});

test('an empty paragraph is empty HTML', () => {
  assert.equal(toHtml(schema.node('doc')), '');
});

test('links are checked as the server checks them', () => {
  assert.equal(safeHref(' https://news.example/x '), 'https://news.example/x');
  assert.equal(safeHref('/ar/section/world'), '/ar/section/world');
  assert.equal(safeHref('mailto:desk@news.example'), 'mailto:desk@news.example');
  for (const bad of ['javascript:alert(1)', '//evil.example', '/\\evil.example', 'page.html', 'https://a b', '']) {
    assert.equal(safeHref(bad), null, bad);
  }
});

test('pasted plain text keeps its lines and drops blank ones', () => {
  assert.deepEqual(pastedLines('السطر الأول\r\n\r\n  السطر الثاني \nthe third'), ['السطر الأول', 'السطر الثاني', 'the third']);
});
