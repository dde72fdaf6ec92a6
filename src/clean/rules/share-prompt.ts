import type { FurnitureRule } from './rule.js';

const NETWORKS = String.raw`facebook|twitter|x|linkedin|whatsapp|email|e-mail|reddit|pinterest|print|copy link|copy url|flipboard|telegram|messenger|share|tweet|comments?`;
// A row of share buttons: "Facebook Twitter Email", "Share | Tweet | Email".
const BUTTON_ROW = new RegExp(String.raw`^(?:(?:${NETWORKS})[\s|•·,/]*){2,}$`, 'i');
const PROMPT = /^(?:share(?: this| on| via)?(?: (?:article|story|post|page))?|click to share|tweet this|email this|follow us(?: on)?|like us on facebook|sign up(?: for| to)|subscribe(?: to| now| for)?|join our (?:newsletter|mailing list)|get (?:the latest|our newsletter)|download (?:our|the) app)\b.{0,100}$/i;

/** Share buttons and sign-up prompts: "Share this article", "Facebook Twitter Email", "Sign up for our newsletter". */
export const sharePrompt: FurnitureRule = {
  reason: 'share-prompt',
  match(i, { paragraphs }) {
    const text = paragraphs[i]!.text;
    if (text.length > 140) return null;
    return BUTTON_ROW.test(text) || (PROMPT.test(text) && !/[.!?]\s+\S/.test(text)) ? { count: 1 } : null;
  },
};
