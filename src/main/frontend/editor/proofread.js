// Common slips in Arabic news copy, found in text and never changed by themselves: each finding says what and where,
// and offers what to write instead, which the writer may take or leave. The rules are few and certain rather than
// many and noisy: a word list for hamza and ta marbuta, and patterns for repeats, spacing and punctuation.

const LETTER = '\\u0621-\\u064A\\u066E-\\u06D3\\u06FA-\\u06FF';
const MARKS = '\\u064B-\\u065F\\u0670';
const WORD = new RegExp(`[${LETTER}${MARKS}]+|[A-Za-z]+|[0-9\\u0660-\\u0669]+`, 'g');
const ARABIC = new RegExp(`[${LETTER}]`);

// Frequent words whose alef takes a hamza (or madda), written bare. Only words where the bare form is no other word
// are listed; «ان» stands for both «أن» and «إن», so both are offered.
const HAMZA = new Map(Object.entries({
  الى: ['إلى'], اذا: ['إذا'], ايضا: ['أيضاً'], ايضاً: ['أيضاً'], اكثر: ['أكثر'], اقل: ['أقل'], امس: ['أمس'],
  او: ['أو'], اي: ['أي'], الان: ['الآن'], اخرى: ['أخرى'], اخر: ['آخر'], احد: ['أحد'], اول: ['أول'], اولى: ['أولى'],
  اكد: ['أكد'], اكدت: ['أكدت'], اعلن: ['أعلن'], اعلنت: ['أعلنت'], اشار: ['أشار'], اشارت: ['أشارت'], اضاف: ['أضاف'],
  اضافت: ['أضافت'], اوضح: ['أوضح'], اوضحت: ['أوضحت'], امام: ['أمام'], اطار: ['إطار'], ان: ['أن', 'إن'],
  انه: ['أنه', 'إنه'], انها: ['أنها', 'إنها'], انهم: ['أنهم', 'إنهم'], لان: ['لأن'], الا: ['إلا', 'ألا'],
  اسرائيل: ['إسرائيل'], ايران: ['إيران'], امريكا: ['أمريكا'], اوروبا: ['أوروبا'], افريقيا: ['أفريقيا'],
  اسيا: ['آسيا'], ابريل: ['أبريل'], اغسطس: ['أغسطس'], اكتوبر: ['أكتوبر'], اذار: ['آذار'], ايار: ['أيار'],
  ايلول: ['أيلول'], اثناء: ['أثناء'], امين: ['أمين'], اجل: ['أجل'], اكبر: ['أكبر'], اصغر: ['أصغر'],
  اهم: ['أهم'], اصبح: ['أصبح'], اصبحت: ['أصبحت'], ابدى: ['أبدى'], اعرب: ['أعرب'], اجرى: ['أجرى'], ازمة: ['أزمة'],
  اسعار: ['أسعار'], اسبوع: ['أسبوع'], اعمال: ['أعمال'], انتاج: ['إنتاج'], انشاء: ['إنشاء'], اجراء: ['إجراء'],
  اجراءات: ['إجراءات'], اعادة: ['إعادة'], ادارة: ['إدارة'], اصلاح: ['إصلاح'],
}));

// Words whose last letter is a true ha, which a definite noun ending in «ه» may be; any other is a ta marbuta
// written without its dots.
const HA = new Set(['الله', 'الإله', 'الوجه', 'الاتجاه', 'الانتباه', 'المياه', 'الشبه', 'التوجه', 'الفقه', 'المكره',
  'التنبيه', 'التشبيه', 'الترفيه', 'المشتبه', 'الرفاه', 'الجاه', 'المتجه', 'الاشتباه', 'الأفواه', 'الشفاه', 'النزيه',
  'السفيه', 'الكره', 'التنزه', 'المنتزه', 'التمويه', 'التشويه', 'التوجيه', 'النبيه', 'الفواكه', 'الأشباه', 'الإكراه',
  'المتشابه', 'التفقه', 'البديه', 'الوجيه', 'المنبه', 'المعتوه', 'الأبله']);

// «و» and «ف» before a word, and «ال» before a noun, keep the word's hamza: «والى»، «الاسبوع»
function hamza(plain) {
  const whole = HAMZA.get(plain);
  if (whole) {
    return whole;
  }
  const conjunction = /^[وف]/.test(plain) && plain.length > 3 ? HAMZA.get(plain.slice(1)) : null;
  if (conjunction) {
    return conjunction.map((word) => plain[0] + word);
  }
  const definite = /^(?:[وف]?)ال/.exec(plain);
  const noun = definite && HAMZA.get(plain.slice(definite[0].length));
  // only nouns: a hamza list's verb or particle after «ال» is another word
  return noun && noun.length === 1 && NOUNS.has(plain.slice(definite[0].length)) ? [definite[0] + noun[0]] : null;
}

// the list's nouns, which «ال» may come before
const NOUNS = new Set(['اسبوع', 'اسعار', 'اعمال', 'انتاج', 'انشاء', 'اجراء', 'اجراءات', 'اعادة', 'ادارة', 'اصلاح',
  'ازمة', 'اطار', 'امين', 'اثناء']);

const PUNCTUATION = { ',': '،', '?': '؟', ';': '؛' };

/** A slip found in a text, by its offsets there. */
function finding(from, to, kind, message, suggestions) {
  return { from, to, kind, message, suggestions };
}

// a word without its diacritics, as the lists hold it
const bare = (word) => word.replace(new RegExp(`[${MARKS}]`, 'g'), '');

/** Every slip in one field's text, in order. */
export function check(text) {
  const found = [];
  const words = [...text.matchAll(WORD)];
  words.forEach((match, i) => {
    const word = match[0];
    const plain = bare(word);
    const from = match.index;
    const to = from + word.length;
    const right = hamza(plain);
    if (right) {
      found.push(finding(from, to, 'hamza', right.length > 1
        ? `همزة: «${word}» تُكتب «${right.join('» أو «')}» بحسب المعنى`
        : `همزة: «${word}» تُكتب «${right[0]}»`, right));
    } else if (plain.length >= 5 && plain.startsWith('ال') && plain.endsWith('ه') && !HA.has(plain)) {
      const fixed = `${word.slice(0, -1)}ة`;
      found.push(finding(from, to, 'ta-marbuta', `تاء مربوطة: «${word}» تُكتب «${fixed}»`, [fixed]));
    }
    const previous = words[i - 1];
    if (previous && bare(previous[0]) === plain && /^\s+$/.test(text.slice(previous.index + previous[0].length, from))
      && !/^[0-9\u0660-\u0669]+$/.test(plain)) {
      found.push(finding(previous.index, to, 'repeat', `كلمة مكررة: «${word} ${word}»`, [previous[0]]));
    }
  });
  for (const match of text.matchAll(/[ \u00A0]+([،؛؟.,:;?!»)])/g)) {
    // a space before a closing mark, but not before an opening quote's partner on its own, nor a leading ellipsis
    const mark = match[1];
    const before = text.slice(Math.max(0, match.index - 1), match.index);
    if (before && !/\s/.test(before) && !(mark === '.' && text.startsWith('..', match.index + match[0].length - 1))) {
      found.push(finding(match.index, match.index + match[0].length, 'space', `مسافة قبل «${mark}»`, [mark]));
    }
  }
  for (const match of text.matchAll(/[,?;]/g)) {
    const at = match.index;
    const before = text.slice(0, at).trimEnd().slice(-1);
    const after = text.slice(at + 1).trimStart().slice(0, 1);
    // between Arabic words only: not in 3,5 nor in an English phrase or an address
    if (ARABIC.test(before) && (ARABIC.test(after) || after === '' || match[0] === '?')) {
      const arabic = PUNCTUATION[match[0]];
      found.push(finding(at, at + 1, 'punctuation', `علامة لاتينية في نص عربي: «${match[0]}» تُكتب «${arabic}»`, [arabic]));
    }
  }
  return found.sort((a, b) => a.from - b.from || a.to - b.to);
}

/**
 * Numbers written two ways in one story: Western digits in some places, Arabic-Indic in others. Returns, for each
 * field's text, where the less used way is, with the number in the other way as the suggestion.
 */
export function mixedDigits(texts) {
  const western = /[0-9]+/g;
  const indic = /[\u0660-\u0669]+/g;
  let w = 0;
  let a = 0;
  texts.forEach((text) => {
    w += (text.match(western) || []).length;
    a += (text.match(indic) || []).length;
  });
  if (!w || !a) {
    return texts.map(() => []);
  }
  const minority = w < a ? western : indic;
  const toOther = (digits) => [...digits].map((d) => (w < a
    ? String.fromCharCode(0x0660 + d.charCodeAt(0) - 48)
    : String.fromCharCode(48 + d.charCodeAt(0) - 0x0660))).join('');
  return texts.map((text) => [...text.matchAll(minority)].map((m) => finding(m.index, m.index + m[0].length, 'digits',
    `الأرقام مكتوبة في الخبر بطريقتين؛ أغلبها ${w < a ? 'هندية (١٢٣)' : 'عربية (123)'}`, [toOther(m[0])])));
}
