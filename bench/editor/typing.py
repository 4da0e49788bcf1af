"""Typing latency in the story editor, measured in Chromium (Event Timing API) against a plain textarea on the
same page in the same run. Speaks WebDriver to Debian's chromedriver directly; no Selenium, nothing downloaded.

python3 bench/editor/typing.py BASE_URL USERNAME PASSWORD STORY_ID KEYSTROKES
"""
import json
import statistics
import subprocess
import sys
import time
import urllib.request

BASE, USER, PASSWORD, STORY, KEYS = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
DRIVER_PORT = 9517


def call(method, path, body=None):
    request = urllib.request.Request(f"http://127.0.0.1:{DRIVER_PORT}{path}", method=method,
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.load(response)["value"]


driver = subprocess.Popen(["/usr/bin/chromedriver", f"--port={DRIVER_PORT}"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
try:
    for _ in range(50):
        try:
            call("GET", "/status")
            break
        except OSError:
            time.sleep(0.1)
    session = call("POST", "/session", {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
        "binary": "/usr/bin/chromium",
        "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600", "--lang=ar"]}}}})["sessionId"]
    s = f"/session/{session}"

    def script(code, *args):
        return call("POST", f"{s}/execute/sync", {"script": code, "args": list(args)})

    def element(css):
        found = call("POST", f"{s}/element", {"using": "css selector", "value": css})
        return next(iter(found.values()))

    def type_into(handle, text):
        call("POST", f"{s}/element/{handle}/value", {"text": text})

    call("POST", f"{s}/url", {"url": f"{BASE}/admin/login"})
    type_into(element("#username"), USER)
    type_into(element("#password"), PASSWORD + "\ue007")
    time.sleep(1)
    started = time.monotonic()
    call("POST", f"{s}/url", {"url": f"{BASE}/admin/stories/{STORY}"})
    loaded = time.monotonic() - started
    editors = script("return document.querySelectorAll('.ProseMirror').length;")
    words = script("return document.querySelector('.body-size').textContent;")

    def measure(css):
        script("""
            window.latencies = [];
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) {
                if (entry.name === 'keydown' || entry.name === 'keypress' || entry.name === 'input') {
                  window.latencies.push(entry.duration);
                }
              }
            }).observe({type: 'event', durationThreshold: 16, buffered: false});
            const field = document.querySelector(arguments[0]);
            field.scrollIntoView({block: 'center'});
            field.focus();
            """, css)
        handle = element(css)
        for i in range(KEYS):
            type_into(handle, "ب" if i % 7 else " ")
        time.sleep(0.5)
        slow = script("return window.latencies;")
        return slow

    rich = measure("fieldset.block--paragraph:last-of-type .ProseMirror")
    plain = measure("#standfirst")
    # 2 MB of a web page on the clipboard: 120 paragraphs under a page's weight of styles, scripts and wrappers
    pasted = script("""
        const words = 'تواصل فرق الدفاع المدني البحث عن ناجين تحت الأنقاض في الأحياء الشرقية من المدينة';
        const noise = '<style>' + '.x{color:red}'.repeat(20000) + '</style><script>' + 'var a=1;'.repeat(20000) + '</script>';
        let html = noise;
        for (let i = 0; i < 120; i++) {
          html += '<div class="row" style="font-family:Tahoma;color:#333;margin:0 0 1em 0;line-height:1.6">'
            + '<span style="font-weight:700">' + words + '</span> <a href="https://example.org/' + i + '">' + i + '</a>'
            + '<span data-x="' + 'y'.repeat(13500) + '">' + words + '</span></div>';
        }
        const area = document.querySelector('fieldset.block--paragraph .ProseMirror');
        const before = document.querySelectorAll('#story-form fieldset.block').length;
        const data = new DataTransfer();
        data.setData('text/html', html);
        const started = performance.now();
        area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
        const took = performance.now() - started;
        return [html.length, took, document.querySelectorAll('#story-form fieldset.block').length - before];""")
    call("DELETE", s)
finally:
    driver.terminate()


def line(name, slow):
    worst = max(slow) if slow else 0
    return (f"{name}: {KEYS} keys, {len(slow)} events over 16 ms (Event Timing), the slowest {worst:.0f} ms"
            + (f", median of those {statistics.median(slow):.0f} ms" if slow else ""))


print(f"editor page with {editors} rich-text paragraphs ({words}) loaded in {loaded:.1f} s")
print(line("rich text, last paragraph", rich))
print(line("plain textarea (standfirst), same page", plain))
print(f"paste of {pasted[0] / 1e6:.1f} MB of HTML: {pasted[2]} blocks added in {pasted[1]:.0f} ms")
