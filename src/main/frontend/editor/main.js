// Paragraphs are written as text, not markup: each paragraph's field becomes a right-to-left rich-text area
// (ProseMirror) with bold, italic, links and line breaks, whose HTML is written back into the form's own field as
// it is typed. The form, its autosave and the server's checks are unchanged; without this script the field is
// the plain textarea it always was. Blocks are added, moved and removed in place (blocks.js).
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { DOMParser as SchemaParser, Fragment, Slice } from 'prosemirror-model';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap, toggleMark } from 'prosemirror-commands';
import { history, undo, redo } from 'prosemirror-history';
import { schema, safeHref, toHtml } from './inline.js';
import { arabicQuotesIn, pastedBlocks, pastedHtml, pastedLines, textBlocks } from './paste.js';
import { blocksInPlace, tick } from './blocks.js';
import { proofMarks, proofreader } from './proofpanel.js';

const parser = SchemaParser.fromSchema(schema);
const storyForm = document.getElementById('story-form');
// the house style (site settings): quotes pasted around Arabic words become «»
const quotes = storyForm?.dataset.arabicQuotes === 'true';

function parse(html) {
  const page = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return parser.parse(page.body);
}

const lineBreak = (state, dispatch) => {
  if (dispatch) {
    dispatch(state.tr.replaceSelectionWith(schema.nodes.hard_break.create()).scrollIntoView());
  }
  return true;
};

function markActive(state, type) {
  const { from, $from, to, empty } = state.selection;
  return empty ? Boolean(type.isInSet(state.storedMarks || $from.marks())) : state.doc.rangeHasMark(from, to, type);
}

/**
 * A paragraph's rich text. {@code blocks} is the body's history of blocks: Ctrl+Z undoes the typing here or the change
 * of blocks, whichever came last, and a paste that split into blocks is undone as one change.
 */
/**
 * Pictures pasted or dropped into a paragraph go to the media library, each with the alt text asked of its writer,
 * and into the story as image blocks after the paragraph. Resolves to what to tell the writer.
 */
async function uploadPictures(files, fieldset, blocks) {
  const csrf = storyForm.querySelector('input[type=hidden][name^="_csrf"]');
  const uploaded = [];
  const refused = [];
  for (const file of files) {
    const alt = window.prompt(`النص البديل للصورة ${file.name || ''} (يصفها لمن لا يراها؛ مطلوب لرفعها إلى المكتبة)`, '');
    if (!alt || !alt.trim()) {
      refused.push('لم تُرفع صورة بلا نص بديل.');
      continue;
    }
    const data = new FormData();
    data.append(csrf.name, csrf.value);
    data.append('file', file, file.name || 'pasted.png');
    data.append('altText', alt.trim());
    try {
      const response = await fetch('/admin/media', { method: 'POST', body: data, headers: { Accept: 'application/json' } });
      const answer = await response.json().catch(() => ({}));
      if (response.status === 201) {
        uploaded.push({ type: 'image', media: answer.id, label: alt.trim() });
      } else {
        refused.push(answer.error || 'تعذّر رفع الصورة.');
      }
    } catch (cut) {
      refused.push('انقطع الاتصال أثناء رفع الصورة؛ الصقها مرة أخرى.');
    }
  }
  if (uploaded.length) {
    blocks.insert(fieldset, uploaded);
  }
  const n = uploaded.length;
  const done = n === 0 ? '' : n === 1 ? 'رُفعت الصورة إلى المكتبة وأُضيفت بعد الفقرة.' : `رُفعت ${n} صور إلى المكتبة وأُضيفت بعد الفقرة.`;
  return [done, ...refused].filter(Boolean).join(' ');
}

const pictures = (transfer) => [...(transfer?.files || [])].filter((file) => file.type.startsWith('image/'));

function mount(textarea, blocks) {
  let typedAt = 0;
  let undoneAt = 0;
  let replaying = false;
  const replay = (command) => (state, dispatch) => {
    replaying = true;
    try {
      return command(state, dispatch);
    } finally {
      replaying = false;
    }
  };
  const undoLatest = (state, dispatch) => {
    if (blocks.lastDone() > typedAt) {
      return blocks.undo();
    }
    if (replay(undo)(state, dispatch)) {
      undoneAt = tick();
      return true;
    }
    return blocks.undo();
  };
  const redoLatest = (state, dispatch) => {
    if (blocks.lastUndone() > undoneAt) {
      return blocks.redo();
    }
    return replay(redo)(state, dispatch) || blocks.redo();
  };
  const fieldset = textarea.closest('fieldset');
  const label = fieldset.querySelector(`label[for="${textarea.id}"]`);
  const status = document.createElement('p');
  status.className = 'rich__status';
  status.setAttribute('role', 'status');

  const toolbar = document.createElement('div');
  toolbar.className = 'rich__toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'تنسيق الفقرة');
  const button = (text, title, name) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = `rich__button rich__button--${name}`;
    b.textContent = text;
    b.title = title;
    b.setAttribute('aria-pressed', 'false');
    toolbar.append(b);
    return b;
  };
  const bold = button('عريض', 'عريض (Ctrl+B)', 'bold');
  const italic = button('مائل', 'مائل (Ctrl+I)', 'italic');
  const link = button('رابط', 'رابط (Ctrl+K)', 'link');

  const linkCommand = (state, dispatch) => {
    const { from, to, empty } = state.selection;
    if (empty) {
      status.textContent = 'حدّد الكلمات التي يكون الرابط عليها أولاً.';
      return false;
    }
    const type = schema.marks.link;
    const given = window.prompt('عنوان الرابط (https://… أو مسار في الموقع يبدأ بـ /)، أو اتركه فارغاً لإزالة الرابط', 'https://');
    if (given === null) {
      return false;
    }
    if (!given.trim() || given.trim() === 'https://') {
      dispatch(state.tr.removeMark(from, to, type));
      status.textContent = 'أُزيل الرابط.';
      return true;
    }
    const href = safeHref(given);
    if (!href) {
      status.textContent = 'الرابط غير مقبول: يبدأ بـ https:// أو http:// أو mailto: أو / لصفحة في الموقع.';
      return false;
    }
    dispatch(state.tr.removeMark(from, to, type).addMark(from, to, type.create({ href })));
    status.textContent = '';
    return true;
  };

  const area = document.createElement('div');
  area.className = 'rich__area';
  const view = new EditorView(area, {
    state: EditorState.create({
      doc: parse(textarea.value),
      plugins: [
        history(),
        proofMarks,
        // Ctrl with a letter works on an Arabic layout too: the keymap falls back to the key's position
        keymap({
          'Mod-b': toggleMark(schema.marks.strong),
          'Mod-i': toggleMark(schema.marks.em),
          'Mod-k': linkCommand,
          'Mod-z': undoLatest,
          'Shift-Mod-z': redoLatest,
          'Mod-y': redoLatest,
          Enter: lineBreak,
          'Shift-Enter': lineBreak,
        }),
        keymap(baseKeymap),
      ],
    }),
    attributes: {
      dir: 'rtl',
      lang: 'ar',
      role: 'textbox',
      'aria-multiline': 'true',
      spellcheck: 'true',
    },
    // a paste of several paragraphs, or of a heading, list or quote, becomes blocks of their kind after this one:
    // the first paragraph joins this one where the caret is, and what followed the caret ends the last
    handlePaste(pasteView, event) {
      const data = event.clipboardData;
      if (!data) {
        return false;
      }
      if (pictures(data).length) {
        uploadPictures(pictures(data), textarea.closest('fieldset'), blocks).then((said) => { status.textContent = said; });
        return true;
      }
      const html = data.getData('text/html');
      const pieces = html ? pastedBlocks(html, { quotes }) : textBlocks(data.getData('text/plain'), { quotes });
      if (pieces.length === 0 || (pieces.length === 1 && pieces[0].type === 'paragraph')) {
        return false;
      }
      const blocksMade = pieces.length - (pieces[0].type === 'paragraph' ? 1 : 0) + 1;
      if (blocksMade > blocks.room()) {
        status.textContent = `الملصوق ${blocksMade} كتلة، ولا يتسع الخبر إلا لـ${Math.max(0, blocks.room())} أخرى (الحد 500 كتلة)؛ الصقه على أجزاء.`;
        return true;
      }
      const { state } = pasteView;
      const { from, to } = state.selection;
      const end = state.doc.content.size;
      const trailing = toHtml(state.doc.cut(to, end));
      // the paragraph's part of the paste is undone with the blocks, as one change, not in the paragraph's own history
      const tr = state.tr.delete(from, end).setMeta('addToHistory', false);
      let rest = pieces;
      if (pieces[0].type === 'paragraph') {
        tr.insert(from, parse(pieces[0].html).content);
        rest = pieces.slice(1);
      }
      if (trailing.trim()) {
        const last = rest[rest.length - 1];
        rest = last?.type === 'paragraph'
          ? [...rest.slice(0, -1), { type: 'paragraph', html: last.html + trailing }]
          : [...rest, { type: 'paragraph', html: trailing }];
      }
      pasteView.dispatch(tr.scrollIntoView());
      // undone and redone step by step, so that the paragraph's own history still maps across them
      const inverted = tr.steps.map((step, i) => step.invert(tr.docs[i])).reverse();
      const apply = (steps) => {
        const change = view.state.tr.setMeta('addToHistory', false);
        steps.forEach((step) => change.maybeStep(step));
        view.dispatch(change);
      };
      blocks.insert(textarea.closest('fieldset'), rest, { undo: () => apply(inverted), redo: () => apply(tr.steps) });
      return true;
    },
    handleDrop(dropView, event) {
      if (!pictures(event.dataTransfer).length) {
        return false;
      }
      event.preventDefault();
      uploadPictures(pictures(event.dataTransfer), textarea.closest('fieldset'), blocks).then((said) => { status.textContent = said; });
      return true;
    },
    transformPastedHTML: (html) => pastedHtml(html, { quotes }),
    clipboardTextParser: (text, $context) => {
      const nodes = [];
      pastedLines(quotes ? arabicQuotesIn(text) : text).forEach((line, i) => {
        if (i > 0) {
          nodes.push(schema.nodes.hard_break.create());
        }
        nodes.push(schema.text(line, $context.marks()));
      });
      return new Slice(Fragment.from(nodes), 0, 0);
    },
    dispatchTransaction(tr) {
      const state = view.state.apply(tr);
      view.updateState(state);
      if (tr.docChanged && !replaying && tr.getMeta('addToHistory') !== false) {
        typedAt = tick();
      }
      if (tr.docChanged) {
        textarea.value = toHtml(state.doc);
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      }
      bold.setAttribute('aria-pressed', String(markActive(state, schema.marks.strong)));
      italic.setAttribute('aria-pressed', String(markActive(state, schema.marks.em)));
      link.setAttribute('aria-pressed', String(markActive(state, schema.marks.link)));
    },
  });
  // the field holds what the paragraph says as the editor writes it, not as it was pasted or stored
  const written = toHtml(view.state.doc);
  if (written !== textarea.value) {
    textarea.value = written;
  }
  if (label) {
    label.id = label.id || `${textarea.id}-label`;
    label.textContent = 'الفقرة';
    view.dom.setAttribute('aria-labelledby', label.id);
    // the label's click goes to the text, not the hidden field
    label.addEventListener('click', (event) => {
      event.preventDefault();
      view.focus();
    });
  }
  const run = (command) => (event) => {
    event.preventDefault();
    command(view.state, view.dispatch, view);
    view.focus();
  };
  bold.addEventListener('mousedown', run(toggleMark(schema.marks.strong)));
  italic.addEventListener('mousedown', run(toggleMark(schema.marks.em)));
  link.addEventListener('click', run(linkCommand));
  // a keyboard user presses the buttons with Enter or Space, which give a click and no mousedown
  bold.addEventListener('click', (event) => event.detail === 0 && run(toggleMark(schema.marks.strong))(event));
  italic.addEventListener('click', (event) => event.detail === 0 && run(toggleMark(schema.marks.em))(event));

  const wrapper = document.createElement('div');
  wrapper.className = 'rich';
  wrapper.dataset.scriptMade = '';
  wrapper.append(toolbar, area, status);
  textarea.hidden = true;
  textarea.dataset.scriptHidden = '';
  textarea.after(wrapper);
  textarea.nashirEditor = view;
}

if (storyForm) {
  // prepare runs only for blocks added later, once blocks is there
  const prepare = (root) => root.querySelectorAll('textarea[name$=".html"]').forEach((textarea) => mount(textarea, blocks));
  const blocks = blocksInPlace(storyForm, prepare);
  storyForm.querySelectorAll('fieldset.block--paragraph textarea[name$=".html"]').forEach((textarea) => mount(textarea, blocks));
  proofreader(storyForm);
}
