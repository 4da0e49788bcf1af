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
  const walker = page.createTreeWalker(page.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let textBefore = false;
  let lastBreak = null;
  const extra = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
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

export function pastedHtml(html, parse = (text) => new DOMParser().parseFromString(text, 'text/html')) {
  const page = parse(html);
  page.querySelectorAll('style, script, template, meta, link, title').forEach((element) => element.remove());
  styledAsMarkup(page);
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
