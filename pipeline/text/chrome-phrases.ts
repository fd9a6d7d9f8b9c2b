// Site furniture written as sentences: the phrases, as data. Each list is one kind of block a site
// prints around or inside its articles; the tests in site-chrome.ts and remove-boilerplate.ts read
// whole lines or paragraphs against them, and where on the page a block stands decides whether it
// goes. To teach the cleanup a new site's wording, add a phrase here (and a fixture case), not a
// regular expression in a rule. Phrases are regular-expression sources, matched case-insensitively
// against the whole trimmed line unless the list says otherwise (so `\p{Lu}` in them matches any
// letter: where case matters, chrome-sentences.ts checks it apart).

/** A disclosure the site prints over a review or a sponsored story; the line starts with one. */
export const disclosureOpenings: readonly string[] = [
  String.raw`(?:this|the|our) (?:post|article|page|story|guide|review|site|content|list|roundup)(?: below)? (?:may )?contains? (?:affiliate|sponsored|referral|paid) links`,
  String.raw`(?:this|the) (?:post|article|story|content) (?:is|was) (?:sponsored|paid for|supported|produced in partnership with|brought to you)\b`,
  String.raw`(?:we|i|(?:this|the|our) (?:site|website|blog|publication)) (?:may )?(?:earn|receive|get|make) (?:a )?(?:small )?(?:commission|share of (?:the )?(?:sales|revenue)|affiliate (?:commission|fee)s?)\b`,
  String.raw`if you (?:buy|purchase|click|sign up|shop)\b.{0,80}\b(?:commission|we (?:may )?(?:earn|receive|get))`,
  String.raw`as an? (?:amazon )?associate,? (?:we|i)\b`,
  String.raw`(?:affiliate |advertising |ad |editorial )?disclosure\s*:`,
  String.raw`(?:every|each) (?:product|item) (?:on this page |here )?(?:is|was) (?:independently )?(?:selected|chosen|tested)\b.{0,120}\b(?:commission|affiliate)`,
];

/**
 * The frame's own labels in other languages a scraped page comes in (French, German, Spanish,
 * Italian, Dutch, Portuguese), each a whole line: the English ones are in site-chrome.ts. A skip
 * link and a reading time are buttons; a share label heads a share row; a widget label heads a
 * list of other articles or the comments.
 */
export const skipLinksElsewhere: readonly string[] = [
  String.raw`(?:aller|passer) au (?:contenu|menu)(?: principal)?`, String.raw`(?:direkt )?zum (?:inhalt|hauptinhalt|menü)(?: springen| wechseln)?`,
  String.raw`(?:saltar|ir) al (?:contenido|menú)(?: principal)?`, String.raw`(?:vai|salta|passa) al (?:contenuto|menu)(?: principale)?`,
  String.raw`(?:spring |ga )?naar (?:de )?(?:inhoud|hoofdinhoud|menu)`, String.raw`(?:pular|ir|saltar) para o (?:conteúdo|menu)(?: principal)?`,
];
export const readingTimesElsewhere: readonly string[] = [
  String.raw`(?:temps de lecture\s*:?\s*)?\d+\s*min(?:utes?)?(?: de lecture)?`, String.raw`(?:lesezeit\s*:?\s*)?\d+\s*min(?:uten|\.)?(?: lesezeit)?`,
  String.raw`(?:tiempo de lectura\s*:?\s*)?\d+\s*min(?:utos?)?(?: de lectura)?`, String.raw`(?:tempo di lettura\s*:?\s*)?\d+\s*min(?:uti)?(?: di lettura)?`,
  String.raw`(?:leestijd\s*:?\s*)?\d+\s*min(?:uten)?(?: leestijd)?`, String.raw`(?:tempo de leitura\s*:?\s*)?\d+\s*min(?:utos?)?(?: de leitura)?`,
];
export const shareLabelsElsewhere: readonly string[] = [
  String.raw`partager(?: (?:cet|l[’']) ?article| sur)?`, String.raw`(?:artikel |diesen artikel )?teilen`, String.raw`compartir(?: (?:este )?artículo| en)?`,
  String.raw`condividi(?: (?:questo )?articolo| su)?`, String.raw`(?:dit artikel )?delen`, String.raw`(?:compartilhar|partilhar)(?: (?:este )?artigo)?`,
];
export const widgetLabelsElsewhere: readonly string[] = [
  String.raw`articles? similaires|(?:à )?lire aussi|sur le même sujet|les plus lus|(?:\d+ )?commentaires?(?: \(\d+\))?|laisser un commentaire`,
  String.raw`ähnliche artikel|mehr zum thema|das könnte sie auch interessieren|auch interessant|meistgelesen|(?:\d+ )?kommentare?(?: \(\d+\))?|kommentar schreiben`,
  String.raw`artículos relacionados|(?:te )?puede(?:s)? interesar|lee también|lo más leído|(?:\d+ )?comentarios?(?: \(\d+\))?|deja un comentario`,
  String.raw`articoli correlati|leggi anche|potrebbe interessarti|i più letti|(?:\d+ )?commenti(?: \(\d+\))?|lascia un commento`,
  String.raw`gerelateerde artikelen|lees ook|meest gelezen|(?:\d+ )?reacties?(?: \(\d+\))?|laat een reactie achter`,
  String.raw`artigos relacionados|leia também|mais lidas|(?:\d+ )?comentários?(?: \(\d+\))?|deixe um comentário`,
];

/**
 * A call to sign up for something of the site's (a newsletter, alerts, the app): the line starts
 * with a call and names what is offered. A quoted line is someone speaking, never a call.
 */
export const callOpenings: readonly string[] = [
  String.raw`(?:sign ?up|subscribe|register|join|get|receive|enter your email|want (?:more|the latest|stories)|don[’']t miss|never miss|stay (?:informed|up to date|in the know)|be the first|keep up|thanks? (?:you )?for (?:reading|visiting))\b`,
];
export const callOffers: readonly string[] = [
  String.raw`e-?newsletters?`, String.raw`newsletters?`, String.raw`briefings?`, String.raw`bulletins?`, String.raw`digest`, String.raw`inbox`,
  String.raw`(?:email|e-mail|news|breaking news|push) (?:alerts|updates|notifications)`, String.raw`(?:our|the) (?:free )?app`, String.raw`mailing list`, String.raw`(?:new|future) (?:posts|issues|essays|stories)`,
];

/**
 * Slot markers between an article's paragraphs: an advert or an "upsell" break. One word alone can
 * also be the author's ("Advertisement" as an essay's one-line paragraph), so they go only on a page
 * that shows other site chrome or repeats them.
 */
export const slotMarkers: readonly string[] = [
  String.raw`advertisements?`, String.raw`advert`, String.raw`ad`, String.raw`sponsored(?: content| links?)?`, String.raw`paid (?:content|post|partnership)`,
  String.raw`(?:story|article|text) continues(?: below| after (?:the )?(?:advertisement|ad))?`, String.raw`continue reading(?: below| the (?:main )?(?:story|article))`,
  String.raw`scroll (?:down )?to continue(?: with content| reading)?`, String.raw`(?:article|story) continues after advertisement`,
];

/** A teaser for another article: a label, a separator, a headline ("Read more: …", "WATCH | …"). */
export const teaserLabels: readonly string[] = [
  String.raw`read more`, String.raw`read also`, String.raw`also read`, String.raw`see also`, String.raw`related`, String.raw`more`, String.raw`must read`,
  String.raw`read next`, String.raw`recommended`, String.raw`watch`, String.raw`listen`, String.raw`further reading`,
  String.raw`don[’']t miss`, String.raw`(?:latest|more) (?:news|stories)?\s*(?:on|about) [\p{L} ]{1,30}`,
];

/** The credits and notes a wire or a newspaper prints after a story ("Reporting by …; Editing by …"). */
export const creditTrailers: readonly string[] = [
  // A name follows "by" (checked in chrome-sentences.ts: "Reporting by the council showed …" is the article's).
  String.raw`(?:additional |further )?(?:reporting|writing|editing|research|graphics|compiled|produced|edited|written|fact-checking|photography) by [^.!?]{1,240}\.?`,
  String.raw`(?:[\p{Lu}][\p{L}’'-]+ ){1,3}(?:and (?:[\p{Lu}][\p{L}’'-]+ ){1,3})?contributed (?:reporting|research|to this (?:report|story|article))\b.{0,120}`,
  String.raw`(?:our|editorial) standards\b.{0,80}`, String.raw`(?:corrections|comments|editorial) policy\b.{0,40}`,
  String.raw`(?:acquire|purchase|buy) (?:licensing|reprint) rights`, String.raw`reprints? (?:and|&) permissions`, String.raw`(?:report|suggest) a correction`,
  String.raw`(?:this|the) (?:article|story) (?:was|has been) (?:first )?(?:published|produced) (?:by|in partnership with|with support from)\b.{0,120}`,
];

/** Labels of a list of topics or tags at the foot of a page ("Suggested Topics:", "Topics"). */
export const topicLabels: readonly string[] = [
  String.raw`(?:suggested |related |more |trending |explore )?(?:topics|tags|subjects|keywords|categories)`, String.raw`filed under`, String.raw`explore more`,
];

/** The furniture of a forum page: post buttons, edit notes, board statistics. */
export const forumFurniture: readonly string[] = [
  String.raw`(?:multi-?)?quote`, String.raw`permalink`, String.raw`(?:last )?edited(?: by [\p{L}\p{N}_. -]{1,40})?\s*:?.{0,40}`,
  String.raw`(?:members|users|guests|visitors) online\s*:?\s*[\d,.]*`, String.raw`(?:forum|board|site) statistics`, String.raw`(?:who[’']s|users) online`,
  String.raw`(?:threads|messages|members|posts|replies|views|likes|reactions|topics|points)\s*:?\s*[\d,.]+[km]?`,
];

/** Labels of a forum's list of other threads ("Similar threads"). */
export const forumWidgetLabels: readonly string[] = [
  String.raw`(?:similar|related|suggested|latest|new|other|recent) (?:threads|topics|discussions)`,
];

/**
 * The job an author box gives its author ("… is a reporter covering …"): with a name before "is",
 * a sentence about a writer, which on a page framed by chrome is the site's box, not the text.
 */
export const authorRoles: readonly string[] = [
  String.raw`reporter`, String.raw`correspondent`, String.raw`editor`, String.raw`writer`, String.raw`journalist`, String.raw`columnist`, String.raw`critic`,
  String.raw`contributor`, String.raw`freelancer`, String.raw`freelance`, String.raw`producer`, String.raw`photographer`, String.raw`photojournalist`, String.raw`blogger`,
  String.raw`author`, String.raw`analyst`, String.raw`commentator`, String.raw`presenter`, String.raw`host`, String.raw`fellow`, String.raw`intern`, String.raw`staffer`,
];

/** Agencies and picture libraries that credit photos as "AGENCY/Name" or "Name/AGENCY" without a label. */
export const pictureAgencies: readonly string[] = [
  String.raw`reuters`, String.raw`ap(?: photo)?`, String.raw`afp(?: via getty images)?`, String.raw`getty(?: images)?`, String.raw`epa(?:-efe)?`, String.raw`efe`, String.raw`pa(?: (?:images|wire|media))?`,
  String.raw`bloomberg`, String.raw`dpa`, String.raw`anp`, String.raw`xinhua`, String.raw`tass`, String.raw`anadolu(?: agency)?`, String.raw`shutterstock`, String.raw`alamy(?: stock photo)?`,
  String.raw`nurphoto`, String.raw`sopa images`, String.raw`zuma(?: press| wire)?`, String.raw`imago`, String.raw`aap(?: image)?`, String.raw`ansa`, String.raw`kyodo`, String.raw`yonhap`,
  String.raw`istock(?:photo)?`, String.raw`unsplash`, String.raw`the canadian press`, String.raw`press association`, String.raw`associated press`,
];

/** One case-insensitive Unicode pattern matching any of the phrases, anchored as `shape` says. */
export function phrasePattern(phrases: readonly string[], shape: 'whole' | 'start' | 'anywhere'): RegExp {
  const any = `(?:${phrases.join('|')})`;
  return new RegExp(shape === 'whole' ? `^${any}$` : shape === 'start' ? `^${any}` : any, 'iu');
}
