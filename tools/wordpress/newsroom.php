<?php
/*
 * Writes a small Arabic newsroom into a Debian-packaged WordPress and exports it with WordPress's own
 * export_wp(). Run by make-export.sh, which prepares the database and the config:
 *   php newsroom.php install | content | export
 * Environment: NASHIR_WP_CONFIG (name of /etc/wordpress/config-<name>.php), NASHIR_WP_UPLOADS (folder
 * for uploaded files), NASHIR_WP_EXTRA_POSTS (generated posts on top of the written ones).
 * All text here is written for Nashir's tests.
 */

$mode = $argv[1] ?? '';
$_SERVER['WORDPRESS_CONFIG'] = getenv('NASHIR_WP_CONFIG') ?: 'nashir-export';
$_SERVER['HTTP_HOST'] = 'akhbar.example';
$_SERVER['SERVER_NAME'] = 'akhbar.example';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';

function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {}

if ($mode === 'install') {
    define('WP_INSTALLING', true);
    require '/usr/share/wordpress/wp-load.php';
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    wp_install('أخبار المثال', 'admin', 'admin@example.invalid', true, '', wp_generate_password(24), 'ar');
    exit(0);
}

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
require_once ABSPATH . 'wp-admin/includes/export.php';

// a type from a plugin (events), which a news site's export often carries and Nashir has no place for
register_post_type('event', ['public' => true, 'can_export' => true, 'label' => 'فعاليات']);

if ($mode === 'export') {
    ob_start();
    export_wp(['content' => 'all']);
    $xml = ob_get_clean();
    echo $xml;
    exit(0);
}
if ($mode !== 'content') {
    fwrite(STDERR, "usage: php newsroom.php install|content|export\n");
    exit(2);
}

wp_set_current_user(1); // an administrator may save unfiltered block markup, as an editor's site does
update_option('timezone_string', 'Asia/Riyadh');
update_option('upload_path', getenv('NASHIR_WP_UPLOADS'));
update_option('upload_url_path', 'https://akhbar.example/wp-content/uploads');
update_option('uploads_use_yearmonth_folders', 1);
// WordPress's own welcome post, sample page and privacy page are not ours to ship
foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any', 'numberposts' => -1]) as $old) {
    wp_delete_post($old->ID, true);
}
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%day%/%postname%/');

function fail($what) {
    fwrite(STDERR, (is_wp_error($what) ? $what->get_error_message() : $what) . "\n");
    exit(1);
}

function reporter($login, $display) {
    $id = wp_insert_user(['user_login' => $login, 'user_pass' => wp_generate_password(24),
        'user_email' => "$login@example.invalid", 'display_name' => $display, 'nickname' => $display,
        'first_name' => $display, 'role' => 'author']);
    return is_wp_error($id) ? fail($id) : $id;
}

function category($name, $slug = '', $parent = 0) {
    $r = wp_insert_term($name, 'category', array_filter(['slug' => $slug, 'parent' => $parent]));
    return is_wp_error($r) ? fail($r) : (int) $r['term_id'];
}

/* A picture of our own: a two-colour gradient with a band, saved as a JPEG upload. */
function picture($name, $month, array $from, array $to, $caption, $alt, $parent = 0) {
    $w = 1200; $h = 675;
    $im = imagecreatetruecolor($w, $h);
    for ($y = 0; $y < $h; $y++) {
        $t = $y / $h;
        $c = imagecolorallocate($im, (int) ($from[0] + ($to[0] - $from[0]) * $t),
            (int) ($from[1] + ($to[1] - $from[1]) * $t), (int) ($from[2] + ($to[2] - $from[2]) * $t));
        imageline($im, 0, $y, $w, $y, $c);
    }
    imagefilledrectangle($im, 0, (int) ($h * 0.7), $w, (int) ($h * 0.78), imagecolorallocate($im, 250, 250, 245));
    ob_start();
    imagejpeg($im, null, 70);
    $bytes = ob_get_clean();
    $upload = wp_upload_bits($name, null, $bytes, $month);
    if (!empty($upload['error'])) {
        fail($upload['error']);
    }
    $id = wp_insert_attachment(['post_mime_type' => 'image/jpeg', 'post_title' => preg_replace('/\.jpg$/', '', $name),
        'post_excerpt' => $caption, 'post_content' => '', 'post_status' => 'inherit'], $upload['file'], $parent);
    wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $upload['file']));
    update_post_meta($id, '_wp_attachment_image_alt', $alt);
    return $id;
}

function story(array $post) {
    $post += ['post_type' => 'post', 'post_status' => 'publish', 'comment_status' => 'closed'];
    $id = wp_insert_post(wp_slash($post), true);
    return is_wp_error($id) ? fail($id) : $id;
}

function image_block($id, $caption) {
    $src = wp_get_attachment_image_url($id, 'large');
    $alt = esc_attr(get_post_meta($id, '_wp_attachment_image_alt', true));
    $cap = $caption === '' ? '' : "<figcaption class=\"wp-element-caption\">$caption</figcaption>";
    return "<!-- wp:image {\"id\":$id,\"sizeSlug\":\"large\",\"linkDestination\":\"none\"} -->\n"
        . "<figure class=\"wp-block-image size-large\"><img src=\"$src\" alt=\"$alt\" class=\"wp-image-$id\"/>$cap</figure>\n"
        . "<!-- /wp:image -->";
}

function p($text) {
    return "<!-- wp:paragraph -->\n<p>$text</p>\n<!-- /wp:paragraph -->";
}

function h($text, $level = 2) {
    $attrs = $level === 2 ? '' : " {\"level\":$level}";
    return "<!-- wp:heading$attrs -->\n<h$level>$text</h$level>\n<!-- /wp:heading -->";
}

function quote($text, $cite) {
    return "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p>$text</p>\n"
        . "<!-- /wp:paragraph --><cite>$cite</cite></blockquote>\n<!-- /wp:quote -->";
}

function items(array $items, $ordered = false) {
    $tag = $ordered ? 'ol' : 'ul';
    $inner = implode('', array_map(fn($i) => "<!-- wp:list-item -->\n<li>$i</li>\n<!-- /wp:list-item -->", $items));
    return '<!-- wp:list' . ($ordered ? ' {"ordered":true}' : '') . " -->\n<$tag>$inner</$tag>\n<!-- /wp:list -->";
}

function youtube($url) {
    return "<!-- wp:embed {\"url\":\"$url\",\"type\":\"video\",\"providerNameSlug\":\"youtube\",\"responsive\":true,"
        . "\"className\":\"wp-embed-aspect-16-9 wp-has-aspect-ratio\"} -->\n<figure class=\"wp-block-embed is-type-video "
        . "is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio\"><div class=\"wp-block-embed__wrapper\">\n"
        . "$url\n</div></figure>\n<!-- /wp:embed -->";
}

function tweet($url) {
    return "<!-- wp:embed {\"url\":\"$url\",\"type\":\"rich\",\"providerNameSlug\":\"twitter\",\"responsive\":true} -->\n"
        . "<figure class=\"wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter\"><div class=\"wp-block-embed__wrapper\">\n"
        . "$url\n</div></figure>\n<!-- /wp:embed -->";
}

$huda = reporter('huda', 'هدى المنصوري');
$karim = reporter('karim', 'كريم الزين');
$layla = reporter('layla.s', 'ليلى سعادة');

$world = category('العالم', 'world');
$economy = category('اقتصاد', 'economy');
$gulf = category('الخليج', '', $world); // an Arabic slug, percent-encoded by WordPress, under a parent
$sport = category('رياضة', 'sport');
wp_update_term(get_option('default_category'), 'category', ['name' => 'غير مصنف']);

$harbour = picture('harbour-cranes.jpg', '2024/08', [20, 60, 110], [200, 140, 60],
    'رافعات الحاويات في الميناء الجديد قبل افتتاحه. المصدر: رويترز', 'رافعات حاويات زرقاء على رصيف الميناء');
$market = picture('market-stalls.jpg', '2024/08', [120, 30, 30], [240, 200, 120],
    'بسطات الخضار في السوق المركزية صباح الجمعة (تصوير: كريم الزين)', 'سوق شعبية مزدحمة بالمتسوقين');
$stadium = picture('stadium-night.jpg', '2024/09', [10, 10, 40], [30, 160, 80],
    'الملعب الوطني في ليلة المباراة الافتتاحية', 'مدرجات ملعب ممتلئة تحت الأضواء');
$train = picture('desert-train.jpg', '2024/09', [220, 180, 120], [90, 120, 200],
    'قطار الشحن يعبر الصحراء في رحلته التجريبية — الصورة: وكالة الأنباء الرسمية', 'قطار طويل في الصحراء');
$boats = picture('fishing-boats.jpg', '2024/09', [30, 90, 140], [240, 240, 230],
    'قوارب الصيد في الخور. حقوق الصورة: أرشيف الصحيفة', 'قوارب صيد خشبية راسية');

// 1. Every block a newsroom uses, an Arabic title far longer than WordPress's 200-byte slug limit.
$port = story([
    'post_title' => 'افتتاح الميناء التجاري الجديد على ساحل البحر الأحمر بحضور وزراء النقل في دول الخليج العربي',
    'post_excerpt' => 'الميناء يستقبل أول سفينة حاويات بعد ثلاث سنوات من الأعمال، ويعد بخفض كلفة الشحن.',
    'post_author' => $huda,
    'post_category' => [$world, $economy],
    'tags_input' => ['موانئ', 'النقل البحري', 'البحر الأحمر'],
    'post_date' => '2024-08-19 11:25:00',
    'post_content' => implode("\n\n", [
        p('افتُتح صباح الاثنين <strong>الميناء التجاري الجديد</strong> بعد ثلاث سنوات من الأعمال، واستقبل أول سفينة حاويات قادمة من الشرق.'),
        p('ويضم الميناء أحد عشر رصيفاً، وتقول إدارته إن طاقته تبلغ مليوني حاوية في السنة، مع خطة <a href="https://akhbar.example/2024/08/18/plan/">لتوسعته</a> بعد خمس سنوات.'),
        h('أرقام المشروع'),
        items(['أحد عشر رصيفاً للحاويات', 'مستودعات مبردة بمساحة 40 ألف متر مربع', 'خط سكة حديد إلى المنطقة الصناعية']),
        image_block($harbour, 'الرافعات الجديدة على الرصيف الشمالي. المصدر: رويترز'),
        h('ماذا قال المسؤولون', 3),
        quote('هذا الميناء سيختصر زمن وصول البضائع إلى الأسواق الداخلية بيومين على الأقل.', 'سامر العلي، مدير هيئة الموانئ'),
        "<!-- wp:pullquote -->\n<figure class=\"wp-block-pullquote\"><blockquote><p>نريد أن نصبح بوابة التجارة في المنطقة.</p><cite>وزيرة النقل</cite></blockquote></figure>\n<!-- /wp:pullquote -->",
        items(['تفريغ السفينة الأولى', 'تشغيل خط القطار', 'افتتاح المنطقة الحرة'], true),
        youtube('https://www.youtube.com/watch?v=aqz-KE-bpKQ'),
        "<!-- wp:separator -->\n<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>\n<!-- /wp:separator -->",
        "<!-- wp:table -->\n<figure class=\"wp-block-table\"><table><tbody><tr><td>الأرصفة</td><td>11</td></tr><tr><td>الطاقة السنوية</td><td>مليونا حاوية</td></tr></tbody></table></figure>\n<!-- /wp:table -->",
        p('وتبدأ الرحلات المنتظمة إلى الميناء مطلع الشهر المقبل.'),
    ]),
]);
set_post_thumbnail($port, $harbour);
wp_update_post(['ID' => $harbour, 'post_parent' => $port]);

// 2. A classic-editor story: wpautop paragraphs, a [caption] shortcode, a bare video link, raw HTML.
$classicImg = wp_get_attachment_image_url($market, 'medium');
$market_story = story([
    'post_title' => 'أسعار الخضار تتراجع في السوق المركزية مع بداية موسم الحصاد',
    'post_author' => $karim,
    'post_category' => [$economy],
    'tags_input' => ['أسعار', 'زراعة'],
    'post_date' => '2024-08-23 08:10:00',
    'post_content' => "تراجعت أسعار الخضار في السوق المركزية هذا الأسبوع بنسبة تقارب 15%، مع وصول أول شحنات الموسم من المزارع الشمالية.\n\n"
        . "[caption id=\"attachment_$market\" align=\"aligncenter\" width=\"300\"]<img class=\"size-medium wp-image-$market\" src=\"$classicImg\" alt=\"سوق شعبية مزدحمة بالمتسوقين\" width=\"300\" height=\"169\" /> بسطات الخضار صباح الجمعة (تصوير: كريم الزين)[/caption]\n\n"
        . "<h3>الطماطم أولاً</h3>\n"
        . "وقال تاجر الجملة <em>مازن درويش</em> إن سعر صندوق الطماطم نزل إلى النصف تقريباً.\nوأضاف أن الإقبال ما زال ضعيفاً.\n\n"
        . "<blockquote>الموسم جيد هذا العام، والمطر جاء في وقته.</blockquote>\n\n"
        . "https://www.youtube.com/watch?v=ScMzIvxBSi4\n\n"
        . "<ul>\n<li>الطماطم: 12 ريالاً للصندوق</li>\n<li>الخيار: 9 ريالات</li>\n</ul>\n\n"
        . "<div style=\"border:1px solid #ccc\">جدول الأسعار الكامل يصدر كل أحد.<script>alert(1)</script></div>",
]);

// 3. Statuses: draft, scheduled, private, pending.
story(['post_title' => 'مسودة: خطة النقل العام للعام المقبل', 'post_status' => 'draft', 'post_author' => $layla,
    'post_category' => [$economy], 'post_content' => p('نص أولي لم يكتمل بعد.')]);
$future = story(['post_title' => 'الحافلات الكهربائية تبدأ العمل في العاصمة', 'post_status' => 'future', 'post_author' => $layla,
    'post_category' => [$world], 'post_date' => '2030-01-05 07:00:00',
    'post_content' => p('تبدأ أولى الحافلات الكهربائية رحلاتها مطلع العام.')]);
story(['post_title' => 'ملاحظات داخلية عن تغطية الانتخابات', 'post_status' => 'private', 'post_author' => $huda,
    'post_category' => [$world], 'post_content' => p('للاطلاع الداخلي فقط.')]);
story(['post_title' => 'تقرير بانتظار المراجعة عن مياه الشرب', 'post_status' => 'pending', 'post_author' => $karim,
    'post_category' => [$world], 'post_content' => p('يحتاج إلى تدقيق الأرقام.')]);

// 4. A sub-category with an Arabic slug, a group and columns, a gallery, a tweet, and an image that is gone.
$sportStory = story([
    'post_title' => 'المنتخب يفوز في المباراة الافتتاحية للبطولة الخليجية',
    'post_author' => $layla,
    'post_category' => [$sport, $gulf],
    'tags_input' => ['كرة القدم', 'البطولة الخليجية'],
    'post_date' => '2024-09-02 22:40:00',
    'post_content' => implode("\n\n", [
        p('فاز المنتخب بهدفين مقابل هدف في المباراة الافتتاحية، أمام أكثر من ستين ألف متفرج.'),
        "<!-- wp:group {\"layout\":{\"type\":\"constrained\"}} -->\n<div class=\"wp-block-group\">" . h('الشوط الثاني')
            . "\n\n" . p('سجل البديل هدف الفوز قبل النهاية بسبع دقائق.') . "</div>\n<!-- /wp:group -->",
        "<!-- wp:columns -->\n<div class=\"wp-block-columns\"><!-- wp:column -->\n<div class=\"wp-block-column\">"
            . p('الاستحواذ: 58% مقابل 42%.') . "</div>\n<!-- /wp:column -->\n\n<!-- wp:column -->\n<div class=\"wp-block-column\">"
            . p('التسديدات على المرمى: 7 مقابل 3.') . "</div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->",
        "<!-- wp:gallery {\"linkTo\":\"none\"} -->\n<figure class=\"wp-block-gallery has-nested-images columns-default is-cropped\">"
            . image_block($stadium, 'المدرجات قبل صافرة البداية') . "\n\n" . image_block($boats, '') . "</figure>\n<!-- /wp:gallery -->",
        tweet('https://twitter.com/example/status/1830000000000000000'),
        "<!-- wp:image -->\n<figure class=\"wp-block-image\"><img src=\"https://akhbar.example/wp-content/uploads/2024/09/missing-photo.jpg\" alt=\"صورة مفقودة\"/></figure>\n<!-- /wp:image -->",
        "<!-- wp:video -->\n<figure class=\"wp-block-video\"><video controls src=\"https://akhbar.example/wp-content/uploads/2024/09/goal.mp4\"></video><figcaption class=\"wp-element-caption\">الهدف الثاني</figcaption></figure>\n<!-- /wp:video -->",
        "<!-- wp:html -->\n<div class=\"scoreboard\"><b>النتيجة:</b> 2 - 1</div>\n<!-- /wp:html -->",
    ]),
]);
set_post_thumbnail($sportStory, $stadium);
// the primary category as Yoast SEO records it: WordPress itself has none, and exports categories by name
update_post_meta($sportStory, '_yoast_wpseo_primary_category', $sport);

// 5. A story whose featured image credits a photographer in its caption; one slug written by hand.
$trainStory = story([
    'post_title' => 'قطار الشحن الأول يصل إلى الميناء الجديد',
    'post_name' => 'first-freight-train',
    'post_author' => $karim,
    'post_category' => [$economy],
    'tags_input' => ['النقل البحري', 'سكك الحديد'],
    'post_date' => '2024-09-10 16:05:00',
    'post_content' => p('وصل قطار الشحن الأول محملاً بمئة حاوية بعد رحلة استغرقت ست عشرة ساعة.')
        . "\n\n" . quote('الرحلة التالية بعد أسبوع، وبعدها رحلة كل يومين.', 'مسؤول في شركة السكك'),
]);
set_post_thumbnail($trainStory, $train);
// what an editor wrote for search engines in Yoast SEO
update_post_meta($trainStory, '_yoast_wpseo_title', 'وصول أول قطار شحن إلى الميناء');
update_post_meta($trainStory, '_yoast_wpseo_metadesc', 'مئة حاوية في ست عشرة ساعة: قطار الشحن الأول يصل إلى الميناء الجديد.');

// 6. A page, a custom post type nobody registered here, and a navigation item: not stories.
story(['post_type' => 'page', 'post_title' => 'من نحن', 'post_content' => p('صحيفة إلكترونية مستقلة.'), 'post_author' => $huda]);
story(['post_type' => 'event', 'post_title' => 'ندوة عن الإعلام الرقمي', 'post_content' => p('الخميس المقبل.'), 'post_author' => $huda]);

// 7. Generated stories from a short vocabulary, for volume; the same text for the same number.
$extra = (int) (getenv('NASHIR_WP_EXTRA_POSTS') ?: 0);
$words = ['الحكومة', 'المدينة', 'السوق', 'الميناء', 'المجلس', 'الوزارة', 'الطلاب', 'المزارعون', 'الشركة', 'المستشفى',
    'أعلنت', 'افتتح', 'ناقش', 'قرر', 'بدأ', 'استقبل', 'أطلقت', 'وافق', 'خطة', 'مشروع', 'جديدة', 'جديد', 'اليوم',
    'أمس', 'الأسبوع', 'المقبل', 'في', 'على', 'من', 'إلى', 'بعد', 'قبل', 'مع', 'عن', 'الطرق', 'المياه', 'الكهرباء',
    'المدارس', 'الأسعار', 'الموسم', 'البطولة', 'المنتخب', 'الجامعة', 'المطار', 'القطار', 'الحافلات', 'المعرض'];
$cats = [$world, $economy, $sport, $gulf];
$people = [$huda, $karim, $layla];
wp_defer_term_counting(true);
for ($i = 0; $i < $extra; $i++) {
    mt_srand(1000 + $i);
    $sentence = function ($n) use ($words) {
        $s = [];
        for ($k = 0; $k < $n; $k++) {
            $s[] = $words[mt_rand(0, count($words) - 1)];
        }
        return implode(' ', $s);
    };
    $body = [];
    for ($k = 0; $k < mt_rand(4, 8); $k++) {
        $body[] = $k === 2 ? h($sentence(4)) : p($sentence(mt_rand(25, 60)) . '.');
    }
    story(['post_title' => $sentence(mt_rand(6, 11)) . ' ' . ($i + 1), 'post_author' => $people[$i % 3],
        'post_category' => [$cats[$i % 4]], 'tags_input' => [$words[mt_rand(0, 9)]],
        'post_date' => date('Y-m-d H:i:s', strtotime('2020-01-01 08:00:00') + $i * 5400),
        'post_content' => implode("\n\n", $body)]);
}
wp_defer_term_counting(false);
fwrite(STDERR, "newsroom written\n");
