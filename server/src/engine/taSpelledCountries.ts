// A country or continent written with a final ة for its ا (هولندة، أوروبة، مالطة), as older and Levantine papers spell them.
import { icuRegionNames } from './regionNames';
import { beginTag } from './tagger';
import type { Token } from './tokenize';
import { wordSet } from './wordSets';

const B_LOC = beginTag('LOC');
/** Continents, which ICU's two-letter regions leave out (normalised). */
const CONTINENTS = wordSet('أوروبا أوربا أفريقيا إفريقيا آسيا أمريكا أميركا أستراليا');

/** A stem whose form with a final ا for its last letter is a country ICU names or a continent: the only words the pass tags. */
export function taSpelledCountryStem(stem: string): boolean {
  const country = stem.slice(0, -1) + 'ا';
  return country.length >= 5 && (icuRegionNames().has(country) || CONTINENTS.has(country));
}

/**
 * An untagged word written with a final ة (not the nisba ية: ألمانية is German, not Germany) whose form with ا is a
 * country ICU names or a continent, and which the training text never saw: the country so spelled (لاهاي في [هولندة]،
 * من باقي [أوروبة]). Words of the language that end so are known to the training text or name no country (كابينة).
 * `unseen(k)`: the training text never saw word k, whole or without its clitic.
 */
/** `/[^ي]ة$/` without a regular expression per token: this pass reads every untagged word. */
function taAfterOtherLetter(text: string): boolean {
  const n = text.length;
  return n >= 2 && text.charCodeAt(n - 1) === 0x0629 && text.charCodeAt(n - 2) !== 0x064a;
}

export function tagTaSpelledCountries(sentence: readonly Token[], stems: readonly string[], tags: number[], unseen: (k: number) => boolean): number[] {
  let out: number[] | undefined;
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] !== 0 || sentence[k].kind !== 'word' || !taAfterOtherLetter(sentence[k].text)) continue;
    if (!taSpelledCountryStem(stems[k]) || !unseen(k)) continue;
    (out ??= tags.slice())[k] = B_LOC;
  }
  return out ?? tags;
}
