// What a word processor or a web page puts on the clipboard, reduced to what a paragraph holds. The schema's
// parser already drops every element it does not know; what it cannot see is where one pasted paragraph, item
// or cell ends and the next begins, so those edges become line breaks here instead of running words together.
const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, blockquote, tr, td, th, dt, dd, pre, figcaption';

// Word processors write bold and italics as styles on spans. They are read from the attribute's text, because
// the back office's Content-Security-Policy keeps style attributes from being applied, so `element.style` is empty.
const BOLD = /(?:^|;)\s*font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\s*(?:;|$)/i;
const ITALIC = /(?:^|;)\s*font-style\s*:\s*italic\s*(?:;|$)/i;

// Google Docs wraps a whole paste in <b style="font-weight:normal">: a bold tag that is not bold.
const NOT_BOLD = /(?:^|;)\s*font-weight\s*:\s*(?:normal|[1-4]00)\s*(?:;|$)/i;

function styledAsMarkup(page) {
  page.body.querySelectorAll('b[style], strong[style]').forEach((element) => {
    if (NOT_BOLD.test(element.getAttribute('style'))) {
      element.replaceWith(...element.childNodes);
    }
  });
  page.body.querySelectorAll('[style]').forEach((element) => {
    const style = element.getAttribute('style');
    for (const [pattern, tag] of [[BOLD, 'b'], [ITALIC, 'i']]) {
      if (pattern.test(style)) {
        const wrapper = page.createElement(tag);
        wrapper.append(...element.childNodes);
        element.append(wrapper);
      }
    }
    element.removeAttribute('style');
  });
}

const boundary = (page) => {
  const br = page.createElement('br');
  br.dataset.boundary = '';
  return br;
};

// A block's edges became line breaks; one stays wherever text is on both sides and no line break is there yet.
function keepBoundariesBetweenText(page) {
  const walker = page.createTreeWalker(page.body, 5 /* elements and text */);
  let textBefore = false;
  let lastBreak = null;
  const extra = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if (node.data.trim()) {
        textBefore = true;
        lastBreak = null;
      }
    } else if (node.nodeName === 'BR') {
      const ours = node.hasAttribute('data-boundary');
      if (ours && (!textBefore || lastBreak)) {
        extra.push(node);
      } else {
        lastBreak = node;
      }
      if (ours) {
        node.removeAttribute('data-boundary');
      }
    }
  }
  if (lastBreak) {
    extra.push(lastBreak);
  }
  extra.forEach((node) => node.remove());
  // the parser drops a line break that ends its block (browsers add one there), so a kept one moves out until
  // something follows it
  page.body.querySelectorAll('br').forEach((br) => {
    while (!br.nextSibling && br.parentNode !== page.body) {
      br.parentNode.after(br);
    }
  });
}

const browserParse = (markup) => new DOMParser().parseFromString(markup, 'text/html');

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const QUOTE = /["\u201C\u201D\u201E\u201F]/;
const OPENS_AFTER = /[\s(\[{«\u2014\u2013\-\/:،؛]/;

/**
 * Straight and English curly double quotes become «» in text with Arabic in it: one opens after a space, the start
 * or an opening bracket, and closes elsewhere, whatever its shape, since word processors curl quotes by the Latin
 * direction. Text without Arabic (a quoted English title in an English sentence) keeps its own quotes.
 */
export function arabicQuotes(root) {
  if (!ARABIC.test(root.textContent)) {
    return;
  }
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* text */);
  let before = ' ';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const [changed, last] = requoted(node.data, before);
    before = last;
    if (changed !== node.data) {
      node.data = changed;
    }
  }
}

/** The same for words that are only text: a heading, a list's item, a quote. */
export function arabicQuotesIn(words) {
  return ARABIC.test(words) ? requoted(words, ' ')[0] : words;
}

function requoted(data, before) {
  let changed = '';
  let previous = before;
  for (const c of data) {
    changed += QUOTE.test(c) ? (OPENS_AFTER.test(previous) ? '«' : '»') : c;
    previous = c;
  }
  return [changed, previous];
}

export function pastedHtml(html, { parse = browserParse, quotes = false } = {}) {
  const page = parse(html);
  page.querySelectorAll('style, script, template, meta, link, title').forEach((element) => element.remove());
  styledAsMarkup(page);
  if (quotes) {
    arabicQuotes(page.body);
  }
  page.body.querySelectorAll(BLOCKS).forEach((block) => {
    block.before(boundary(page));
    block.after(boundary(page));
  });
  keepBoundariesBetweenText(page);
  return page.body.innerHTML;
}

// Plain text keeps its lines as line breaks; blank lines between paragraphs count once.
export function pastedLines(text) {
  return text.replace(/\r\n?/g, '\n').split(/\n+/).map((line) => line.trim()).filter((line) => line.length > 0);
}

const HEADINGS = /^H[1-6]$/;
const LISTS = /^(UL|OL)$/;
// what ends a paragraph of its own: a block, or a cell of a table
const PARAGRAPHS = /^(P|DIV|LI|TR|TD|TH|DT|DD|PRE|FIGCAPTION|SECTION|ARTICLE|HEADER|FOOTER|MAIN|ASIDE|CENTER|ADDRESS)$/;
const DROPPED = /^(STYLE|SCRIPT|TEMPLATE|META|LINK|TITLE|HEAD|NOSCRIPT|IFRAME|OBJECT|SVG|IMG|VIDEO|AUDIO|CANVAS|BUTTON|INPUT|SELECT|TEXTAREA|FORM)$/;

const text = (element) => element.textContent.replace(/\s+/g, ' ').trim();

/**
 * What a word processor or a web page put on the clipboard, as the story's blocks: paragraphs (their bold, italic,
 * links and line breaks as HTML, cleaned by the paragraph's own parser when it is drawn), headings (h1 and h2 a
 * main one, the rest a sub-heading), lists and quotes. Everything else is dropped.
 */
export function pastedBlocks(html, { parse = browserParse, quotes = false } = {}) {
  const page = parse(html);
  styledAsMarkup(page);
  const words = (element) => (quotes ? arabicQuotesIn(text(element)) : text(element));
  const blocks = [];
  let run = page.createElement('div');
  let breaks = 0;
  const flush = () => {
    while (run.lastChild?.nodeName === 'BR') {
      run.lastChild.remove();
    }
    if (text(run)) {
      if (quotes) {
        arabicQuotes(run);
      }
      blocks.push({ type: 'paragraph', html: run.innerHTML.trim() });
    }
    run = page.createElement('div');
    breaks = 0;
  };
  const visit = (node) => {
    if (node.nodeType === 3) {
      if (node.data.trim() || run.lastChild) {
        run.append(node.data.replace(/\s+/g, ' '));
        breaks = 0;
      }
      return;
    }
    if (node.nodeType !== 1 || DROPPED.test(node.nodeName)) {
      return;
    }
    const name = node.nodeName;
    if (HEADINGS.test(name)) {
      flush();
      if (text(node)) {
        blocks.push({ type: 'heading', level: name === 'H1' || name === 'H2' ? 2 : 3, text: words(node) });
      }
    } else if (LISTS.test(name)) {
      flush();
      const items = [...node.children].filter((child) => child.nodeName === 'LI').map(words).filter(Boolean);
      if (items.length) {
        blocks.push({ type: 'list', ordered: name === 'OL', items });
      }
    } else if (name === 'BLOCKQUOTE') {
      flush();
      if (text(node)) {
        blocks.push({ type: 'quote', text: words(node) });
      }
    } else if (name === 'BR') {
      breaks += 1;
      // two line breaks in a row are how plain editors and e-mails end a paragraph
      if (breaks >= 2) {
        flush();
      } else if (run.lastChild) {
        run.append(page.createElement('br'));
      }
    } else if (PARAGRAPHS.test(name) || name === 'BODY' || name === 'TABLE' || name === 'TBODY') {
      flush();
      node.childNodes.forEach(visit);
      flush();
    } else {
      // inline: its markup goes with its words, the blocks inside it (a span around paragraphs) as blocks
      if ([...node.querySelectorAll('*')].some((inner) => PARAGRAPHS.test(inner.nodeName) || HEADINGS.test(inner.nodeName)
        || LISTS.test(inner.nodeName) || inner.nodeName === 'BLOCKQUOTE')) {
        node.childNodes.forEach(visit);
      } else {
        run.append(node.cloneNode(true));
        breaks = 0;
      }
    }
  };
  visit(page.body);
  flush();
  return blocks;
}

/**
 * Plain text as blocks: with blank lines in it, they end paragraphs and a single line break stays a line break;
 * without, every line is a paragraph, as text copied from most editors is written.
 */
export function textBlocks(plain, { quotes = false } = {}) {
  const normal = (quotes ? arabicQuotesIn(plain) : plain).replace(/\r\n?/g, '\n').trim();
  if (!normal) {
    return [];
  }
  const escape = (line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = /\n\s*\n/.test(normal)
    ? normal.split(/\n\s*\n/).map((p) => pastedLines(p).map(escape).join('<br>'))
    : pastedLines(normal).map(escape);
  return paragraphs.filter(Boolean).map((html) => ({ type: 'paragraph', html }));
}
