// Blocks are added, moved, duplicated and removed in place, without a page load: the fieldsets are reordered and every index in their
// fields' names, ids and labels written again, so the form posts exactly what a page drawn by the server would.
// The server orders blocks by the index in their names (block.<index>.<field>).

/** One attribute's value with the block's index (counted from 0) put where the server drew it. */
export function withIndex(attribute, value, index) {
  switch (attribute) {
    case 'name':
      return value.replace(/^block\.\d+\./, `block.${index}.`);
    case 'id':
    case 'for':
    case 'aria-labelledby':
    case 'aria-describedby':
    case 'aria-controls':
      return value.replace(/(^|\s)b\d+-/g, `$1b${index}-`);
    case 'value':
      return value.replace(/^(up|down|duplicate|remove):\d+$/, `$1:${index}`);
    case 'aria-label':
      return value.replace(/الكتلة \d+/, `الكتلة ${index + 1}`);
    default:
      return value;
  }
}

const ATTRIBUTES = ['name', 'id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'value', 'aria-label'];

export function renumber(fieldsets) {
  fieldsets.forEach((fieldset, index) => {
    fieldset.querySelectorAll('*').forEach((element) => {
      ATTRIBUTES.forEach((attribute) => {
        const value = element.getAttribute(attribute);
        if (value !== null && (attribute !== 'value' || element.tagName === 'BUTTON')) {
          const changed = withIndex(attribute, value, index);
          if (changed !== value) {
            element.setAttribute(attribute, changed);
          }
        }
      });
    });
    const legend = fieldset.querySelector('legend');
    const number = [...legend.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && /^\s*\d+\./.test(node.data));
    number.data = number.data.replace(/^(\s*)\d+\./, `$1${index + 1}.`);
  });
}

/** The most blocks a story holds: the server's own limit (BodyCodec.MAX_BLOCKS), said before a paste passes it. */
export const MOST_BLOCKS = 500;

/**
 * One clock for the blocks' changes and every paragraph's typing, so that Ctrl+Z undoes whichever came last.
 */
let clock = 0;
export const tick = () => {
  clock += 1;
  return clock;
};

/** Puts what a pasted or new block should say into its fields, before its rich text is drawn from them. */
export function fill(fieldset, piece) {
  const field = (suffix) => fieldset.querySelector(`[name$=".${suffix}"]`);
  switch (piece.type) {
    case 'paragraph':
      field('html').value = piece.html;
      break;
    case 'heading':
      field('text').value = piece.text;
      field('level').value = String(piece.level);
      break;
    case 'list':
      field('items').value = piece.items.join('\n');
      field('ordered').checked = piece.ordered;
      break;
    case 'quote':
      field('text').value = piece.text;
      break;
    case 'image': {
      const select = field('media');
      select.add(new Option(piece.label, String(piece.media)));
      select.value = String(piece.media);
      break;
    }
    default:
      throw new Error(`no block of kind ${piece.type}`);
  }
}

/**
 * Takes over the blocks' buttons: a block is added (a copy of the page's hidden new block), moved, duplicated or removed where
 * it is, keeps the focus on what was pressed, says so to screen readers. Every change of the blocks' order or number
 * can be undone and redone (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y outside a text that has its own undo, or the buttons in
 * what is said), as one history of the arrangement. {@code prepare} readies a block's fields (a paragraph's rich
 * text); the page's other script is told of every block added ({@code nashir:block-added}) to give it its pickers.
 * Returns the history and what the paragraphs' editor uses: {@code insert(after, pieces)}, which adds blocks with
 * their words after a block, as one change.
 */
export function blocksInPlace(form, prepare) {
  const panel = form.querySelector('.add-block')?.parentElement;
  if (!panel) {
    return {
      insert: () => false, undo: () => false, redo: () => false, lastDone: () => 0, lastUndone: () => 0, room: () => 0,
    };
  }
  const status = document.createElement('p');
  status.className = 'blocks-status';
  status.setAttribute('role', 'status');
  panel.querySelector('.add-block').before(status);
  const fieldsets = () => [...panel.querySelectorAll(':scope > fieldset.block')];
  const changed = () => {
    renumber(fieldsets());
    form.dispatchEvent(new Event('input', { bubbles: true }));
  };

  // the history of arrangements: each entry the blocks, in order, before and after one change
  const done = [];
  const undone = [];
  const arrange = (blocks) => {
    fieldsets().forEach((fieldset) => fieldset.remove());
    status.before(...blocks);
    changed();
  };
  const button = (text, run) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'button button--small button--quiet';
    b.textContent = text;
    b.addEventListener('click', run);
    return b;
  };
  const say = (text) => {
    status.replaceChildren(text);
    if (done.length) {
      status.append(' ', button('تراجع', undo));
    }
    if (undone.length) {
      status.append(' ', button('إعادة', redo));
    }
  };
  // what: the change as the undo button's message names it; told: what is said once it is done; text: the words a
  // paste took out of the paragraph it split, put back and taken again with the blocks
  const change = (what, act, told, text = null) => {
    const before = fieldsets();
    act();
    changed();
    done.push({ what, before, after: fieldsets(), text, at: tick() });
    undone.length = 0;
    say(told());
  };
  function undo() {
    const last = done.pop();
    if (!last) {
      return false;
    }
    arrange(last.before);
    last.text?.undo();
    last.undoneAt = tick();
    undone.push(last);
    say(`تراجعت عن: ${last.what}`);
    return true;
  }
  function redo() {
    const last = undone.pop();
    if (!last) {
      return false;
    }
    arrange(last.after);
    last.text?.redo();
    last.at = tick();
    done.push(last);
    say(`أُعيد: ${last.what}`);
    return true;
  }

  const focusIn = (fieldset) => fieldset.querySelector('[contenteditable="true"], input:not([type="hidden"]), textarea:not([hidden]), select')?.focus();
  const ready = (fieldset) => {
    fieldset.querySelectorAll('.block__handle').forEach((copied) => copied.remove());
    handles(fieldset);
    prepare(fieldset);
    // the page's other script gives it its pickers (images, related stories)
    form.dispatchEvent(new CustomEvent('nashir:block-added', { detail: fieldset }));
  };
  const fresh = (type) => {
    const prototype = document.querySelector(`.new-blocks > fieldset.block--${CSS.escape(type)}`);
    return prototype ? prototype.cloneNode(true) : null;
  };
  const lastOrTitle = () => {
    const all = fieldsets();
    return all.length ? all[all.length - 1] : panel.querySelector('#body-title');
  };

  panel.addEventListener('click', (event) => {
    const pressed = event.target.closest('button[name="action"]');
    if (!pressed) {
      return;
    }
    const [action, argument] = pressed.value.split(':');
    if (action === 'add') {
      const fieldset = fresh(argument);
      if (!fieldset) {
        return;
      }
      event.preventDefault();
      const after = lastOrTitle();
      change('إضافة كتلة', () => {
        after.after(fieldset);
        ready(fieldset);
      }, () => `أُضيفت الكتلة ${fieldsets().indexOf(fieldset) + 1}.`);
      focusIn(fieldset);
      return;
    }
    const fieldset = pressed.closest('fieldset.block');
    if (!fieldset) {
      return;
    }
    const at = fieldsets().indexOf(fieldset);
    if (action === 'duplicate') {
      event.preventDefault();
      const copy = fieldset.cloneNode(true);
      // what scripts made in the copy (rich text, pickers) is made again from its fields; what the server said of the
      // original is not the copy's; a list's choice is not copied by cloning, so it is copied here
      copy.querySelectorAll('[data-script-made], .error').forEach((element) => element.remove());
      copy.querySelectorAll('[data-script-hidden]').forEach((field) => {
        field.hidden = false;
        delete field.dataset.scriptHidden;
      });
      const selects = fieldset.querySelectorAll('select');
      copy.querySelectorAll('select').forEach((select, i) => {
        if (![...select.options].some((o) => o.value === selects[i].value)) {
          select.add(new Option(selects[i].selectedOptions[0]?.text ?? '', selects[i].value));
        }
        select.value = selects[i].value;
      });
      change(`تكرار الكتلة ${at + 1}`, () => {
        fieldset.after(copy);
        ready(copy);
      }, () => `كُرّرت الكتلة ${at + 1}.`);
      focusIn(copy);
      return;
    }
    event.preventDefault();
    if (action === 'up' || action === 'down') {
      move(fieldset, action);
      pressed.focus();
    } else if (action === 'remove') {
      change(`حذف الكتلة ${at + 1}`, () => fieldset.remove(), () => `حُذفت الكتلة ${at + 1}.`);
    }
  });

  // Alt+Shift+↑ or ↓ moves the block being written in, the caret staying where it was; Ctrl+Z and Ctrl+Shift+Z (or
  // Ctrl+Y) undo and redo a change of the blocks where no text field has taken them for its own undo
  panel.addEventListener('keydown', (event) => {
    const fieldset = event.target.closest?.('fieldset.block');
    if (fieldset && event.altKey && event.shiftKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const focused = document.activeElement;
      move(fieldset, event.key === 'ArrowUp' ? 'up' : 'down');
      focused.focus();
      return;
    }
    const mod = event.ctrlKey || event.metaKey;
    // the key's position, not its letter, so the shortcut works on an Arabic layout too
    const z = event.code === 'KeyZ';
    const y = event.code === 'KeyY';
    if (!mod || event.altKey || !(z || y) || event.defaultPrevented || event.target.matches?.('input, textarea, select')) {
      return;
    }
    if (z && !event.shiftKey && done.length) {
      event.preventDefault();
      undo();
    } else if (((z && event.shiftKey) || y) && undone.length) {
      event.preventDefault();
      redo();
    }
  });

  // a block is dragged by the handle in its title and dropped above or below another
  let dragged = null;
  function handles(root) {
    root.querySelectorAll(':scope > legend').forEach((legend) => {
      const handle = document.createElement('span');
      handle.className = 'block__handle';
      handle.draggable = true;
      handle.title = 'اسحب لنقل الكتلة، أو Alt+Shift+↑ و↓';
      handle.textContent = '⋮⋮';
      handle.setAttribute('aria-hidden', 'true');
      handle.addEventListener('dragstart', (event) => {
        dragged = legend.parentElement;
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', '');
        dragged.classList.add('block--dragged');
      });
      handle.addEventListener('dragend', () => {
        dragged?.classList.remove('block--dragged');
        dragged = null;
      });
      legend.prepend(handle, ' ');
    });
  }
  fieldsets().forEach(handles);
  const below = (fieldset, event) => event.clientY > fieldset.getBoundingClientRect().top + fieldset.offsetHeight / 2;
  panel.addEventListener('dragover', (event) => {
    const target = event.target.closest?.('fieldset.block');
    if (dragged && target && target !== dragged) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    }
  });
  panel.addEventListener('drop', (event) => {
    const target = event.target.closest?.('fieldset.block');
    if (!dragged || !target || target === dragged) {
      return;
    }
    event.preventDefault();
    const moving = dragged;
    change(`نقل الكتلة ${fieldsets().indexOf(moving) + 1}`, () => {
      if (below(target, event)) {
        target.after(moving);
      } else {
        target.before(moving);
      }
    }, () => `نُقلت الكتلة إلى الموضع ${fieldsets().indexOf(moving) + 1}.`);
  });
  function move(fieldset, direction) {
    const all = fieldsets();
    const at = all.indexOf(fieldset);
    if ((direction === 'up' && at === 0) || (direction === 'down' && at === all.length - 1)) {
      return;
    }
    change(`نقل الكتلة ${at + 1}`, () => {
      if (direction === 'up') {
        all[at - 1].before(fieldset);
      } else {
        all[at + 1].after(fieldset);
      }
    }, () => `نُقلت الكتلة إلى الموضع ${fieldsets().indexOf(fieldset) + 1}.`);
  }

  return {
    undo,
    redo,
    /** How many more blocks the story can take. */
    room: () => MOST_BLOCKS - fieldsets().length,
    /** When the newest change still done was made, and when the newest one undone was undone: 0 for none. */
    lastDone: () => done[done.length - 1]?.at ?? 0,
    lastUndone: () => undone[undone.length - 1]?.undoneAt ?? 0,
    insert(after, pieces, text) {
      const made = pieces.map((piece) => {
        const fieldset = fresh(piece.type);
        if (fieldset) {
          fill(fieldset, piece);
        }
        return fieldset;
      }).filter(Boolean);
      if (!made.length) {
        return false;
      }
      const n = made.length;
      const count = n === 1 ? 'كتلة' : n === 2 ? 'كتلتين' : n <= 10 ? `${n} كتل` : `${n} كتلة`;
      change(`لصق ${count}`, () => {
        after.after(...made);
        made.forEach(ready);
      }, () => `لُصقت ${count} بعد الكتلة ${fieldsets().indexOf(made[0])}، كلٌّ بنوعه.`, text);
      focusIn(made[made.length - 1]);
      return true;
    },
  };
}
