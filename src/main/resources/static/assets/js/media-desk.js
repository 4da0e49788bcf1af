// The picture desk with a script: many files dropped or chosen at once, each described and uploaded with its progress;
// a crop drawn and a focal point put on the picture itself. Without it, the same forms take one file and six numbers.
(function () {
  'use strict';

  // ---- uploads: every file its own row, its own alt text, its own progress, its own refusal
  const form = document.querySelector('.upload__form');
  if (form) {
    const panel = form.closest('.upload');
    const input = form.querySelector('#file');
    const single = form.querySelector('.upload__single');
    const submit = form.querySelector('button[type="submit"]');
    const credit = form.querySelector('#credit');
    const csrf = form.querySelector('input[type="hidden"]');
    const list = document.createElement('ul');
    list.className = 'upload__list';
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    form.append(list, status);
    input.multiple = true;
    input.required = false;
    form.querySelector('.upload__hint').hidden = false;
    single.hidden = true;
    single.querySelectorAll('input').forEach((field) => { field.required = false; });
    submit.textContent = 'رفع الكل';
    submit.hidden = true;
    let counter = 0;

    const field = (label, name, required, value) => {
      const id = `upload-${counter}-${name}`;
      const wrap = document.createElement('div');
      const l = document.createElement('label');
      l.htmlFor = id;
      l.textContent = label;
      const f = document.createElement('input');
      f.id = id;
      f.name = name;
      f.required = required;
      f.maxLength = name === 'caption' ? 1000 : name === 'credit' ? 200 : 500;
      f.value = value || '';
      if (name === 'credit') {
        f.setAttribute('list', 'credits');
      }
      wrap.append(l, f);
      return wrap;
    };

    const add = (files) => {
      [...files].filter((file) => file.type.startsWith('image/') || file.type === '').forEach((file) => {
        counter += 1;
        const row = document.createElement('li');
        row.className = 'upload__item';
        row.file = file;
        const preview = document.createElement('img');
        preview.src = URL.createObjectURL(file);
        preview.alt = '';
        const fields = document.createElement('div');
        const words = document.createElement('div');
        words.className = 'upload__words';
        const name = document.createElement('p');
        name.dir = 'auto';
        name.textContent = file.name;
        const progress = document.createElement('progress');
        progress.max = 100;
        progress.value = 0;
        progress.hidden = true;
        const said = document.createElement('p');
        said.className = 'upload__said';
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'button button--small button--quiet';
        remove.textContent = 'إزالة من القائمة';
        remove.addEventListener('click', () => {
          URL.revokeObjectURL(preview.src);
          row.remove();
          submit.hidden = !list.querySelector('.upload__item:not(.upload__item--done)');
        });
        words.append(field('النص البديل (وصف الصورة لمن لا يراها)', 'altText', true),
          field('التعليق', 'caption', false), field('المصدر', 'credit', false, credit.value));
        fields.append(name, words, progress, said, remove);
        row.append(preview, fields);
        list.append(row);
      });
      submit.hidden = !list.querySelector('.upload__item:not(.upload__item--done)');
      list.querySelector('.upload__item:not(.upload__item--done) input[name="altText"]')?.focus();
    };

    const send = (row) => new Promise((resolve) => {
      const data = new FormData();
      data.append(csrf.name, csrf.value);
      data.append('file', row.file);
      row.querySelectorAll('input').forEach((f) => data.append(f.name, f.value));
      const progress = row.querySelector('progress');
      const said = row.querySelector('.upload__said');
      progress.hidden = false;
      said.className = 'upload__said';
      said.textContent = 'يُرفع…';
      const request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.setRequestHeader('Accept', 'application/json');
      request.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) {
          progress.value = Math.round((event.loaded / event.total) * 100);
        }
      });
      request.addEventListener('load', () => {
        let answer = {};
        try {
          answer = JSON.parse(request.responseText);
        } catch (notJson) {
          answer = {};
        }
        if (request.status === 201) {
          progress.value = 100;
          row.classList.add('upload__item--done');
          row.querySelectorAll('input').forEach((f) => { f.disabled = true; });
          row.querySelector('button').hidden = true;
          said.className = 'upload__done';
          said.replaceChildren('رُفعت. ');
          const link = document.createElement('a');
          link.href = answer.edit;
          link.textContent = 'القص ونقطة التركيز';
          said.append(link);
          resolve(true);
        } else {
          progress.hidden = true;
          said.className = 'error';
          said.textContent = answer.error || (request.status === 403
            ? 'انتهت الجلسة أو لا تملك الرفع؛ حدّث الصفحة وسجّل الدخول ثم أعد المحاولة.'
            : 'تعذّر الرفع؛ أعد المحاولة.');
          resolve(false);
        }
      });
      request.addEventListener('error', () => {
        progress.hidden = true;
        said.className = 'error';
        said.textContent = 'انقطع الاتصال أثناء الرفع؛ الملف ما زال هنا، أعد المحاولة.';
        resolve(false);
      });
      request.send(data);
    });

    input.addEventListener('change', () => {
      add(input.files);
      input.value = '';
    });
    panel.addEventListener('dragover', (event) => {
      if ([...event.dataTransfer.types].includes('Files')) {
        event.preventDefault();
        panel.classList.add('upload--over');
      }
    });
    panel.addEventListener('dragleave', (event) => {
      if (!panel.contains(event.relatedTarget)) {
        panel.classList.remove('upload--over');
      }
    });
    panel.addEventListener('drop', (event) => {
      event.preventDefault();
      panel.classList.remove('upload--over');
      add(event.dataTransfer.files);
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const waiting = [...list.querySelectorAll('.upload__item:not(.upload__item--done)')];
      const undescribed = waiting.find((row) => !row.querySelector('input[name="altText"]').value.trim());
      if (undescribed) {
        status.textContent = 'لكل صورة نصها البديل قبل رفعها.';
        undescribed.querySelector('input[name="altText"]').focus();
        return;
      }
      submit.disabled = true;
      let done = 0;
      // one at a time: two cores resize each picture into five sizes, and a refusal stops nothing else
      for (const row of waiting) {
        if (await send(row)) {
          done += 1;
        }
      }
      submit.disabled = false;
      submit.hidden = !list.querySelector('.upload__item:not(.upload__item--done)');
      status.textContent = done === waiting.length ? `رُفعت الصور كلها (${done}).` : `رُفعت ${done} من ${waiting.length}؛ انظر ما لم يُرفع.`;
    });
  }

  // ---- framing: drag a rectangle to crop, or click to put the focal point
  const frame = document.querySelector('.frame');
  const frameForm = document.querySelector('.frame__form');
  if (frame && frameForm) {
    const picture = frame.querySelector('.frame__whole');
    const value = (id) => parseFloat(frameForm.querySelector(`#${id}`).value || '0');
    const set = (id, number) => { frameForm.querySelector(`#${id}`).value = String(Math.round(number * 10) / 10); };
    const box = document.createElement('div');
    box.className = 'frame__box';
    const dot = document.createElement('div');
    dot.className = 'frame__dot';
    frame.append(box, dot);

    const modes = document.createElement('div');
    modes.className = 'frame__modes';
    modes.setAttribute('role', 'radiogroup');
    modes.setAttribute('aria-label', 'ما يفعله السحب على الصورة');
    const mode = (label, name, checked) => {
      const l = document.createElement('label');
      const r = document.createElement('input');
      r.type = 'radio';
      r.name = 'frame-mode';
      r.value = name;
      r.checked = checked;
      l.append(r, ` ${label}`);
      modes.append(l);
    };
    mode('اسحب لتحديد القص', 'crop', true);
    mode('انقر لوضع نقطة التركيز', 'focus', false);
    frame.before(modes);
    const current = () => modes.querySelector('input:checked').value;

    const draw = () => {
      const w = picture.clientWidth;
      const h = picture.clientHeight;
      const x = value('crop-x') / 100;
      const y = value('crop-y') / 100;
      const cw = (value('crop-width') || 100) / 100;
      const ch = (value('crop-height') || 100) / 100;
      // the picture keeps its left-to-right pixels in a right-to-left page: left is measured from the left
      box.style.left = `${x * w}px`;
      box.style.top = `${y * h}px`;
      box.style.width = `${cw * w}px`;
      box.style.height = `${ch * h}px`;
      dot.style.left = `${(x + (value('focus-x') / 100) * cw) * w}px`;
      dot.style.top = `${(y + (value('focus-y') / 100) * ch) * h}px`;
    };
    const at = (event) => {
      const r = picture.getBoundingClientRect();
      return {
        x: Math.min(1, Math.max(0, (event.clientX - r.left) / r.width)),
        y: Math.min(1, Math.max(0, (event.clientY - r.top) / r.height)),
      };
    };
    let start = null;
    frame.addEventListener('pointerdown', (event) => {
      event.preventDefault();
      const p = at(event);
      if (current() === 'focus') {
        const x = value('crop-x') / 100;
        const y = value('crop-y') / 100;
        const cw = value('crop-width') / 100;
        const ch = value('crop-height') / 100;
        set('focus-x', Math.min(100, Math.max(0, ((p.x - x) / cw) * 100)));
        set('focus-y', Math.min(100, Math.max(0, ((p.y - y) / ch) * 100)));
        draw();
        return;
      }
      start = p;
      frame.setPointerCapture(event.pointerId);
    });
    frame.addEventListener('pointermove', (event) => {
      if (!start) {
        return;
      }
      const p = at(event);
      const left = Math.min(start.x, p.x);
      const top = Math.min(start.y, p.y);
      set('crop-x', left * 100);
      set('crop-y', top * 100);
      set('crop-width', Math.max(0.05, Math.abs(p.x - start.x)) * 100);
      set('crop-height', Math.max(0.05, Math.abs(p.y - start.y)) * 100);
      draw();
    });
    const end = () => {
      if (start) {
        start = null;
        // a crop too small to mean anything is taken as a click: the whole picture again
        if (value('crop-width') <= 5 && value('crop-height') <= 5) {
          set('crop-x', 0);
          set('crop-y', 0);
          set('crop-width', 100);
          set('crop-height', 100);
        }
        draw();
      }
    };
    frame.addEventListener('pointerup', end);
    frame.addEventListener('pointercancel', end);
    frameForm.addEventListener('input', draw);
    if (picture.complete) {
      draw();
    } else {
      picture.addEventListener('load', draw);
    }
    window.addEventListener('resize', draw);
  }
}());
