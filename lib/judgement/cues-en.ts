// The words around a match in an English sentence that say who it is about.

export const en = {
  you: /\b(?:you|your|you'?re|yours|yourself|yourselves|ur|u|ya|y'?all|thou|thee)\b/i,
  person:
    /\b(?:he|she|they|him|her|them|his|hers|their|he'?s|she'?s|they'?re|guy|guys|dude|dudes|voters|fans|players|users|supporters|protesters|democrats|republicans|dems|libs|leftists|politicians|cops|woman|women|men|girl|girls|boy|boys|kid|kids|people|person|folks|op|mods?|admins?|author|lady|ladies|bro|boss|teacher|dad|mom|mum|mother|father|wife|husband|brother|sister|friend|neighbou?r|coworker|president|politician|ceo|everyone|everybody|somebody|someone|anyone|whoever|blacks|whites|muslims|jews|gays|immigrants|refugees|foreigners|liberals|conservatives|feminists|asians|mexicans|arabs|christians)\b/i,
  /** A name with a copula right before the match: "John is an idiot", "Sarah's such a loser". */
  named: /\b(?!(?:This|That|It|There|Here|What|Which|Who|Life|Today|Now|Then|Tonight|Tomorrow|Yesterday|Everything|Nothing)\b)[A-Z][a-z]+(?:'s| is| was| are)\s+(?:(?:such|so|a|an|the|really|totally|truly|just|fucking|complete|an?|absolute)\s+)*$/,
  /**
   * A person pointed at right before the match: "that asshole", "these morons", "those
   * protesters are hypocrites". Things are not called these names, so the demonstrative points
   * at people (the words that also describe things are left to the clause).
   */
  pointedBefore: /\b(?:this|that|these|those)\s+(?:(?:\w+s\s+(?:are|were)\s+|(?:two|three|few|old|little|big|same)\s+)?(?:(?:such|so|all|just|complete|total|absolute|fucking|damn)\s+)*)$/i,
  self: /\b(?:i|i'm|im|i've|i'd|i'll|me|my|myself|mine)\b/i,
  /** The writer right before the match: "I'm such a", "I feel so", "call myself a", "we became". */
  selfBefore:
    /\b(?:i'?m|i am|i was|i feel|i felt|myself|call me|we'?re|we are|we were|we became|we become|we feel|we felt|ourselves)\s+(?:(?:such|so|a|an|the|really|totally|complete|absolute|just|all|like)\s+)*$/i,
  thing:
    /\b(?:it|it'?s|its|this|that|that'?s|thats|these|those|update|patch|game|games|movie|movies|film|show|episode|season|ending|weather|day|week|monday|traffic|app|phone|software|idea|ideas|rule|rules|policy|law|situation|thing|things|stuff|code|bug|food|pizza|coffee|song|music|design|plan|decision|question|post|article|video|meme|joke|system|service|car|job|work|test|exam|book|place|price|prices|news|feature|website|site|internet|wifi|team|match|referee|call|weekend|rain|cold|heat|commute|line|queue|printer|computer|laptop|server|build|release|version|argument|excuse|take|opinion|shot|drawing|painting|photo|picture|name|title|smell|taste|mess)\b/i,
  fiction: /\b(?:character|villain|plays?|played|playing|role|actor|actress|in the (?:movie|film|show|book|game))\b/i,
  /** Right after the match: it is said to someone ("screw you", "fuck ya"). */
  toYou: /^\s*(?:you|u|ya|yourself)\b/i,
  /** An order that sends someone off ("f*ck off", "just piss off"), not "he worked his ass off". */
  offAfter: /^\s*off\b/i,
  orderBefore: /(?:^|\b(?:just|go|now|so|please|and|then|pls|plz))\s*$/i,
  /** "shut the f**k up": the word between is the swear. */
  shutThe: /\bshut\s+the\s*$/i,
  /**
   * A quotation closed and signed at the end of its line ("…beat you with experience.' - [NAME]",
   * "… — Mark Twain"): what comes before the mark is someone else's words, even when the opening
   * mark was left out.
   */
  signedQuote: /["'”’]\s*[-–—~]+\s*\S[^\n"'“”‘’]{0,40}$/,
  reported: [
    // A word named, not used: "the word retard is offensive", "words like bitch", "why do people say …".
    /\b(?:the|that|this|a)\s+(?:word|term|phrase|slur|insult)s?\s+["“']?\s*$/i,
    /\bwords?\s+like\s+["“']?\s*$/i,
    /\bwhy\s+(?:do|would|does|did)\s+(?:people|they|you|anyone|someone|he|she)\s+(?:say|keep saying|tell (?:people|others|me))\s+["“']?\s*$/i,
    /\b(?:called|calls|call|calling|named)\s+(?:me|him|her|them|us|it|myself)\s+(?:a\s+|an\s+)?["“']?\s*$/i,
    /\b(?:said|says|say|told me|tells me|think|thinks|thought)\s+(?:that\s+)?(?:i'?m|i was|i am)\s+(?:a\s+|an\s+|so\s+|too\s+)?["“']?\s*$/i,
  ],
  /** Right after the match: a thing it is said of ("fuck it", "screw this"). */
  itAfter: /^\s*(?:it|this|that)\b/i,
  /** Swear words that are also nouns for a thing ("this shit", "the crap"). */
  swearNoun: new Set(['shit', 'shits', 'crap', 'fuck', 'fucks', 'bullshit', 'horseshit', 'hell', 'shite']),
  /** "…and shit" closing a clause: filler, like "and stuff". */
  fillerBefore: /\b(?:and|or)\s+$/i,
  describing: new Set([
    'stupid', 'stupidity', 'stupidest', 'dumb', 'dumber', 'dumbest', 'brainless', 'idiotic', 'moronic', 'disgusting',
    'disgraceful', 'despicable', 'filthy', 'repulsive', 'pathetic', 'worthless', 'ignorant', 'crappy', 'shitty',
    'cowardly', 'a disgrace', 'demented', 'bitchy', 'slutty',
    'garbage', 'delusional',
  ]),
};
