import type { FurnitureRule } from './rule.js';

// Photo agencies whose names end credit lines: "(Photo by Jane Roe/Getty Images)".
const AGENCIES = String.raw`getty images|reuters|ap|ap photo|afp|epa|shutterstock|bloomberg|alamy|istock|pa|pa images|sipa|zuma|wireimage|nurphoto`;
const PATTERNS = [
  /^embed from getty images$/i,
  new RegExp(String.raw`^\(?(?:${AGENCIES})\)?\.?$`, 'i'),
  /^(?:photo|photograph|image|picture|video|illustration|graphic|caption)s?(?:\s+(?:credit|courtesy|source))?\s*(?::|\||—|–|-\s)/i,
  /^(?:photo|image|picture|video)\s+(?:credit|by|courtesy of)\b/i,
  /^(?:image |photo )?credits?\s*:/i,
  new RegExp(String.raw`^[(\[].{0,160}(?:photo|/\s*(?:${AGENCIES})|via (?:${AGENCIES})).{0,40}[)\]]\.?$`, 'i'),
];

/** Image credits and embeds: "Embed from Getty Images", "(Photo by Jane Roe/Getty Images)", "Image: Reuters". */
export const imageCredit: FurnitureRule = {
  reason: 'image-credit',
  match(i, { paragraphs }) {
    const text = paragraphs[i]!.text;
    if (text.length > 220) return null;
    return PATTERNS.some((p) => p.test(text)) ? { count: 1 } : null;
  },
};
