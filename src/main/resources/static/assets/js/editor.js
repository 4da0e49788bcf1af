// The story editor works without this script. With it: drafts save themselves every 20 seconds
// while someone types, and the related-news box gets a search that adds stories by headline.
(() => {
  const form = document.getElementById('story-form');
  if (!form) {
    return;
  }
  const status = document.createElement('p');
  status.className = 'autosave';
  status.setAttribute('role', 'status');
  form.querySelector('aside').prepend(status);

  const id = form.dataset.storyId;
  let dirty = false;
  let busy = false;
  let stopped = false;
  form.addEventListener('input', () => { dirty = true; });

  const autosave = async () => {
    if (!dirty || busy || stopped) {
      return;
    }
    busy = true;
    dirty = false;
    const data = new FormData(form);
    data.delete('action');
    data.delete('leadUpload'); // autosave keeps the words; an image is uploaded by a real save
    try {
      const response = await fetch(`/admin/stories/${id}/autosave`, {
        method: 'POST', body: new URLSearchParams(data), headers: { Accept: 'application/json' },
      });
      const body = await response.json().catch(() => ({ message: 'تعذّر الحفظ التلقائي' }));
      if (response.ok) {
        form.querySelector('input[name=version]').value = body.version;
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
  if (id) {
    setInterval(autosave, 20000);
  }

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
