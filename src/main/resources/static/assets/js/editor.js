// The story editor works without this script. With it: a story saves itself every 20 seconds while someone
// types (a new one as a draft once it has a headline; a live one as its pending version), leaving with unsaved
// changes asks first, and the related-news box gets a search that adds stories by headline.
(() => {
  const form = document.getElementById('story-form');
  if (!form) {
    return;
  }
  const status = document.createElement('p');
  status.className = 'autosave';
  status.setAttribute('role', 'status');
  form.querySelector('aside').prepend(status);

  let id = form.dataset.storyId;
  // a page rendered from a submitted form (a block added, moved or removed; a refused save) is not saved yet
  let dirty = form.hasAttribute('data-unsaved');
  let unsaved = dirty;
  let busy = false;
  let stopped = false;
  let leaving = false;
  form.addEventListener('input', () => { dirty = true; unsaved = true; });
  // the form's own buttons (save, publish, block tools) carry what was typed; only leaving otherwise loses it
  form.addEventListener('submit', () => { leaving = true; });
  window.addEventListener('beforeunload', (event) => {
    if (unsaved && !leaving) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  const autosave = async () => {
    if (!dirty || busy || stopped || !form.querySelector('#headline').value.trim()) {
      return;
    }
    busy = true;
    dirty = false;
    const data = new FormData(form);
    data.delete('action');
    data.delete('leadUpload'); // autosave keeps the words; an image is uploaded by a real save
    try {
      const response = await fetch(id ? `/admin/stories/${id}/autosave` : '/admin/stories/autosave', {
        method: 'POST', body: new URLSearchParams(data), headers: { Accept: 'application/json' }, redirect: 'manual',
      });
      if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
        dirty = true; // the session ended: nothing typed leaves this page until the person signs in again
        status.textContent = 'انتهت جلستك؛ لم يُحفظ شيء ولن يضيع ما كتبته. سجّل الدخول في نافذة أخرى ثم عد إلى هنا.';
        return;
      }
      const body = await response.json().catch(() => ({ message: 'تعذّر الحفظ التلقائي' }));
      if (response.ok) {
        form.querySelector('input[name=version]').value = body.version;
        if (!id) {
          id = String(body.id);
          form.dataset.storyId = id;
          form.action = `/admin/stories/${id}`;
          history.replaceState(null, '', `/admin/stories/${id}`);
        }
        unsaved = dirty;
      } else if (response.status === 409) {
        stopped = true; // someone else saved: the person decides, through the normal save and its comparison
      } else {
        dirty = true;
      }
      status.textContent = body.message;
    } catch (e) {
      dirty = true;
      status.textContent = 'تعذّر الحفظ التلقائي؛ تحقّق من الاتصال';
    } finally {
      busy = false;
    }
  };
  setInterval(autosave, 20000);

  // who else has the story open, every half minute; told when someone takes it over, and gone when the page is left
  const csrf = form.querySelector('input[type=hidden][name^="_csrf"]') || form.querySelectorAll('input[type=hidden]')[0];
  const presence = document.getElementById('presence');
  let held = false;
  const beat = async () => {
    if (!id || !presence) {
      return;
    }
    try {
      const body = new URLSearchParams([[csrf.name, csrf.value]]);
      const response = await fetch(`/admin/stories/${id}/presence`, {
        method: 'POST', body, headers: { Accept: 'application/json' }, redirect: 'manual',
      });
      if (!response.ok) {
        return;
      }
      const now = await response.json();
      document.getElementById('presence-text').textContent = now.message;
      presence.hidden = !now.message;
      document.getElementById('takeover').hidden = !now.holder;
      if (held && !now.youHold && now.holder) {
        stopped = true;
        status.textContent = `تولّى ${now.holder} تحرير هذا الخبر؛ توقف الحفظ التلقائي. نصك باقٍ هنا: احفظه لتقارنه بنسخته.`;
      }
      held = now.youHold;
    } catch (e) {
      // the next beat tries again
    }
  };
  beat();
  setInterval(beat, 30000);
  window.addEventListener('pagehide', () => {
    if (id && presence) {
      navigator.sendBeacon(`/admin/stories/${id}/presence/leave`, new URLSearchParams([[csrf.name, csrf.value]]));
    }
  });

  for (const input of form.querySelectorAll('input[name$=".articles"]')) {
    const search = document.createElement('input');
    search.type = 'search';
    search.placeholder = 'ابحث عن خبر منشور لإضافته';
    search.setAttribute('aria-label', 'ابحث عن خبر منشور لإضافته إلى الأخبار ذات العلاقة');
    const results = document.createElement('ul');
    results.className = 'picker';
    input.after(search, results);
    let timer;
    let latest = 0;
    search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const asked = ++latest;
        const response = await fetch('/admin/stories/lookup?q=' + encodeURIComponent(search.value));
        const items = response.ok ? await response.json() : [];
        if (asked !== latest) {
          return; // a slower answer to an older query must not replace the newer list
        }
        results.replaceChildren(...items.map((item) => {
          const li = document.createElement('li');
          const add = document.createElement('button');
          add.type = 'button';
          add.className = 'button button--small button--quiet';
          add.textContent = item.headline;
          add.addEventListener('click', () => {
            const ids = input.value.split(/[\s,،]+/).filter(Boolean);
            if (!ids.includes(String(item.id))) {
              ids.push(String(item.id));
            }
            input.value = ids.join(' ');
            input.dispatchEvent(new Event('input', { bubbles: true }));
          });
          li.append(add);
          return li;
        }));
      }, 250);
    });
  }
})();
