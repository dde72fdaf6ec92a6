/**
 * Classes of words and phrases that news English uses for one kind of act or state,
 * so that outlets telling the same fact in other words meet: "Parler sued Amazon" /
 * "filing a lawsuit against Amazon" / "took Amazon to court" are all `@sue`. General
 * vocabulary, usable for any event; each class lists its forms (inflections are
 * written out, so matching needs no stemmer) and an example of what it joins.
 * A class is a token of its own in a claim, in place of the words it covers.
 */
export const EVENT_CLASSES: Readonly<Record<string, readonly string[]>> = {
  // Legal action. "X sued Y" / "X filed a lawsuit against Y" / "X took Y to court".
  sue: [
    'sue', 'sues', 'sued', 'suing', 'lawsuit', 'lawsuits', 'suit', 'suits', 'litigation', 'legal action', 'legal challenge',
    'take to court', 'takes to court', 'took to court', 'taking to court', 'taken to court',
    'file a complaint', 'filed a complaint', 'files a complaint', 'filing a complaint',
    'file a case', 'filed a case', 'files a case', 'filing a case',
  ],
  // Cutting someone off a service. "AWS suspended Parler" / "AWS cut off Parler’s access" /
  // "refusing to host Parler" / "Parler was de-platformed" / "pulled the plug on Parler".
  cutoff: [
    'suspend', 'suspends', 'suspended', 'suspending', 'suspension', 'cut off', 'cuts off', 'cutting off', 'cut ties', 'cuts ties',
    'cutting ties', 'remove', 'removes', 'removed', 'removing', 'removal', 'ban', 'bans', 'banned', 'banning', 'deplatform',
    'deplatforms', 'deplatformed', 'deplatforming', 'de-platform', 'de-platforms', 'de-platformed', 'de-platforming',
    'kick off', 'kicks off', 'kicked off', 'kicking off', 'boot', 'boots', 'booted', 'booting', 'drop', 'drops', 'dropped',
    'dropping', 'terminate', 'terminates', 'terminated', 'terminating', 'termination', 'pull the plug', 'pulls the plug',
    'pulled the plug', 'pulling the plug', 'stop hosting', 'stops hosting', 'stopped hosting', 'refuse to host',
    'refuses to host', 'refused to host', 'refusing to host', 'refuse service', 'refuses service', 'refused service',
    'refusing service', 'take down', 'takes down', 'took down', 'taking down', 'taken down', 'expel', 'expels', 'expelled',
    'expelling', 'evict', 'evicts', 'evicted', 'evicting', 'blacklist', 'blacklists', 'blacklisted', 'blackball',
    'blackballs', 'blackballed', 'blackballing', 'shut out', 'shuts out',
  ],
  // Going offline or out of service. "Parler went dark" / "forced offline" / "the outage".
  offline: [
    'go dark', 'goes dark', 'went dark', 'going dark', 'gone dark', 'offline', 'off line', 'outage', 'outages', 'go down',
    'goes down', 'went down', 'knocked out', 'unreachable', 'inaccessible',
  ],
  // Rivalry. "to reduce competition" / "a growing competitor" / "its rival".
  compete: ['compete', 'competes', 'competed', 'competing', 'competition', 'competitor', 'competitors', 'competitive', 'rival', 'rivals', 'rivalry'],
  // Lessening something. "curb the competition" / "reduce its competition" / "stifle dissent".
  curb: [
    'curb', 'curbs', 'curbed', 'curbing', 'reduce', 'reduces', 'reduced', 'reducing', 'reduction', 'stifle', 'stifles',
    'stifled', 'stifling', 'limit', 'limits', 'limited', 'limiting', 'suppress', 'suppresses', 'suppressed', 'suppressing',
    'eliminate', 'eliminates', 'eliminated', 'eliminating', 'crush', 'crushes', 'crushed', 'crushing',
  ],
  // Shielding someone. "to protect Twitter" / "to save Twitter" / "to rescue Twitter".
  protect: [
    'protect', 'protects', 'protected', 'protecting', 'protection', 'save', 'saves', 'saved', 'saving', 'rescue', 'rescues',
    'rescued', 'rescuing', 'shield', 'shields', 'shielded', 'shielding',
  ],
  // Breaking a contract. "breached the contract" / "break of contract".
  breach: ['breach', 'breaches', 'breached', 'breaching', 'break of contract', 'broke the contract', 'broken the contract'],
  // Breaking a law or rule. "violating the Sherman Act" / "an antitrust violation" / "in breach of the law".
  violate: ['violate', 'violates', 'violated', 'violating', 'violation', 'violations', 'infringe', 'infringes', 'infringed', 'infringing', 'infringement'],
  // Agreements. "signed a deal" / "a multi-year agreement" / "inked a pact".
  deal: ['deal', 'deals', 'agreement', 'agreements', 'pact', 'pacts', 'accord', 'partnership', 'partnerships'],
  // Concluding one. "signed a deal" / "inked a pact" / "struck an agreement".
  sign: ['sign', 'signs', 'signed', 'signing', 'ink', 'inks', 'inked', 'inking', 'strike', 'strikes', 'struck', 'seal', 'seals', 'sealed'],
  // Political motive. "politically motivated" / "for political reasons" / "political animus".
  politics: ['political', 'politically', 'politics', 'partisan', 'ideological', 'ideologically'],
  // Urging violence or harm. "incite violence" / "encourage violence" / "promoted violence".
  incite: [
    'incite', 'incites', 'incited', 'inciting', 'incitement', 'encourage', 'encourages', 'encouraged', 'encouraging',
    'promote', 'promotes', 'promoted', 'promoting', 'glorify', 'glorifies', 'glorified', 'glorifying', 'call for', 'calls for',
    'called for', 'calling for',
  ],
  // Violence. "threats of violence" / "violent content".
  violence: ['violence', 'violent', 'violently'],
  // Keeping content in check. "police its platform" / "monitor the content" / "moderate posts".
  moderate: [
    'police', 'polices', 'policed', 'policing', 'monitor', 'monitors', 'monitored', 'monitoring', 'moderate', 'moderates',
    'moderated', 'moderating', 'moderation',
  ],
  // Failing to do something. "its failure to police" / "wasn’t able to monitor" / "unable or unwilling".
  fail: ['fail', 'fails', 'failed', 'failing', 'failure', 'unable', 'not able', 'wasn’t able', "wasn't able", 'unwilling', 'could not', 'couldn’t', "couldn't"],
  // Growth. "popularity grew" / "users flocked to" / "the surge in sign-ups".
  grow: [
    'grow', 'grows', 'grew', 'growing', 'grown', 'growth', 'surge', 'surges', 'surged', 'surging', 'flock', 'flocks', 'flocked',
    'flocking', 'boom', 'boomed', 'soar', 'soars', 'soared', 'soaring', 'skyrocket', 'skyrocketed', 'swell', 'swelled',
  ],
  // Unequal treatment. "a double standard" / "the hypocrisy of" / "the decision was unfair".
  unfair: ['double standard', 'double standards', 'hypocrisy', 'hypocritical', 'unfair', 'unfairly', 'selective', 'selectively'],
  // Ruin. "financially devastating" / "a death blow to its business" / "will kill Parler’s business".
  ruin: [
    'devastating', 'devastate', 'devastated', 'death blow', 'deathblow', 'fatal blow', 'kill', 'kills', 'killed', 'destroy',
    'destroys', 'destroyed', 'destroying', 'ruin', 'ruins', 'ruined', 'cripple', 'cripples', 'crippled', 'bankrupt',
  ],
  // Preference. "favored by the far right" / "preferred by conservatives" / "popular among".
  favor: ['favored', 'favoured', 'preferred', 'popular among', 'popular with', 'beloved', 'embraced'],
  // Trending. "became a trending topic" / "trended on Twitter".
  trend: ['trend', 'trends', 'trended', 'trending', 'went viral', 'viral'],
  // Forcing. "forced offline" / "compelled the company to".
  force: ['force', 'forces', 'forced', 'forcing', 'compel', 'compels', 'compelled', 'compelling'],
};

export interface EventSpan {
  /** `@sue`, `@cutoff`, … */
  key: string;
  start: number;
  end: number;
}

// Longest phrases first, so "pull the plug" wins over a shorter form inside it; the
// words in a phrase may be separated by any spaces, and the article "the"/"a"/"an" or a
// possessive may stand between a phrasal verb's words ("cut Parler off" is not covered).
const PHRASES: ReadonlyArray<[string, string]> = Object.entries(EVENT_CLASSES)
  .flatMap(([key, forms]) => forms.map((f): [string, string] => [f, `@${key}`]))
  .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
const LOOKUP = new Map(PHRASES.map(([f, k]) => [f, k]));
const PATTERN = new RegExp(
  `(?<![\\p{L}’'-])(?:${PHRASES.map(([f]) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}’'-])`,
  'giu',
);
// "followed suit" is no lawsuit: "Apple followed suit the next day".
const FOLLOW = new Set(['follow', 'follows', 'followed', 'following']);

/**
 * Where the event classes occur in a text, left to right, without overlaps.
 *
 * @example findEvents('Parler filed a lawsuit against Amazon') // [{ key: '@sue', start: 15, end: 22 }]
 */
export function findEvents(text: string): EventSpan[] {
  const out: EventSpan[] = [];
  PATTERN.lastIndex = 0;
  for (const m of text.matchAll(PATTERN)) {
    const form = m[0].toLowerCase().replace(/\s+/g, ' ');
    const key = LOOKUP.get(form);
    if (!key) continue;
    if (key === '@sue' && FOLLOW.has(text.slice(Math.max(0, m.index! - 12), m.index).trim().split(/\s+/u).pop()!.toLowerCase())) continue;
    out.push({ key, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}
