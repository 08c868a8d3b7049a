#!/usr/bin/env python3
"""Reads our JSON and JSONL exports as a Python user would and checks every span against the article file.

usage: check_offsets.py EXPORT.json|EXPORT.jsonl...
The article is read as the README's export section says: encoding='utf-8-sig' (a BOM is not counted),
newline='' (CRLF and CR are kept, as in the file). Code point offsets: text[start:end] must equal the
span's text. Prints `EXPORT: N spans, M speakers, K bad` per file; exit 1 if any span is bad."""
import json, sys


def article(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        return f.read()


def spans_json(d):
    text = article(d['document']['path'])
    assert d['document']['offsets'] == 'codepoint', 'export is not in code points'
    assert d['document']['length'] == len(text), f"length {d['document']['length']} != {len(text)}"
    for a in d['annotations']:
        yield text, a['start'], a['end'], a['text'], False
        sp = a.get('attributes', {}).get('speaker') or {}
        if 'start' in sp:
            yield text, sp['start'], sp['end'], sp['text'], True


def spans_jsonl(line):
    d = json.loads(line)
    text = article(d['meta']['path'])
    assert d['meta']['offsets'] == 'codepoint', 'export is not in code points'
    assert d['text'] == text, 'the JSONL text is not the article'
    for start, end, _label in d['label']:
        yield text, start, end, d['text'][start:end], False


status = 0
for path in sys.argv[1:]:
    with open(path, encoding='utf-8') as f:
        if path.endswith('.jsonl'):
            items = [s for line in f if line.strip() for s in spans_jsonl(line)]
        else:
            items = list(spans_json(json.load(f)))
    bad = [(s, e, t) for text, s, e, t, _ in items if not (0 <= s < e <= len(text)) or text[s:e] != t]
    print(f'{path}: {sum(not sp for *_, sp in items)} spans, {sum(sp for *_, sp in items)} speakers, {len(bad)} bad')
    for s, e, t in bad[:5]:
        print(f'  {s}-{e}: expected {t!r}')
    status |= bool(bad)
sys.exit(status)
