// The proofreading pass in the editor: every field of the story checked (proofread.js), its slips underlined in the
// paragraphs and listed with what to write instead. Nothing changes until the writer takes a suggestion.
import { Plugin, PluginKey, TextSelection } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { check, mixedDigits } from './proofread.js';

const marks = new PluginKey('proofread');

/** The underlines of a paragraph's slips: set by a pass, moved along as the text changes, gone with the next pass. */
export const proofMarks = new Plugin({
  key: marks,
  state: {
    init: () => DecorationSet.empty,
    apply: (tr, set) => tr.getMeta(marks) || set.map(tr.mapping, tr.doc),
  },
  props: {
    decorations: (state) => marks.getState(state),
  },
});

/** A field as the pass reads and mends it: a paragraph's rich text, or a plain field. */
function targets(form) {
  const found = [];
  const label = (element) => {
    const fieldset = element.closest('fieldset.block');
    const legend = fieldset?.querySelector('legend');
    const own = element.id && form.querySelector(`label[for="${element.id}"]`);
    const name = own ? own.textContent.trim() : '';
    return fieldset ? `${[...legend.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('').trim()}`
      + (name && !fieldset.classList.contains('block--paragraph') ? ` · ${name}` : '') : name;
  };
  for (const field of form.querySelectorAll('#headline, #standfirst, fieldset.block textarea, fieldset.block input[name$=".text"], '
    + 'fieldset.block input[name$=".caption"], fieldset.block input[name$=".speaker"], fieldset.block input[name$=".role"]')) {
    const view = field.nashirEditor;
    if (view) {
      found.push({
        label: label(field),
        text: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n', '\n'),
        replace(from, to, words) {
          view.dispatch(view.state.tr.insertText(words, from, to));
        },
        show(from, to) {
          view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)).scrollIntoView());
          view.focus();
        },
        mark(findings) {
          view.dispatch(view.state.tr.setMeta(marks, DecorationSet.create(view.state.doc, findings.map((f) => Decoration.inline(
            f.from, f.to, { class: `proofread__mark proofread__mark--${f.kind}`, title: f.message }))))
            .setMeta('addToHistory', false));
        },
      });
    } else if (!field.hidden) {
      found.push({
        label: label(field),
        text: () => field.value,
        replace(from, to, words) {
          field.value = field.value.slice(0, from) + words + field.value.slice(to);
          field.dispatchEvent(new Event('input', { bubbles: true }));
        },
        show(from, to) {
          field.focus();
          field.setSelectionRange(from, to);
        },
        mark() {},
      });
    }
  }
  return found;
}

/** The «تدقيق لغوي» button and its list, put before the blocks of the body. */
export function proofreader(form) {
  const title = form.querySelector('#body-title');
  if (!title) {
    return;
  }
  const panel = document.createElement('div');
  panel.className = 'proofread';
  const run = document.createElement('button');
  run.type = 'button';
  run.className = 'button button--small button--quiet';
  run.textContent = 'تدقيق لغوي';
  run.title = 'يبحث عن أخطاء الهمزة والتاء المربوطة والتكرار وعلامات الترقيم والأرقام؛ يقترح ولا يغيّر شيئاً بنفسه';
  const said = document.createElement('p');
  said.className = 'hint';
  said.setAttribute('role', 'status');
  const list = document.createElement('ol');
  list.className = 'proofread__list';
  panel.append(run, said, list);
  title.after(panel);

  const pass = () => {
    const fields = targets(form);
    const texts = fields.map((f) => f.text());
    const digits = mixedDigits(texts);
    const items = [];
    fields.forEach((field, i) => {
      const findings = [...check(texts[i]), ...digits[i]].sort((a, b) => a.from - b.from);
      field.mark(findings);
      findings.forEach((f) => items.push({ field, text: texts[i], finding: f }));
    });
    list.replaceChildren(...items.map(({ field, text, finding }) => {
      const li = document.createElement('li');
      const where = document.createElement('button');
      where.type = 'button';
      where.className = 'proofread__where';
      const before = text.slice(Math.max(0, finding.from - 24), finding.from);
      const slip = document.createElement('mark');
      slip.textContent = text.slice(finding.from, finding.to);
      where.append(`${field.label}: …${before}`, slip, `${text.slice(finding.to, finding.to + 24)}…`);
      where.addEventListener('click', () => field.show(finding.from, finding.to));
      const message = document.createElement('p');
      message.textContent = finding.message;
      li.append(where, message);
      for (const suggestion of finding.suggestions) {
        const take = document.createElement('button');
        take.type = 'button';
        take.className = 'button button--small';
        take.textContent = `اكتب «${suggestion}»`;
        take.addEventListener('click', () => {
          // the text may have changed since the pass: the suggestion applies only where the slip still is
          if (field.text().slice(finding.from, finding.to) === text.slice(finding.from, finding.to)) {
            field.replace(finding.from, finding.to, suggestion);
          }
          pass();
        });
        li.append(take, ' ');
      }
      const leave = document.createElement('button');
      leave.type = 'button';
      leave.className = 'button button--small button--quiet';
      leave.textContent = 'تجاهل';
      leave.addEventListener('click', () => li.remove());
      li.append(leave);
      return li;
    }));
    const n = items.length;
    said.textContent = n === 0 ? 'لا ملاحظات.' : n === 1 ? 'ملاحظة واحدة.' : n === 2 ? 'ملاحظتان.'
      : n <= 10 ? `${n} ملاحظات.` : `${n} ملاحظة.`;
  };
  run.addEventListener('click', pass);
}
