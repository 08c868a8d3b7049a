#!/usr/bin/env python3
"""Annotates an article with brat's own code and prints the .ann brat writes for it.

usage: brat_write.py BRAT_DIR DOC_BASE LABEL=SURFACE...
Reads DOC_BASE.txt the way the brat server does (UTF-8, universal newlines), marks every occurrence
of each SURFACE as a LABEL text-bound annotation and prints brat's serialisation of the .ann."""
import io, os, sys
sys.path.insert(0, os.path.abspath(sys.argv[1]))
import annotation  # brat server/src/annotation.py
annotation.open_textfile = lambda fn, mode='r': io.open(fn, mode.replace('U', ''), encoding='utf8', newline=None)

base = sys.argv[2]
open(base + '.ann', 'w').close()
ann = annotation.TextAnnotations(base)
text = ann.get_document_text()
for spec in sys.argv[3:]:
    label, surface = spec.split('=', 1)
    at = text.find(surface)
    while at >= 0:
        # Given the document, brat takes the covered text from it and adds the annotation itself.
        annotation.TextBoundAnnotationWithText([(at, at + len(surface))], ann.get_new_id('T'), label, ann)
        at = text.find(surface, at + len(surface))
sys.stdout.write(str(ann))
