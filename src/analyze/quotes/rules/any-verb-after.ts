import { speakerAfter, speakerBefore } from '../speaker-phrase.js';
import type { Attribution } from '../attribute-span.js';

// A past-tense verb, or one of the irregular ones news copy uses for speech.
const VERB = String.raw`(?:\p{Ll}{2,}ed|wrote|spoke|began|put it|went on|shot back|fired back|hit back)`;
// Participles and words in -ed that do not report what someone said: "“…,” the plan included".
const NOT_SPEECH = new Set(['included', 'involved', 'needed', 'used', 'based', 'called', 'named', 'titled', 'entitled', 'dubbed', 'labeled', 'labelled', 'headlined', 'tagged', 'marked', 'printed', 'painted', 'signed', 'featured', 'displayed', 'showed', 'played', 'aired', 'ranked', 'rated', 'listed', 'sold', 'owned', 'led', 'opened', 'closed', 'ended', 'started', 'turned', 'moved', 'changed', 'happened', 'seemed', 'appeared', 'remained', 'existed', 'occurred', 'followed', 'preceded']);
const INVERTED = new RegExp(String.raw`^(\s*(?:,\s*)?)(${VERB})\s+`, 'u');
const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * A quote whose own sentence goes on after its closing mark with a speaker and a verb no
 * cue list holds: "“…,” Renner answered." / "“…,” remembered Ada Quill, a former
 * spokesman." / "“…,” she sighed." Only for a quote that ends in a comma, question mark,
 * exclamation mark or dash (its sentence is not over), and only when the speaker and the
 * verb are all there is before the sentence ends or a comma starts a new phrase.
 */
export function anyVerbAfter(clause: string, offset: number): Attribution | null {
  const inverted = INVERTED.exec(clause);
  if (inverted && !NOT_SPEECH.has(inverted[2]!)) {
    const at = inverted[0].length;
    const mention = speakerAfter(clause.slice(at), offset + at);
    if (mention && mention.type !== 'pronoun' && endsSoon(clause.slice(mention.end - offset))) {
      const cueStart = offset + inverted[1]!.length;
      return { mention, cue: { form: inverted[2]!, start: cueStart, end: cueStart + inverted[2]!.length }, confidence: 0.85, rule: 'any-verb-after' };
    }
  }
  const verb = new RegExp(String.raw`\s(${VERB})(?=[\s,.;:!?]|$)`, 'u').exec(clause);
  if (!verb || NOT_SPEECH.has(verb[1]!)) return null;
  const subject = clause.slice(0, verb.index);
  const lead = /^\s*,?\s*/.exec(subject)![0].length;
  if ((subject.slice(lead).match(WORDS) ?? []).length > 8) return null;
  const mention = speakerBefore(subject.slice(lead), offset + lead);
  if (!mention || mention.start !== offset + lead || !endsSoon(clause.slice(verb.index + verb[0].length))) return null;
  const cueStart = offset + verb.index + 1;
  return { mention, cue: { form: verb[1]!, start: cueStart, end: cueStart + verb[1]!.length }, confidence: 0.85, rule: 'any-verb-after' };
}

// The attribution is short: at most a few words ("on Tuesday", "in an interview") before a comma or the end.
function endsSoon(rest: string): boolean {
  const cut = rest.search(/[,;—–(]/);
  return ((cut < 0 ? rest : rest.slice(0, cut)).match(WORDS) ?? []).length <= 6;
}
