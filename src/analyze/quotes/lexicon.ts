// Word lists the attribution rules share. Kept in one place so the README can
// point at them and a user can see why a word counts.

/** Reporting verbs by lemma, with the forms news copy uses. */
const CUE_LEMMAS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  state: ['state', 'states', 'stated', 'stating'],
  write: ['write', 'writes', 'wrote', 'writing'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  contend: ['contend', 'contends', 'contended', 'contending'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  note: ['note', 'notes', 'noted', 'noting'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  respond: ['respond', 'responds', 'responded', 'responding'],
  continue: ['continue', 'continues', 'continued', 'continuing'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  read: ['reads', 'read'],
  maintain: ['maintain', 'maintains', 'maintained', 'maintaining'],
  stress: ['stress', 'stresses', 'stressed'],
  emphasize: ['emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised'],
  recall: ['recall', 'recalls', 'recalled'],
  predict: ['predict', 'predicts', 'predicted'],
  tweet: ['tweet', 'tweets', 'tweeted'],
  post: ['posted'],
  testify: ['testify', 'testifies', 'testified'],
  conclude: ['conclude', 'concludes', 'concluded'],
  complain: ['complain', 'complains', 'complained'],
  deny: ['deny', 'denies', 'denied'],
  concede: ['concede', 'concedes', 'conceded'],
  remark: ['remark', 'remarks', 'remarked'],
  observe: ['observe', 'observes', 'observed'],
  report: ['report', 'reports', 'reported'],
  reveal: ['reveal', 'reveals', 'revealed'],
  confirm: ['confirm', 'confirms', 'confirmed'],
  charge: ['charges', 'charged'],
  believe: ['believe', 'believes', 'believed'],
  think: ['thinks', 'thought'],
  agree: ['agree', 'agrees', 'agreed'],
  urge: ['urge', 'urges', 'urged'],
  vow: ['vow', 'vows', 'vowed'],
  promise: ['promise', 'promises', 'promised'],
  pledge: ['pledge', 'pledges', 'pledged'],
  boast: ['boast', 'boasts', 'boasted'],
  joke: ['joke', 'jokes', 'joked'],
  quip: ['quip', 'quips', 'quipped'],
  muse: ['mused'],
  exhort: ['exhorted'],
  scoff: ['scoffed'],
  marvel: ['marveled', 'marvelled'],
  plead: ['pleaded'],
  yell: ['yelled'],
  echo: ['echoed'],
  text: ['texted'],
  email: ['emailed'],
  lament: ['lament', 'laments', 'lamented'],
  shout: ['shout', 'shouts', 'shouted'],
  cry: ['cried'],
  whisper: ['whispered'],
  wonder: ['wonder', 'wonders', 'wondered'],
  demand: ['demand', 'demands', 'demanded'],
  describe: ['describe', 'describes', 'described'],
  call: ['call', 'calls', 'called'],
  cite: ['cite', 'cites', 'cited'],
  accuse: ['accuse', 'accuses', 'accused', 'accusing'],
  mention: ['mention', 'mentions', 'mentioned'],
  point: ['point out', 'points out', 'pointed out'],
  go: ['went on', 'goes on'],
  speak: ['spoke', 'speaks', 'speaking'],
  comment: ['comment', 'comments', 'commented'],
  retort: ['retort', 'retorts', 'retorted', 'shot back', 'shoots back', 'fired back', 'fires back', 'hit back', 'hits back', 'snapped', 'snaps'],
  dismiss: ['dismissed', 'dismisses'],
  reject: ['rejected', 'rejects'],
  criticise: ['criticised', 'criticized', 'criticises', 'criticizes'],
  praise: ['praised', 'praises'],
  counter: ['counter', 'counters', 'countered'],
  estimate: ['estimate', 'estimates', 'estimated'],
  label: ['label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling'],
  highlight: ['highlight', 'highlights', 'highlighted'],
  caution: ['caution', 'cautions', 'cautioned'],
  propose: ['propose', 'proposes', 'proposed'],
  hint: ['hint', 'hints', 'hinted'],
  indicate: ['indicate', 'indicates', 'indicated'],
  insinuate: ['insinuate', 'insinuates', 'insinuated'],
  assure: ['assure', 'assures', 'assured'],
  inform: ['inform', 'informs', 'informed'],
  // "found"/"shows" alone are too often not speech ("was found alive"): only with "that".
  show: ['shows that', 'showed that', 'show that'],
  find: ['finds that', 'found that', 'find that'],
  refer: ['referred to', 'refers to', 'referring to'],
  // "As Professor Foner put it: …"
  put: ['put it', 'puts it'],
  // "Braynard is quoted as saying": the passive names the speaker as its subject.
  quote: ['quoted as saying'],
  answer: ['answered', 'answers'],
  reiterate: ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  exclaim: ['exclaimed', 'exclaims'],
  proclaim: ['proclaimed', 'proclaims'],
  recount: ['recounted', 'recounts'],
  gush: ['gushed', 'gushes'],
  sigh: ['sighed', 'sighs'],
  concur: ['concurred', 'concurs'],
};

/** Every reporting-verb form, longest first so "points out" wins over "points". */
export const CUE_FORMS: readonly string[] = Object.values(CUE_LEMMAS).flat().sort((a, b) => b.length - a.length);

const FORM_TO_LEMMA = new Map(Object.entries(CUE_LEMMAS).flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)));

/** The lemma of a reporting-verb form: "alleges" → "allege". */
export function cueLemma(form: string): string | undefined {
  return FORM_TO_LEMMA.get(form.toLowerCase());
}

/**
 * Verbs that report a statement when followed by a clause ("X said (that) …",
 * "X alleges …"). Verbs like "call", "cite", "speak", "tell" need more
 * ("told reporters that"), so they only count for indirect speech with "that".
 */
export const CLAUSE_LEMMAS = new Set([
  'say', 'add', 'claim', 'state', 'write', 'argue', 'allege', 'contend', 'warn', 'note', 'explain', 'insist', 'reply',
  'respond', 'declare', 'announce', 'acknowledge', 'admit', 'assert', 'suggest', 'maintain', 'stress', 'emphasize',
  'predict', 'tweet', 'testify', 'conclude', 'complain', 'concede', 'observe', 'report', 'reveal', 'confirm', 'charge',
  'believe', 'agree', 'vow', 'promise', 'pledge', 'boast', 'counter', 'estimate', 'caution', 'hint', 'indicate',
  'insinuate', 'read', 'point', 'continue', 'show', 'find', 'deny', 'recall', 'think', 'reiterate', 'answer', 'exclaim',
  'proclaim', 'recount', 'concur', 'retort', 'tell',
]);

/** Verbs that take the listener before the clause: "told reporters that …", "warned investors that …". */
export const LISTENER_LEMMAS = new Set(['tell', 'warn', 'inform', 'assure', 'remind', 'ask', 'urge']);

/** Words between a speaker and the verb: "has said", "also told", "later wrote". */
export const AUXILIARIES = ['has', 'have', 'had', 'will', 'would', 'could', 'can', 'did', 'does', 'do', 'was', 'is', 'may', 'might', 'should', 'must', 'also', 'later', 'previously', 'again', 'then', 'further', 'once', 'recently', 'repeatedly', 'reportedly', 'allegedly', 'specifically', 'publicly', 'privately', 'separately', 'earlier', 'still', 'not', 'never', 'often', 'even', 'simply', 'has also', 'went on to', 'now', 'first', 'just', 'since', 'already', 'ultimately', 'has since', 'have since'];

/** People described by their role: "an AWS spokesperson", "the company's lawyers". */
export const ROLE_NOUNS = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokesmen', 'spokeswomen', 'representative', 'representatives', 'official',
  'officials', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel', 'executive', 'executives', 'ceo', 'cfo', 'coo', 'cto',
  'chairman', 'chairwoman', 'chair', 'president', 'founder', 'director', 'manager', 'minister', 'secretary', 'senator',
  'governor', 'mayor', 'judge', 'prosecutor', 'prosecutors', 'investigator', 'investigators', 'analyst', 'analysts', 'expert',
  'experts', 'economist', 'economists', 'researcher', 'researchers', 'scientist', 'scientists', 'source', 'sources', 'aide', 'aides',
  'adviser', 'advisers', 'advisor', 'advisors', 'leader', 'leaders', 'member', 'members', 'officer', 'officers', 'police',
  'witness', 'witnesses', 'resident', 'residents', 'critic', 'critics', 'supporter', 'supporters', 'activist', 'activists',
  'organizer', 'organizers', 'organiser', 'organisers', 'employee', 'employees', 'worker', 'workers', 'staffer', 'staffers',
  'teacher', 'doctor', 'doctors', 'nurse', 'student', 'students', 'parent', 'parents', 'owner', 'owners', 'person', 'people',
  'man', 'woman', 'administration', 'government', 'company', 'firm', 'group', 'agency', 'department', 'ministry', 'platform',
  'network', 'campaign', 'team', 'board', 'council', 'committee', 'court', 'union', 'party', 'office', 'commission', 'authorities',
  'regulator', 'regulators', 'plaintiff', 'plaintiffs', 'defendant', 'defendants', 'user', 'users', 'fan', 'fans', 'voter', 'voters',
  'commentator', 'columnist', 'reporter', 'editor', 'host', 'insider', 'insiders', 'coach', 'player', 'players', 'victim',
  'victims', 'family', 'neighbour', 'neighbor', 'neighbours', 'neighbors', 'chief', 'head', 'boss', 'mother', 'father', 'wife',
  'husband', 'son', 'daughter', 'friend', 'friends', 'colleague', 'colleagues', 'service', 'site', 'app', 'startup', 'giant',
  'authority', 'trust', 'council', 'zoo', 'museum', 'library', 'school', 'district', 'hospital', 'club', 'charity',
  'organisation', 'organization', 'foundation', 'institute', 'university', 'bank', 'airline', 'operator', 'landlord',
  'developer', 'retailer', 'maker', 'manufacturer', 'carrier', 'utility', 'insurer', 'lender', 'publisher', 'broadcaster',
  'studio', 'association', 'ministry', 'prosecution', 'defence', 'defense', 'city', 'county', 'navy', 'army', 'military',
  'embassy', 'consulate', 'regime', 'opposition', 'rival', 'rivals', 'competitor', 'competitors', 'tenants', 'tenant',
  'neighbours', 'protesters', 'demonstrators', 'officers', 'citizens', 'locals', 'shoppers', 'commuters', 'passengers',
  'patients', 'farmers', 'teachers', 'nurses', 'doctors', 'scientists', 'economists', 'campaigners', 'activists', 'unions',
  'candidate', 'candidates', 'nominee', 'nominees', 'strategist', 'strategists', 'pollster', 'pollsters', 'consultant', 'consultants',
  'operative', 'operatives', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'congressman', 'congresswoman', 'delegate',
  'delegates', 'newspaper', 'paper', 'magazine', 'outlet', 'outlets', 'tabloid', 'narrator', 'mogul', 'billionaire', 'tycoon',
  'businessman', 'businesswoman', 'actor', 'actress', 'author', 'writer', 'professor', 'historian', 'scholar', 'pundit', 'anchor',
  'ambassador', 'diplomat', 'diplomats', 'envoy', 'general', 'admiral', 'commander', 'sheriff', 'governor', 'senators',
  'republicans', 'democrats', 'conservatives', 'liberals', 'progressives', 'evangelicals', 'respondents', 'americans',
]);

/** Documents that can speak: "the lawsuit reads", "according to the filing". */
export const DOCUMENT_NOUNS = new Set([
  'lawsuit', 'suit', 'complaint', 'filing', 'filings', 'petition', 'motion', 'brief', 'indictment', 'affidavit', 'ruling', 'order',
  'verdict', 'judgment', 'judgement', 'opinion', 'letter', 'statement', 'report', 'memo', 'memorandum', 'email', 'e-mail',
  'post', 'tweet', 'release', 'announcement', 'study', 'survey', 'poll', 'document', 'documents', 'records', 'transcript',
  'notice', 'warning', 'policy', 'guidelines', 'contract', 'agreement', 'deal', 'bill', 'law', 'decision', 'analysis', 'review',
  'audit', 'investigation', 'inquiry', 'probe', 'paper', 'article', 'editorial', 'blog', 'website', 'message', 'note', 'summons',
  'subpoena', 'testimony', 'proposal', 'plan', 'budget', 'presentation', 'data', 'figures', 'research', 'charge', 'charges',
  'polls', 'surveys', 'studies', 'reports', 'estimates', 'projections', 'calculations', 'statistics', 'tally', 'count', 'census',
  'book', 'memoir', 'ad', 'advertisement', 'video', 'filing', 'sources',
]);

/** Legal documents are one kind of speaker for source names: "the suit", "the complaint" → "lawsuit". */
export const LEGAL_DOCUMENTS = new Set(['lawsuit', 'suit', 'complaint', 'filing', 'filings', 'petition', 'motion', 'brief', 'affidavit', 'summons']);

/** Titles before a name: "Sen. Jim DeMint", "CEO John Matze", "President Biden". */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'mayor',
  'president', 'vice', 'ceo', 'cfo', 'coo', 'cto', 'chief', 'executive', 'officer', 'policy', 'chairman', 'chairwoman', 'chair',
  'founder', 'co-founder', 'cofounder', 'director', 'secretary', 'minister', 'prime', 'judge', 'justice', 'attorney', 'general',
  'spokesperson', 'spokesman', 'spokeswoman', 'lt', 'gen', 'col', 'capt', 'sgt', 'maj', 'adm', 'rev', 'sir', 'dame', 'lord',
  'lady', 'king', 'queen', 'prince', 'princess', 'pope', 'commissioner', 'chancellor', 'speaker', 'leader', 'head', 'manager',
  'coach', 'detective', 'officer', 'inspector', 'superintendent', 'sheriff', 'deputy', 'councillor', 'councilor', 'councilman',
  'councilwoman', 'alderman', 'assemblyman', 'assemblywoman', 'congressman', 'congresswoman', 'state', 'u.s', 'former', 'acting',
  'interim', 'senior', 'top', 'lead', 'principal', 'dean', 'editor', 'publisher', 'host', 'anchor', 'economist', 'analyst',
  'partner', 'owner', 'presidential', 'candidate', 'nominee', 'ambassador', 'envoy', 'treasurer', 'auditor', 'comptroller',
  'controller', 'board', 'trustee', 'member', 'mp', 'mep',
]);

/** Words that end organisation names: "Amazon Web Services", "Acme Corp.". */
export const ORG_WORDS = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'services', 'service',
  'systems', 'technologies', 'university', 'college', 'institute', 'foundation', 'association', 'council', 'committee',
  'department', 'agency', 'ministry', 'party', 'union', 'bank', 'court', 'commission', 'board', 'police', 'office', 'news',
  'times', 'post', 'journal', 'network', 'media', 'press', 'labs', 'partners', 'holdings', 'capital', 'fund', 'club', 'team',
  'government', 'administration', 'house', 'senate', 'congress', 'parliament', 'center', 'centre', 'authority', 'bureau',
  'airlines', 'motors', 'pharmaceuticals', 'energy', 'industries', 'international', 'federation', 'alliance', 'coalition',
]);

/** Pronouns that can stand for a speaker outside quote marks. */
export const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/** Determiners that open a noun phrase. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'one', 'two', 'three', 'several', 'some', 'many', 'another']);
