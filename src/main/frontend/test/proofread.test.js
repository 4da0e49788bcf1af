import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, mixedDigits } from '../editor/proofread.js';

const kinds = (text) => check(text).map((f) => [f.kind, text.slice(f.from, f.to), f.suggestions]);

test('a bare alef where a hamza belongs is found, with what to write; both readings where there are two', () => {
  assert.deepEqual(kinds('سافر الوزير الى القاهرة امس'), [
    ['hamza', 'الى', ['إلى']], ['hamza', 'امس', ['أمس']]]);
  assert.deepEqual(kinds('قال ان الاتفاق قريب'), [['hamza', 'ان', ['أن', 'إن']]]);
  assert.deepEqual(kinds('سافر إلى القاهرة أمس'), []);
  assert.deepEqual(kinds('والى الاسبوع القادم فان'), [['hamza', 'والى', ['وإلى']], ['hamza', 'الاسبوع', ['الأسبوع']]]);
  assert.deepEqual(kinds('الان الاقتصاد'), [['hamza', 'الان', ['الآن']]], 'a noun the list does not hold is left');
});

test('a definite noun ending in ha is a ta marbuta without its dots, unless its ha is its own', () => {
  assert.deepEqual(kinds('قالت الحكومه إن المرحله صعبة'), [
    ['ta-marbuta', 'الحكومه', ['الحكومة']], ['ta-marbuta', 'المرحله', ['المرحلة']]]);
  assert.deepEqual(kinds('في الاتجاه نفسه عند الله والمياه'), []);
  assert.deepEqual(kinds('كتابه وقلمه'), [], 'a pronoun after an indefinite noun is not a slip');
});

test('a word said twice, a space before punctuation and Latin marks between Arabic words are found', () => {
  assert.deepEqual(kinds('عاد في في الصباح'), [['repeat', 'في في', ['في']]]);
  assert.deepEqual(kinds('بلغ النمو 3 3 في المئة'), [], 'numbers may repeat');
  assert.deepEqual(kinds('انتهى الاجتماع ، وغادر الوفد .'), [['space', ' ،', ['،']], ['space', ' .', ['.']]]);
  assert.deepEqual(kinds('الرياض, جدة; هل انتهى?'), [
    ['punctuation', ',', ['،']], ['punctuation', ';', ['؛']], ['punctuation', '?', ['؟']]]);
  assert.deepEqual(kinds('بلغ 3,5 في المئة حسب Reuters, AFP'), [], 'not in numbers, nor between Latin words');
});

test('numbers written two ways in one story are found where the fewer are, with the other way offered', () => {
  const texts = ['في عام 2024 ارتفع بنسبة 3', 'وفي ٢٠٢٥ تراجع', 'بلا أرقام'];
  const found = mixedDigits(texts);
  assert.deepEqual(found.map((list) => list.map((f) => [texts[found.indexOf(list)].slice(f.from, f.to), f.suggestions])),
    [[], [['٢٠٢٥', ['2025']]], []]);
  assert.deepEqual(mixedDigits(['2024', '2025']), [[], []]);
});

test('a finding never changes the text: it only says where and what', () => {
  const text = 'قالت الحكومه ان';
  const found = check(text);
  assert.equal(text, 'قالت الحكومه ان');
  assert.ok(found.every((f) => typeof f.message === 'string' && f.suggestions.length > 0 && f.to > f.from));
});
