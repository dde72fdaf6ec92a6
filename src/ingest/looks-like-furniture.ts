import type { Element } from 'domhandler';

/** Words in a class, id, role or aria-label that mark page furniture, e.g. `share-bar`, `relatedLinks`, `ad-slot`. */
const JUNK_WORD_PREFIX =
  /^(shar(e|ing)|social|newsletter|related|advert|promo|subscri|breadcrumb|customer|service|contact|latest|trending|popular|cookie|consent|byline|sidebar|sponsor|outbrain|taboola|popup|recirc|recommend|signup|disqus|paywall|modal)/;
const JUNK_WORD =
  /^(ad|ads|adslot|adunit|comment|comments|bio|author|authors|meta|dateline|kicker|eyebrow|overline|gdpr|toolbar|tags|mostread)$/;
const JUNK_PHRASE = /author[-_ ]?(bio|box|info|card|profile|details)|about[-_ ]?(the[-_ ]?)?author|most[-_ ]read/;
/** Class names that describe the page's state rather than the element: `has-sidebar`, `no-ads`. */
const STATE_CLASS = /^(has|with|no|show|hide|is|js|enable[ds]?)[-_]/;

/** Whether class, id, role or aria-label names a widget: `share-tools`, `newsletterSignup`, `ad-slot`. */
export function looksLikeFurniture(el: Element): boolean {
  const { class: cls = '', id = '', role = '' } = el.attribs;
  const label = el.attribs['aria-label'] ?? '';
  const names = [...cls.split(/\s+/).filter((c) => !STATE_CLASS.test(c.toLowerCase())), id, role, label];
  // `social-media-embed` holds a post quoted in the story, not a share bar.
  if (names.some((name) => /embed/i.test(name))) return false;
  return names.some((name) => {
    const lower = name.toLowerCase();
    if (JUNK_PHRASE.test(lower)) return true;
    const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
    return words.some((w) => w !== 'commentary' && (JUNK_WORD.test(w) || JUNK_WORD_PREFIX.test(w)));
  });
}
