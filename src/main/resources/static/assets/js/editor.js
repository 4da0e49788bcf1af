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

  // the headline, the standfirst and the search engines' fields are counted as they are typed and never cut: a
  // headline over its limit is refused on save, with the count; the others stop at theirs
  const countLength = (field) => {
    const counter = document.createElement('p');
    counter.className = 'counter';
    counter.setAttribute('aria-live', 'polite');
    field.after(counter);
    const limit = Number(field.dataset.limit || field.maxLength);
    const count = () => {
      const length = field.value.trim().length;
      counter.textContent = length > limit ? `${length} من ${limit}: أطول من المسموح بـ${length - limit}؛ اختصره قبل الحفظ` : `${length} من ${limit}`;
      counter.classList.toggle('error', length > limit);
    };
    field.addEventListener('input', count);
    count();
  };
  ['#headline', '#standfirst', '#seoTitle', '#seoDescription'].forEach((selector) => countLength(form.querySelector(selector)));

  // the body's words and reading time, at 200 words a minute, in Arabic's plural forms
  const plural = new Intl.PluralRules('ar');
  const counted = (n, forms) => forms[plural.select(n)].replace('#', n);
  const WORDS = { zero: 'لا كلمات', one: 'كلمة واحدة', two: 'كلمتان', few: '# كلمات', many: '# كلمة', other: '# كلمة' };
  const MINUTES = { zero: 'أقل من دقيقة', one: 'دقيقة', two: 'دقيقتين', few: '# دقائق', many: '# دقيقة', other: '# دقيقة' };
  const bodySize = document.createElement('p');
  bodySize.className = 'counter body-size';
  bodySize.setAttribute('aria-live', 'polite');
  document.getElementById('body-title').after(bodySize);
  // tags are spaces and entities one character each: enough to count words, and cheap on a story of 200 blocks
  const textOf = (field) => (field.name.endsWith('.html') ? field.value.replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;/g, 'x') : field.value);
  const sizeBody = () => {
    const words = [...form.querySelectorAll('fieldset.block [name$=".html"], fieldset.block [name$=".text"], fieldset.block [name$=".items"]')]
      .map(textOf).join(' ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    bodySize.textContent = `${counted(words, WORDS)} · ${words ? `نحو ${counted(Math.max(1, Math.round(words / 200)), MINUTES)} قراءةً` : ''}`.replace(/ · $/, '');
  };
  // counted once typing pauses, not on every key: the count reads every block
  let sizing = 0;
  form.addEventListener('input', () => {
    clearTimeout(sizing);
    sizing = setTimeout(sizeBody, 300);
  });
  sizeBody();

  let id = form.dataset.storyId;

  // what is typed is also kept in this tab's storage until it is saved: a session that ends while someone types
  // (the save then lands on the sign-in page) loses nothing, and the editor offers it back when the story is opened
  const keyOf = () => `nashir:story:${id || 'new'}`;
  const fields = () => [...new FormData(form)].filter(([name, value]) => name !== 'action' && typeof value === 'string');
  const keep = () => {
    try {
      sessionStorage.setItem(keyOf(), JSON.stringify({ at: Date.now(), fields: fields() }));
    } catch (e) {
      // storage full or refused: the server's copy is all there is
    }
  };
  const forget = () => sessionStorage.removeItem(keyOf());
  if (new URLSearchParams(location.search).has('saved')) {
    forget();
  } else if (!form.hasAttribute('data-unsaved')) {
    const kept = JSON.parse(sessionStorage.getItem(keyOf()) || 'null');
    if (kept && JSON.stringify(kept.fields.filter(([n]) => n !== '_csrf')) !== JSON.stringify(fields().filter(([n]) => n !== '_csrf'))) {
      const offer = document.createElement('section');
      offer.className = 'panel restore';
      offer.setAttribute('role', 'alert');
      const words = document.createElement('p');
      const when = new Date(kept.at).toLocaleTimeString('ar', { hour: 'numeric', minute: '2-digit' });
      words.textContent = `في هذه النافذة نسخة من هذا الخبر كُتبت الساعة ${when} ولم تُحفظ.`;
      const restore = document.createElement('button');
      restore.type = 'button';
      restore.className = 'button';
      restore.textContent = 'استعادتها';
      restore.addEventListener('click', () => {
        // the server draws the form as it was typed (nothing is saved until «حفظ»), with today's sign-in token
        const again = document.createElement('form');
        again.method = 'post';
        again.action = form.getAttribute('action'); // form.action is the form's buttons named «action»
        const csrf = form.querySelector('input[name="_csrf"]');
        for (const [name, value] of [...kept.fields.filter(([n]) => n !== '_csrf'), ['_csrf', csrf.value], ['action', 'keep']]) {
          const input = document.createElement('input');
          input.type = 'hidden';
          input.name = name;
          input.value = value;
          again.append(input);
        }
        document.body.append(again);
        again.submit();
      });
      const discard = document.createElement('button');
      discard.type = 'button';
      discard.className = 'button button--quiet';
      discard.textContent = 'تجاهلها';
      discard.addEventListener('click', () => { forget(); offer.remove(); });
      offer.append(words, restore, discard);
      form.before(offer);
    }
  }
  let keepTimer;
  form.addEventListener('input', () => { clearTimeout(keepTimer); keepTimer = setTimeout(keep, 500); });
  form.addEventListener('submit', keep);
  // a page rendered from a submitted form (a block added, moved or removed; a refused save) is not saved yet
  let dirty = form.hasAttribute('data-unsaved');
  let unsaved = dirty;
  let busy = false;
  let waiting = null; // the button pressed while an autosave was on its way
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
    // a page being left by its own form (a save, «إرسال للمراجعة») is hidden on its way out: that form carries
    // the words, and an autosave of a new story then would make it a second time
    if (!dirty || busy || stopped || leaving || !form.querySelector('#headline').value.trim()) {
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
          form.setAttribute('action', `/admin/stories/${id}`);
          history.replaceState(null, '', `/admin/stories/${id}`);
        }
        unsaved = dirty;
        if (!dirty) {
          forget();
        }
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
      if (waiting) {
        const submitter = waiting;
        waiting = null;
        form.requestSubmit(submitter);
      }
    }
  };
  setInterval(autosave, 20000);
  // switching to another tab or window saves at once: it is when a reporter is most likely to forget the page
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      autosave();
    }
  });
  // a save pressed while an autosave is on its way waits for it, and goes with the version it leaves: else the
  // person's own autosave would look like someone else's save
  form.addEventListener('submit', (event) => {
    if (busy) {
      event.preventDefault();
      waiting = event.submitter;
      leaving = false;
    }
  }, true);

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

  // a search field and the list its answers go in, for the pickers below; what a script makes is marked, so that a
  // duplicated block is made again from its fields rather than copied with another block's pickers
  const searchBox = (placeholder, label, listClass) => {
    const search = document.createElement('input');
    search.type = 'search';
    search.placeholder = placeholder;
    search.setAttribute('aria-label', label);
    const results = document.createElement('ul');
    results.className = listClass;
    search.dataset.scriptMade = '';
    results.dataset.scriptMade = '';
    return [search, results];
  };

  // the related-news box shows its stories by headline, each with «إزالة»; the field of ids it stands for is hidden
  const relatedPicker = (input) => {
    const [search, results] = searchBox('ابحث عن خبر منشور لإضافته',
      'ابحث عن خبر منشور لإضافته إلى الأخبار ذات العلاقة', 'picker');
    const picked = input.closest('fieldset').querySelector('ul.picked');
    const ids = () => input.value.split(/[\s,،]+/).filter(Boolean);
    const setIds = (list) => {
      input.value = list.join(' ');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const removable = (li) => {
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'button button--small button--quiet';
      remove.textContent = 'إزالة';
      remove.setAttribute('aria-label', `إزالة: ${li.textContent.trim()}`);
      remove.addEventListener('click', () => {
        setIds(ids().filter((id) => id !== li.dataset.id));
        li.remove();
      });
      li.append(' ', remove);
    };
    picked.querySelectorAll('li button').forEach((button) => button.remove());
    picked.querySelectorAll('li').forEach(removable);
    input.hidden = true;
    input.dataset.scriptHidden = '';
    input.closest('fieldset').querySelector(`label[for="${input.id}"]`).textContent = 'الأخبار ذات العلاقة (تُختار تلقائياً إن لم تختر شيئاً)';
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
            if (ids().includes(String(item.id))) {
              return;
            }
            setIds([...ids(), String(item.id)]);
            const chosen = document.createElement('li');
            chosen.dataset.id = String(item.id);
            chosen.textContent = item.headline;
            removable(chosen);
            picked.append(chosen);
          });
          li.append(add);
          return li;
        }));
      }, 250);
    });
  };

  // every image picker searches the whole library (alt text, caption, credit, folded as Arabic is), a page at a time
  const imagePicker = (select) => {
    const [search, results] = searchBox('ابحث في مكتبة الصور بالوصف أو التعليق أو المصدر', 'ابحث في مكتبة الصور',
      'picker picker--images');
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'button button--small button--quiet';
    more.textContent = 'صور أخرى';
    more.hidden = true;
    more.dataset.scriptMade = '';
    select.after(search, results, more);
    let page = 0;
    let latest = 0;
    const show = async (append) => {
      const asked = ++latest;
      const response = await fetch(`/admin/media/lookup?q=${encodeURIComponent(search.value)}&page=${page}`);
      const found = response.ok ? await response.json() : { items: [], more: false };
      if (asked !== latest) {
        return; // a slower answer to an older query must not replace the newer list
      }
      const items = found.items.map((item) => {
        const li = document.createElement('li');
        const pick = document.createElement('button');
        pick.type = 'button';
        pick.className = 'picker__image';
        const img = document.createElement('img');
        img.src = item.thumbnail;
        img.alt = '';
        img.width = 80;
        const words = document.createElement('span');
        words.textContent = item.credit ? `${item.altText} (${item.credit})` : item.altText;
        pick.append(img, words);
        pick.addEventListener('click', () => {
          let option = [...select.options].find((o) => o.value === String(item.id));
          if (!option) {
            option = new Option(item.altText, String(item.id));
            select.add(option);
          }
          select.value = String(item.id);
          select.dispatchEvent(new Event('input', { bubbles: true }));
          results.replaceChildren();
          more.hidden = true;
        });
        li.append(pick);
        return li;
      });
      if (append) {
        results.append(...items);
      } else {
        results.replaceChildren(...items);
      }
      more.hidden = !found.more;
    };
    let timer;
    search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => { page = 0; show(false); }, 250);
    });
    more.addEventListener('click', () => { page += 1; show(true); });
  };

  // the live preview: the story as typed, drawn by the server with the reader's templates a moment after typing
  // stops, on a phone's width or a desk's; and, read from that page's own tags, how a search engine and a social
  // site will show it
  // (made here: a page that frames nothing has no frame in it, and without a script «معاينة» shows the saved story)
  const formPanel = form.querySelector('#body-title')?.closest('.panel');
  if (formPanel) {
    const panel = document.createElement('section');
    panel.className = 'panel live-preview';
    panel.setAttribute('aria-labelledby', 'live-preview-title');
    const bar = document.createElement('div');
    bar.className = 'actions live-preview__bar';
    const heading = document.createElement('h2');
    heading.id = 'live-preview-title';
    heading.textContent = 'معاينة حية';
    const said = document.createElement('p');
    said.className = 'hint live-preview__said';
    said.setAttribute('role', 'status');
    said.textContent = 'كما يراه القارئ، بقوالب الموقع نفسها؛ لا يُحفظ منها شيء.';
    bar.append(heading, said);
    const holder = document.createElement('div');
    holder.className = 'live-preview__frame';
    const frame = document.createElement('iframe');
    frame.id = 'live-preview';
    frame.title = 'معاينة الخبر كما يراه القارئ';
    holder.append(frame);
    panel.append(bar, holder);
    form.after(panel);
    const widths = document.createElement('div');
    widths.className = 'live-preview__widths';
    widths.setAttribute('role', 'group');
    widths.setAttribute('aria-label', 'عرض المعاينة');
    for (const [label, width] of [['هاتف', 'phone'], ['حاسوب', 'desktop']]) {
      const choose = document.createElement('button');
      choose.type = 'button';
      choose.className = 'button button--small button--quiet';
      choose.textContent = label;
      choose.setAttribute('aria-pressed', String(width === 'phone'));
      choose.addEventListener('click', () => {
        panel.dataset.width = width;
        widths.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b === choose)));
      });
      widths.append(choose);
    }
    panel.dataset.width = 'phone';
    panel.querySelector('.live-preview__bar').append(widths);
    const social = document.createElement('div');
    social.className = 'social-preview';
    panel.append(social);

    const tag = (doc, selector, attribute) => doc.querySelector(selector)?.getAttribute(attribute) || '';
    const showSocial = (doc) => {
      const title = doc.title;
      const description = tag(doc, 'meta[name="description"]', 'content');
      const address = tag(doc, 'link[rel="canonical"]', 'href') || tag(doc, 'meta[property="og:url"]', 'content');
      const image = tag(doc, 'meta[property="og:image"]', 'content');
      const cardTitle = tag(doc, 'meta[property="og:title"]', 'content') || title;
      const cardText = tag(doc, 'meta[property="og:description"]', 'content') || description;
      const cut = (text, most) => (text.length > most ? `${text.slice(0, most - 1)}…` : text);
      const make = (name, className, text) => {
        const element = document.createElement(name);
        element.className = className;
        element.textContent = text;
        return element;
      };
      const result = document.createElement('figure');
      result.className = 'social-preview__search';
      const resultCaption = make('figcaption', 'hint', 'في نتائج البحث');
      let shownAddress = address;
      try {
        shownAddress = decodeURI(address);
      } catch (notEncoded) {
        shownAddress = address;
      }
      const url = make('p', 'social-preview__url', shownAddress);
      url.dir = 'ltr';
      result.append(resultCaption, url, make('p', 'social-preview__title', cut(title, 60)),
        make('p', 'social-preview__text', cut(description, 160)));
      const card = document.createElement('figure');
      card.className = 'social-preview__card';
      const cardCaption = make('figcaption', 'hint', 'بطاقة على الشبكات الاجتماعية');
      card.append(cardCaption);
      if (image) {
        const picture = document.createElement('img');
        picture.src = image;
        picture.alt = '';
        picture.width = 320;
        picture.height = 168;
        card.append(picture);
      }
      let host = '';
      try {
        host = new URL(address, location.href).host;
      } catch (bad) {
        host = location.host;
      }
      const domain = make('p', 'social-preview__url', host);
      domain.dir = 'ltr';
      card.append(domain, make('p', 'social-preview__title', cut(cardTitle, 90)), make('p', 'social-preview__text', cut(cardText, 120)));
      social.replaceChildren(result, card);
    };
    frame.addEventListener('load', () => {
      const doc = frame.contentDocument;
      if (doc && doc.body && doc.body.childElementCount) {
        showSocial(doc);
      }
    });

    let asked = 0;
    let timer;
    const refresh = async () => {
      const mine = ++asked;
      if (!form.querySelector('#headline').value.trim()) {
        said.textContent = 'اكتب العنوان لتظهر المعاينة.';
        return;
      }
      const data = new FormData(form);
      data.delete('action');
      data.delete('leadUpload');
      const storyId = form.dataset.storyId;
      try {
        const response = await fetch(storyId ? `/admin/stories/${storyId}/live-preview` : '/admin/stories/live-preview', {
          method: 'POST', body: new URLSearchParams(data), redirect: 'manual',
        });
        const html = await response.text();
        if (mine !== asked) {
          return; // an older answer must not replace a newer one
        }
        const y = frame.contentWindow?.scrollY || 0;
        frame.addEventListener('load', () => frame.contentWindow?.scrollTo(0, y), { once: true });
        frame.srcdoc = html;
        said.textContent = response.ok ? 'كما يراه القارئ، بقوالب الموقع نفسها؛ لا يُحفظ منها شيء.'
          : 'في المعاينة ما يمنع الحفظ أيضاً؛ انظر الرسالة فيها.';
      } catch (e) {
        said.textContent = 'تعذّرت المعاينة؛ تحقّق من الاتصال.';
      }
    };
    form.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 1200);
    });
    refresh();
  }

  form.querySelectorAll('input[name$=".articles"]').forEach(relatedPicker);
  form.querySelectorAll('select[name=leadMediaId], select[name$=".media"]').forEach(imagePicker);
  // a block added or duplicated in place gets its pickers too
  form.addEventListener('nashir:block-added', (event) => {
    event.detail.querySelectorAll('input[name$=".articles"]').forEach(relatedPicker);
    event.detail.querySelectorAll('select[name$=".media"]').forEach(imagePicker);
  });
})();
