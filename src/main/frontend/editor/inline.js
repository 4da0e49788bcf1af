// The inline content of a paragraph as the server accepts it (InlineHtml): text with bold, italic and links, and
// line breaks. Nothing else can be in the document, so nothing else can be typed, pasted or saved.
import { Schema } from 'prosemirror-model';

// The same rule as InlineHtml.SAFE_HREF on the server: http(s) and mailto addresses, and site paths that start
// with one slash and hold no backslash (browsers read «/\evil.example» as «//evil.example»).
const SAFE_HREF = /^(?:https?:\/\/\S+|mailto:\S+|\/(?![/\\])[^\s\\]*)$/i;

export function safeHref(href) {
  const address = (href || '').trim();
  return SAFE_HREF.test(address) ? address : null;
}

export const schema = new Schema({
  nodes: {
    doc: { content: 'inline*' },
    text: { group: 'inline' },
    hard_break: {
      inline: true,
      group: 'inline',
      selectable: false,
      parseDOM: [{ tag: 'br' }],
      toDOM: () => ['br'],
    },
  },
  marks: {
    link: {
      attrs: { href: {} },
      inclusive: false,
      parseDOM: [{
        tag: 'a[href]',
        getAttrs: (dom) => {
          const href = safeHref(dom.getAttribute('href'));
          return href ? { href } : false;
        },
      }],
      toDOM: (mark) => ['a', { href: mark.attrs.href, dir: 'auto' }, 0],
    },
    strong: {
      // a word processor's bold and italics, written as styles, are made tags before parsing (paste.js)
      parseDOM: [{ tag: 'b' }, { tag: 'strong' }],
      toDOM: () => ['b', 0],
    },
    em: {
      parseDOM: [{ tag: 'i' }, { tag: 'em' }],
      toDOM: () => ['i', 0],
    },
  },
});

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);

// The order marks open in, outermost first, so that the same text is always written the same way.
const ORDER = ['link', 'strong', 'em'];
const open = (mark) => (mark.type.name === 'link' ? `<a href="${escape(mark.attrs.href)}">`
  : mark.type.name === 'strong' ? '<b>' : '<i>');
const close = (mark) => (mark.type.name === 'link' ? '</a>' : mark.type.name === 'strong' ? '</b>' : '</i>');

/** The document as the paragraph's stored HTML: only <b>, <i>, <a href> and <br>, escaped, marks nested in one order. */
export function toHtml(doc) {
  let html = '';
  let active = [];
  const sorted = (marks) => [...marks].sort((a, b) => ORDER.indexOf(a.type.name) - ORDER.indexOf(b.type.name));
  const moveTo = (marks) => {
    let keep = 0;
    while (keep < active.length && keep < marks.length && active[keep].eq(marks[keep])) {
      keep++;
    }
    for (let i = active.length - 1; i >= keep; i--) {
      html += close(active[i]);
    }
    for (let i = keep; i < marks.length; i++) {
      html += open(marks[i]);
    }
    active = marks;
  };
  doc.forEach((node) => {
    if (node.isText) {
      moveTo(sorted(node.marks));
      html += escape(node.text);
    } else {
      moveTo([]);
      html += '<br>';
    }
  });
  moveTo([]);
  return html;
}
