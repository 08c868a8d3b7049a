#!/usr/bin/env python3
"""Reads our CoNLL exports with NLTK's ConllCorpusReader and checks the tags are valid BIO.

usage: read_conll.py FILE.conll...
Prints `FILE: N tokens, S sentences, E entities, K invalid` per file; exit 1 on an invalid tag
sequence or a file NLTK cannot read."""
import os, sys
from nltk.corpus.reader import ConllCorpusReader

TAGS = {'O'} | {f'{p}-{t}' for p in 'BI' for t in ('PERS', 'LOC', 'ORG', 'MISC')}
status = 0
for path in sys.argv[1:]:
    # The second column is read as NLTK's 'pos' column: it only needs a tag per word.
    reader = ConllCorpusReader(os.path.dirname(path) or '.', [os.path.basename(path)], ('words', 'pos'), encoding='utf-8')
    try:
        sents = reader.tagged_sents()
        tokens = sum(len(s) for s in sents)
    except ValueError as e:
        print(f'{path}: NLTK cannot read it: {str(e).splitlines()[0]}')
        status = 1
        continue
    invalid = entities = 0
    for sent in sents:
        prev = 'O'
        for _word, tag in sent:
            if tag not in TAGS or (tag.startswith('I-') and prev[2:] != tag[2:]):
                invalid += 1
            entities += tag.startswith('B-')
            prev = tag
    print(f'{path}: {tokens} tokens, {len(sents)} sentences, {entities} entities, {invalid} invalid')
    status |= bool(invalid)
sys.exit(status)
