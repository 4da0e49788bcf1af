// Dragging on the fronts page: a story from the pool onto a place, one place onto another (they swap), a section
// block up or down its list. It only fills the form's own fields, which work without it.
(() => {
  const form = document.getElementById('front-form');
  if (!form) {
    return;
  }
  form.querySelector('.front-pool').hidden = false;

  /** Follows the pointer from a press on {@code handle} to its release, with the element under it. */
  function onDrag(handle, source, move, drop) {
    handle.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) {
        return;
      }
      event.preventDefault();
      source.classList.add('front-dragging');
      const under = (e) => document.elementFromPoint(e.clientX, e.clientY);
      const moved = (e) => move(under(e), e);
      const released = (e) => {
        document.removeEventListener('pointermove', moved);
        document.removeEventListener('pointerup', released);
        source.classList.remove('front-dragging');
        drop(under(e), e);
      };
      document.addEventListener('pointermove', moved);
      document.addEventListener('pointerup', released);
    });
  }

  let over = null;
  function highlight(element) {
    const slot = element ? element.closest('.front-slot') : null;
    if (over !== slot) {
      over?.classList.remove('front-slot--over');
      over = slot;
      over?.classList.add('front-slot--over');
    }
    return slot;
  }
  const selectOf = (slot) => slot.querySelector('select');

  form.querySelectorAll('.front-story').forEach((story) => onDrag(story, story, highlight, (element) => {
    const slot = highlight(element);
    highlight(null);
    if (slot) {
      // a story is on the page once: taken from any place it held before
      form.querySelectorAll('.front-slot select').forEach((select) => {
        if (select.value === story.dataset.story) {
          select.value = '';
        }
      });
      selectOf(slot).value = story.dataset.story;
    }
  }));

  form.querySelectorAll('.front-slot').forEach((slot) => onDrag(slot.querySelector('.front-handle'), slot, highlight, (element) => {
    const target = highlight(element);
    highlight(null);
    if (target && target !== slot) {
      const value = selectOf(target).value;
      selectOf(target).value = selectOf(slot).value;
      selectOf(slot).value = value;
    }
  }));

  const blocks = form.querySelector('.front-blocks');
  function renumber() {
    blocks.querySelectorAll('.front-order').forEach((input, index) => {
      input.value = index;
    });
  }
  blocks.querySelectorAll('.front-block').forEach((block) => onDrag(block.querySelector('.front-handle'), block, (element, e) => {
    const target = element ? element.closest('.front-block') : null;
    if (target && target !== block && blocks.contains(target)) {
      const box = target.getBoundingClientRect();
      blocks.insertBefore(block, e.clientY < box.top + box.height / 2 ? target : target.nextSibling);
    }
  }, renumber));
})();
