import { STATEMENT_VERB, wordCount, type FurnitureRule } from './rule.js';

// Photo agencies and picture desks whose names end credit lines: "(Photo by Jane Roe/Getty Images)".
const AGENCY = String.raw`(?:getty images|getty|reuters|associated press|ap photo|ap|afp|epa(?:-efe)?|efe|shutterstock|bloomberg|alamy|istock(?:photo)?|pa images|pa wire|pa|sipa usa|sipa|zuma press|zuma wire|zuma|wireimage|filmmagic|nurphoto|anadolu(?: agency)?|xinhua|imago|dpa|ansa|tass|sopa images|lightrocket)`;
const LABEL = String.raw`(?:photo illustration|photo|photograph|image|picture|video|illustration|graphic|caption|file photo|main image|top image|pictured|above|top|left|right)s?`;
// After a label, what makes it a credit: "Photo by", "Photo: ", "Photo/", "Photo courtesy of".
const CREDIT_CUE = String.raw`(?:\s*(?::|\||/|—|–|\s-\s)|\s+(?:credit|by|courtesy(?: of)?|from|via)\b)`;

/** Whole-line credits. `verbs: false` marks the patterns whose shape alone is enough. */
// `slash: true` marks the patterns that need a "/" in the line: the others are not tried on lines without one.
const PATTERNS: Array<{ re: RegExp; verbs: boolean; slash?: boolean }> = [
  // The embed placeholder left where a picture was: "Embed from Getty Images".
  { re: /^embed from getty images$/i, verbs: false },
  // An agency alone, or chained: "Reuters", "AFP/Getty Images", "(AP)".
  { re: new RegExp(String.raw`^\(?${AGENCY}(?:\s*/\s*${AGENCY})*(?:\s+via\s+${AGENCY})?\)?\.?$`, 'i'), verbs: false },
  // A labelled caption or credit: "Photo: Jane Roe/Reuters", "Pictured: the council chamber".
  // Not after a dash: "Images — like the one the mayor posted — spread quickly."
  { re: new RegExp(String.raw`^${LABEL}(?:\s+(?:credit|courtesy|source|caption))?\s*(?::|\|)\s*\S`, 'i'), verbs: false },
  // The BBC's screen-reader labels: "Image source, Getty Images", "Image caption, Protesters…".
  { re: /^(?:image|photo|media|video) (?:source|caption|credit)s?\s*,\s*\S/i, verbs: false },
  { re: /^(?:image |photo |picture )?credits?\s*:/i, verbs: false },
  // "Photo by Jane Roe for The Ledger", "Photograph courtesy of the city": but not
  // "Photos by residents showed the damage, police said."
  { re: new RegExp(String.raw`^${LABEL}\s+(?:credit|by|courtesy(?: of)?|from|via)\s+\S`, 'i'), verbs: true },
  // A parenthesised credit: "(Photo by Jane Roe/Getty Images)", "(AP Photo/Jane Roe)", "(Courtesy of the family)".
  { re: new RegExp(String.raw`^[(\[]\s*(?:${AGENCY}\s+)?(?:${LABEL}${CREDIT_CUE}|courtesy\b)[^()\[\]]{0,140}[)\]]\.?$`, 'i'), verbs: true },
  { re: new RegExp(String.raw`^[(\[][^()\[\]]{1,100}/\s*${AGENCY}[^()\[\]]{0,40}[)\]]\.?$`, 'i'), verbs: false, slash: true },
  // "Jane Roe/Getty Images", "JANE ROE/AFP via Getty Images", "REUTERS/Jane Roe".
  { re: new RegExp(String.raw`^(?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+\s*/\s*${AGENCY}(?:\s+via\s+${AGENCY})?$`, 'iu'), verbs: false, slash: true },
  { re: new RegExp(String.raw`^${AGENCY}\s*/\s*(?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+$`, 'iu'), verbs: false, slash: true },
];

// A caption that ends with its credit: "Protesters outside the Capitol. (Photo by Jane Roe/Getty Images)".
// Each with what a line must hold for it to match at all, so that most lines skip it:
// these are tried at every position of the line.
const ENDS_WITH_CREDIT: Array<{ re: RegExp; may: (text: string) => boolean }> = [
  { re: new RegExp(String.raw`[(\[]\s*(?:${AGENCY}\s+)?(?:photo|photograph|image|picture|illustration|file photo)s?${CREDIT_CUE}[^()\[\]]{0,100}[)\]]\.?$`, 'i'), may: (t) => endsInBracket(t) },
  { re: new RegExp(String.raw`[(\[][^()\[\]]{1,80}/\s*${AGENCY}[^()\[\]]{0,40}[)\]]\.?$`, 'i'), may: (t) => endsInBracket(t) && t.includes('/') },
  { re: new RegExp(String.raw`[.!?]\s+(?:photo|photograph|image|picture)s?(?:\s+credit)?\s*[:|]\s*[^.]{2,80}$`, 'i'), may: (t) => /photo|image|picture/i.test(t) },
  { re: new RegExp(String.raw`[.!?]\s+(?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+\s*/\s*${AGENCY}(?:\s+via\s+${AGENCY})?$`, 'iu'), may: (t) => t.includes('/') },
];

// ")" or "]", then maybe a period, at the end of the line.
function endsInBracket(text: string): boolean {
  const end = text.endsWith('.') ? text.length - 2 : text.length - 1;
  return end >= 0 && (text[end] === ')' || text[end] === ']');
}

/**
 * Image credits, captions and embeds: "Embed from Getty Images", "(Photo by Jane Roe/Getty
 * Images)", "Image: Reuters", and a caption that ends with its credit. A story sentence
 * that mentions a photo ("Photos by residents showed the damage, police said.") stays.
 */
export const imageCredit: FurnitureRule = {
  reason: 'image-credit',
  match(i, { paragraphs }) {
    const text = paragraphs[i]!.text;
    if (text.length > 400) return null;
    const slash = text.includes('/');
    if (text.length <= 220 && PATTERNS.some((p) => (slash || !p.slash) && p.re.test(text) && !(p.verbs && readsAsSentence(text)))) return { count: 1 };
    if (wordCount(text) <= 60 && ENDS_WITH_CREDIT.some((p) => p.may(text) && p.re.test(text))) return { count: 1 };
    return null;
  },
};

// "Images from the scene show the bridge collapsed." is a sentence; "Photo by Jane Roe" is not.
function readsAsSentence(text: string): boolean {
  return STATEMENT_VERB.test(text) || /\b(?:show|appear|depict|reveal|capture)s?\b/i.test(text) || (/[.!?]$/.test(text) && wordCount(text) > 8);
}
