import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withIndex } from '../editor/blocks.js';

test('a moved block posts under its new index, as the server would have drawn it', () => {
  assert.equal(withIndex('name', 'block.12.html', 3), 'block.3.html');
  assert.equal(withIndex('id', 'b12-html', 3), 'b3-html');
  assert.equal(withIndex('for', 'b12-speaker', 0), 'b0-speaker');
  assert.equal(withIndex('aria-labelledby', 'b12-html-label', 3), 'b3-html-label');
  assert.equal(withIndex('aria-describedby', 'b12-error b12-hint', 1), 'b1-error b1-hint');
  assert.equal(withIndex('value', 'down:12', 3), 'down:3');
  assert.equal(withIndex('value', 'duplicate:12', 3), 'duplicate:3');
  assert.equal(withIndex('aria-label', 'أسفل: الكتلة 13', 3), 'أسفل: الكتلة 4');
});

test('what is not a block index is left alone', () => {
  assert.equal(withIndex('name', 'headline', 3), 'headline');
  assert.equal(withIndex('value', 'save', 3), 'save');
  assert.equal(withIndex('value', 'add:paragraph', 3), 'add:paragraph');
  assert.equal(withIndex('id', 'body-title', 3), 'body-title');
  assert.equal(withIndex('class', 'block b1-x', 3), 'block b1-x');
});
