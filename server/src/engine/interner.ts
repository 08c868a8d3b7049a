// One shared copy of each word form: cached paragraphs keep their tokens' strings through it, so memory grows with the vocabulary, not the word count.

/** Forms kept before the table starts over (a long session meets new words forever; equal strings stay equal either way). */
const MAX_FORMS = 200_000;

export class Interner {
  private forms = new Map<string, string>();

  /**
   * The first copy of `s` seen (or `s` itself, kept as a fresh flat string: a slice would keep its
   * whole parent text alive). Long strings are returned as they are: they rarely repeat.
   */
  intern(s: string): string {
    if (s.length > 24) return s;
    const known = this.forms.get(s);
    if (known !== undefined) return known;
    if (this.forms.size >= MAX_FORMS) this.forms = new Map();
    const own = s.length > 12 ? (' ' + s).slice(1) : s;
    this.forms.set(own, own);
    return own;
  }
}
