// Latin letters as Arabic news spells them (إم، بي، سي، دبليو): a model's code and a spelled acronym are read with them.
import { wordSet } from './wordSets';

/** The letters' Arabic names, normalised (إم and ام alike). */
export const LATIN_LETTER_NAMES = wordSet('ايه اي بي سي دي اف جي اتش جيه كيه كي ال ام ان او كيو ار اس تي يو في دبليو اكس واي زد زي');
