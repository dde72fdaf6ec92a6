import { STATEMENT_VERB, type FurnitureRule } from './rule.js';

const NETWORKS = String.raw`facebook|twitter|x|linkedin|whatsapp|email|e-mail|reddit|pinterest|print|copy link|copy url|copy|flipboard|telegram|messenger|share|tweet|threads|bluesky|mastodon|sms|comments?|save|gift(?: this)? article`;
// A row of share buttons: "Facebook Twitter Email", "Share: Facebook | Twitter", or one button: "Print", "12 Comments".
const BUTTON_ROW = new RegExp(String.raw`^(?:(?:${NETWORKS})[\s|•·,/:]*){2,}$|^(?:\d+\s+)?(?:${NETWORKS})(?:\s*\(\d+\))?\s*:?$`, 'i');
const SHARE = /^(?:share|click to share|tweet|email|e-mail|print|post|send|pin) (?:this|the) (?:article|story|post|page|video|link|piece)\b|^share (?:on|via|to|with) (?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|reddit|telegram|messenger|bluesky|threads)\b|^share (?:this|your thoughts|your feedback|full article)\b|^(?:follow us|like us|find us|join us) on\b|^(?:reuse|republish) this (?:content|article|story)\b|^reprints? (?:and|&) permissions\b/i;
// Sign-up prompts name what is sent, and whose: "Sign up for our newsletter", "Get breaking
// news alerts"; "Register to vote by email before Friday" is advice, and stays.
const SIGN_UP = /^(?:sign up|signup|subscribe|register|join|get|receive|want|never miss)\b.{0,60}\b(?:our|free|daily|weekly|breaking|morning|evening|latest|top)\b.{0,40}\b(?:newsletters?|alerts?|e-?mails?|briefings?|digest|bulletins?|updates|notifications)\b|^(?:sign up|signup|subscribe)\b.{0,60}\bnewsletters?\b|^(?:sign up|subscribe)(?: now| today| here| for free| for \w+ access)?\s*[.!:]?$/i;
// The question before a prompt: "Want more stories like this? Sign up for our newsletter."
const LEAD_QUESTION = /^(?:want|like|enjoy(?:ed)?|love|interested in|looking for|got a (?:news )?tip|do you have a (?:news )?tip)\b.{0,80}\?$/i;

/**
 * Share buttons and sign-up prompts: "Share this article", "Facebook Twitter Email",
 * "Sign up for our newsletter". Story sentences that start the same way stay:
 * "Share prices fell 5% on the news", "Sign up to vote closes on Friday, officials said."
 */
export const sharePrompt: FurnitureRule = {
  reason: 'share-prompt',
  match(i, { paragraphs }) {
    const text = paragraphs[i]!.text;
    if (text.length > 160) return null;
    if (BUTTON_ROW.test(text)) return { count: 1 };
    // A reporting verb makes it story text; so does any sentence that is not itself a prompt.
    if (/\b(?:said|says|told|according to)\b/i.test(text)) return null;
    const pieces = text.split(/(?<=[.!?])\s+/);
    return pieces.every((p) => SHARE.test(p) || SIGN_UP.test(p) || LEAD_QUESTION.test(p)) && pieces.some((p) => !LEAD_QUESTION.test(p)) ? { count: 1 } : null;
  },
};
