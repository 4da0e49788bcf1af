"""Editors: through the admin API, one after another without pause, create a story, save it again with the
version read, publish it, and now and then unpublish one. Prints one line a window: operations, errors,
p50/p99/max in ms; every answer that is not the expected one counts as an error."""
import json, os, random, sys, time, urllib.request, urllib.error

base, token, window, until = sys.argv[1], sys.argv[2], float(sys.argv[3]), time.time() + float(sys.argv[4])
section = json.load(urllib.request.urlopen(base + "/api/v1/sections"))["sections"][0]["id"]

def call(method, path, body=None, expect=200):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method, headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json"})
    started = time.time()
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            text, status = answer.read(), answer.status
    except urllib.error.HTTPError as e:
        text, status = e.read(), e.code
    except Exception as e:
        text, status = str(e).encode(), 0
    return status == expect, (time.time() - started) * 1000, text

def story(n, version=None):
    body = {"headline": "خبر اختبار التحمل رقم %d عن الاقتصاد" % n, "standfirst": "موجز الخبر رقم %d" % n,
            "section_id": section, "body": {"version": 1, "blocks": [
                {"type": "paragraph", "html": "فقرة <b>أولى</b> من خبر التحمل رقم %d." % n},
                {"type": "heading", "level": 2, "text": "عنوان فرعي"},
                {"type": "paragraph", "html": "فقرة ثانية فيها نص أطول قليلاً عن الأسواق والنفط والعملات."}]}}
    if version is not None:
        body["version"] = version
    return body

n, published = 0, []
while time.time() < until:
    window_end = min(time.time() + window, until)
    times, errors = [], 0
    while time.time() < window_end:
        n += 1
        ok, ms, text = call("POST", "/api/v1/admin/articles", story(n), 201)
        times.append(ms); errors += not ok
        if not ok:
            continue
        article = json.loads(text)
        ok, ms, text = call("PUT", "/api/v1/admin/articles/%d" % article["id"], story(n, article["version"]))
        times.append(ms); errors += not ok
        ok, ms, _ = call("POST", "/api/v1/admin/articles/%d/publish" % article["id"])
        times.append(ms); errors += not ok
        published.append(article["id"])
        if n % 10 == 0:
            ok, ms, _ = call("POST", "/api/v1/admin/articles/%d/unpublish" % published.pop(random.randrange(len(published))))
            times.append(ms); errors += not ok
    times.sort()
    pick = lambda q: times[min(len(times) - 1, int(q * len(times)))] if times else 0
    print("EDITORS %d %d %.1f %.1f %.1f" % (len(times), errors, pick(0.5), pick(0.99), times[-1] if times else 0), flush=True)
