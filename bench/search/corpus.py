#!/usr/bin/env python3
"""Turns the ANT corpus (shared/data/ant-v1.1) into Nashir's import format, or synthesises N stories by
recombining its sentences. Output goes to stdout; nothing of the corpus is kept in the repository."""
import gzip, json, random, re, sys

SECTIONS = {"culture": "ثقافة", "diverse": "منوعات", "economy": "اقتصاد", "internationalNews": "العالم",
            "localNews": "محليات", "politic": "سياسة", "society": "مجتمع", "sport": "رياضة", "technology": "تقنية"}

def articles(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)

def story(a, n):
    return {"headline": a["title"].strip()[:300] or "خبر", "standfirst": a.get("abstract") or None,
            "body": [p for p in a["text"].split("\n") if p.strip()],
            "section": SECTIONS.get(a["category"], a["category"]), "published_at": a["time"],
            "source_url": a["url"] + "#" + str(n)}

def main():
    path, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0
    corpus = list(articles(path))
    out = sys.stdout
    if count == 0:
        for n, a in enumerate(corpus):
            out.write(json.dumps(story(a, n), ensure_ascii=False) + "\n")
        return
    rnd = random.Random(42)
    sentences = [s for a in corpus for s in re.split(r"(?<=[.!؟?])\s+", a["text"]) if len(s) > 20]
    titles = [a["title"] for a in corpus]
    for n in range(count):
        a = corpus[n % len(corpus)]
        body = [" ".join(rnd.choice(sentences) for _ in range(rnd.randint(1, 2))) for _ in range(rnd.randint(2, 4))]
        words = rnd.choice(titles).split() + rnd.choice(titles).split()
        rnd.shuffle(words)
        out.write(json.dumps({"headline": " ".join(words[:rnd.randint(6, 12)]) or "خبر", "body": body,
                              "section": SECTIONS.get(a["category"], a["category"]), "published_at": a["time"],
                              "source_url": "synthetic:" + str(n)}, ensure_ascii=False) + "\n")

main()
