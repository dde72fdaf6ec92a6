import type { Actor } from './find-actors.js';

/**
 * What kind of thing a category noun names. A label's head noun must fit the actor it is
 * given to: "the tech titan" fits any organisation, "the controversial social network" only
 * an actor the run itself calls a platform, network, app or site ("Parler, the hottest new
 * social media platform", "Parler is a social network …", "the Parler app").
 */
export type CategoryFamily = 'organisation' | 'online' | 'commerce' | 'hosting' | 'media' | 'government' | 'person';

const FAMILIES: Record<CategoryFamily, string[]> = {
  organisation: [
    'company', 'firm', 'business', 'corporation', 'giant', 'titan', 'behemoth', 'conglomerate', 'juggernaut', 'heavyweight',
    'powerhouse', 'outfit', 'startup', 'start-up', 'enterprise', 'upstart', 'multinational', 'organisation', 'organization',
  ],
  online: ['platform', 'network', 'app', 'site', 'website', 'service', 'forum', 'microblog'],
  commerce: ['retailer', 'marketplace', 'seller', 'merchant', 'e-tailer'],
  hosting: ['host', 'provider'],
  media: ['outlet', 'newspaper', 'broadcaster', 'publication', 'channel', 'tabloid', 'magazine'],
  government: ['agency', 'administration', 'government', 'department', 'regulator', 'ministry'],
  person: [
    'billionaire', 'executive', 'founder', 'co-founder', 'mogul', 'tycoon', 'entrepreneur', 'businessman', 'businesswoman', 'boss',
    'politician', 'lawmaker', 'activist', 'commentator', 'pundit', 'magnate', 'financier', 'investor',
  ],
};

const HEADS = new Map<string, CategoryFamily>(Object.entries(FAMILIES).flatMap(([family, words]) => words.map((w) => [w, family as CategoryFamily] as const)));

// Modifiers that type an actor even under a generic head: "social media giant Twitter".
const ONLINE_MODIFIERS = /\b(?:social media|social networking|microblogging|online|internet|web)\b/i;

/** The family of a category noun: "titan" → organisation, "network" → online; undefined for other words. */
export function categoryFamily(word: string): CategoryFamily | undefined {
  return HEADS.get(word.toLowerCase());
}

/** Every family a description shows: "a conservative microblogging alternative" → online. */
export function familiesIn(description: string): CategoryFamily[] {
  const found = new Set<CategoryFamily>();
  for (const w of description.toLowerCase().split(/[^\p{L}-]+/u)) {
    const f = HEADS.get(w);
    if (f) found.add(f);
  }
  if (ONLINE_MODIFIERS.test(description)) found.add('online');
  return [...found].sort();
}

/**
 * Whether a head noun of this family may stand for the actor: organisation words for
 * any actor not known to be a person, person words only for people, the other
 * families only when the run has called the actor so (`known`).
 */
export function fitsActor(family: CategoryFamily, actor: Actor, known: ReadonlySet<CategoryFamily> | undefined): boolean {
  if (family === 'organisation') return actor.kind !== 'person';
  if (family === 'person') return actor.kind === 'person';
  return known?.has(family) ?? false;
}
