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

/**
 * Takes over the blocks' buttons: a block is added (a copy of the page's hidden new block), moved, duplicated or removed where
 * it is, keeps the focus on what was pressed, says so to screen readers, and a removed block can be brought back.
 * {@code prepare} readies a block's fields (a paragraph's rich text). The related-news box, whose search the page's
 * other script sets up when it loads, is still added and duplicated by the server.
 */
export function blocksInPlace(form, prepare) {
  const panel = form.querySelector('.add-block')?.parentElement;
  if (!panel) {
    return;
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
  const say = (text, undo) => {
    status.replaceChildren(text);
    if (undo) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button--small button--quiet';
      button.textContent = 'تراجع';
      button.addEventListener('click', () => {
        undo();
        status.replaceChildren('أُعيدت الكتلة.');
      });
      status.append(' ', button);
    }
  };
  const focusIn = (fieldset) => fieldset.querySelector('[contenteditable="true"], input:not([type="hidden"]), textarea:not([hidden]), select')?.focus();
  const added = (fieldset, after) => {
    after.after(fieldset);
    fieldset.querySelectorAll('.block__handle').forEach((copied) => copied.remove());
    handles(fieldset);
    prepare(fieldset);
    changed();
    focusIn(fieldset);
  };
  panel.addEventListener('click', (event) => {
    const button = event.target.closest('button[name="action"]');
    if (!button) {
      return;
    }
    const [action, argument] = button.value.split(':');
    if (action === 'add') {
      const prototype = document.querySelector(`.new-blocks > fieldset.block--${CSS.escape(argument)}`);
      if (!prototype || argument === 'related') {
        return;
      }
      event.preventDefault();
      const all = fieldsets();
      const fieldset = prototype.cloneNode(true);
      added(fieldset, all.length ? all[all.length - 1] : panel.querySelector('#body-title'));
      say(`أُضيفت الكتلة ${fieldsets().indexOf(fieldset) + 1}.`);
      return;
    }
    const fieldset = button.closest('fieldset.block');
    if (!fieldset) {
      return;
    }
    const all = fieldsets();
    const at = all.indexOf(fieldset);
    if (action === 'duplicate') {
      if (fieldset.classList.contains('block--related')) {
        return;
      }
      event.preventDefault();
      const copy = fieldset.cloneNode(true);
      // the copy's rich text is made again from its field; what the server said of the original is not the copy's
      copy.querySelectorAll('.rich, .error').forEach((element) => element.remove());
      copy.querySelectorAll('textarea[hidden]').forEach((field) => { field.hidden = false; });
      added(copy, fieldset);
      say(`كُرّرت الكتلة ${at + 1}.`);
      return;
    }
    event.preventDefault();
    if (action === 'up' || action === 'down') {
      move(fieldset, action);
      button.focus();
    } else if (action === 'remove') {
      const after = fieldset.nextElementSibling;
      fieldset.remove();
      changed();
      say(`حُذفت الكتلة ${at + 1}.`, () => {
        after.before(fieldset);
        changed();
      });
    }
  });

  // Alt+Shift+↑ or ↓ moves the block being written in, the caret staying where it was
  panel.addEventListener('keydown', (event) => {
    const fieldset = event.target.closest?.('fieldset.block');
    if (fieldset && event.altKey && event.shiftKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const focused = document.activeElement;
      move(fieldset, event.key === 'ArrowUp' ? 'up' : 'down');
      focused.focus();
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
    if (below(target, event)) {
      target.after(dragged);
    } else {
      target.before(dragged);
    }
    changed();
    say(`نُقلت الكتلة إلى الموضع ${fieldsets().indexOf(dragged) + 1}.`);
  });
  function move(fieldset, direction) {
    const all = fieldsets();
    const at = all.indexOf(fieldset);
    if (direction === 'up' && at > 0) {
      all[at - 1].before(fieldset);
    } else if (direction === 'down' && at < all.length - 1) {
      all[at + 1].after(fieldset);
    } else {
      return;
    }
    changed();
    say(`نُقلت الكتلة إلى الموضع ${fieldsets().indexOf(fieldset) + 1}.`);
  }
}
