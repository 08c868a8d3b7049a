// A Latin acronym of a technique, format or measure (CD، GPS، PDF، GDP), or a virus's code (XBB), is no organisation, though most acronyms are.
import { beginTag, spanEnd } from './tagger';
import { Token } from './tokenize';
import { afterPathogen } from './latinNames';

const B_ORG = beginTag('ORG');
/**
 * Acronyms of media, formats, devices, networks and measures, upper case as written: the tagger reads a lone capitalised
 * acronym as a body (README: `CNN`), right for bodies and wrong for these (26 of them ORGANIZATION in the corpora's text,
 * none a body).
 */
const TECHNICAL = new Set(`CD DVD USB PDF GPS SMS MMS DNA RNA TV FM AM PC LCD LED OLED HD GDP VIP SUV MP3 MP4 IP ID SIM ATM CEO
  HTML XML PHP CPU GPU RAM ROM GSM LTE 3G 4G 5G DSL ADSL CT MRI GMT UTC URL HTTP WWW SSD HDD VPN QR PIN`.split(/\s+/).filter(Boolean));

/**
 * A one-word ORGANIZATION span that is such an acronym is dropped (`2001 - CD إنتاج شركة العريس`، `نظام GPS`); so is a
 * virus's code after its word (`المتحور XBB`، `سلالة BA.2`), which the guide leaves O as the virus it names.
 */
export function dropTechnicalAcronyms(sentence: readonly Token[], tags: number[]): number[] {
  let out: number[] | undefined;
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] !== B_ORG || spanEnd(tags, k) !== k + 1 || !(TECHNICAL.has(sentence[k].text) || (k > 0 && afterPathogen(sentence, k)))) continue;
    out ??= tags.slice();
    out[k] = 0;
  }
  return out ?? tags;
}
