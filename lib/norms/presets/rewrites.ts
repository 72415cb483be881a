// The shipped presets' phrase rewrites, by category, in Chinese and English: the phrase people
// write around a term, and two or three things a person could say instead of all of it. A
// phrase not listed here falls back to the whole clause and the term's own suggestion, so a
// rewrite never drops a kind word into a sentence that was built around an insult.
//
// Every `instead` is checked by tests/unit/rewrite/shipped-rewrites.test.ts: no term of any
// preset in it, no letter of the other language's script.
import type { CategoryRewrites, PhraseRewrite } from '../format';

const zh = (phrase: string, ...instead: string[]): PhraseRewrite => ({ lang: 'zh', phrase, instead });
const en = (phrase: string, ...instead: string[]): PhraseRewrite => ({ lang: 'en', phrase, instead });

// "you are such an", "you're a real", "you": the words that aim a noun at the reader.
const youAre = "(you are|you're|youre|ur|u r|you r|u are|you|u) (such|so|a real|really|just|a total|a complete|an absolute|a fucking|a bloody)? (a|an)? (fucking|bloody|damn)? (stupid|dumb|ugly|fat|little|dirty|silly|lying|lazy)?";
const theyAre = "(he is|he's|she is|she's|they are|they're|this guy is|that guy is|this person is) (such|so|a real|really|just|a total|a complete)? (a|an)?";
// "你这个", "你真是个", "你就是": the same in Chinese.
const niZhege = '(你|您) (这个|这种|这|个|真是个|真是一个|就是个|就是一个|真是|就是|是个|是一个|是|简直是|简直就是|简直就是个|也太|真|太|就一)?';
const nimen = '(你们|你们这些|你们这群) (都是|就是|真是|全是)?';
const taZhege = '<他|她|他们|她们|楼主|楼上|这人|这个人|此人|对方|up主|博主> (真是个|真是一个|就是个|就是一个|真是|就是|是个|是一个|是|简直是|简直就是|简直就是个|这个|真|太|也太)?';
const ending = '(吧|啊|呀|吗|嘛|了)?';

/** Phrase rewrites for every category, in both languages. */
export const shippedRewrites: CategoryRewrites = {
  insult: [
    // A name thrown after a comma ("go away, loser") is best left out.
    en('^ (you|u)? {term} $', ''),
    en(`^ ${youAre} {term}`, "I think you're wrong about this", 'I see it differently', "I don't agree with you"),
    en(`<but|and|so|because|cause|cuz|honestly|seriously|lol|dude|man|bro|like|yeah|well> ${youAre} {term}`, "I think you're wrong about this", 'I see it differently', "I don't agree with you"),
    en('^ (are you|r u|are u) (such|so|really|just)? (a|an)? {term}', 'Are you sure about this?', 'Do you really think so?'),
    en(`^ (what|such) (a|an) {term}`, "I don't agree with this", 'I see it differently'),
    en(`^ ${theyAre} {term}`, "I don't agree with them", 'I see it differently'),
    en("^ (stop being|don't be|dont be) (such|so)? (a|an)? {term}", 'Please hear me out', "Let's slow down"),
    zh('^ (你)? {term} $', ''),
    // Only where the clause ends: "你这个X不配说话" rewritten so would read "我不太认同你不配说话".
    zh(`${niZhege} {term} ${ending} $`, '我不太认同你', '我不同意你的看法', '我们就事论事吧'),
    zh(`${nimen} {term} ${ending} $`, '我不太认同你们', '我不同意你们的看法'),
    zh(`${taZhege} {term} ${ending} $`, '说得不太对', '的做法我不太认同'),
  ],
  profanity: [
    en('^ (what the) {term}', 'What on earth', 'Seriously'),
    en('^ {term} (this|that|it)', "I'm fed up with this", "I've had enough of this"),
    en('^ (oh|holy)? {term} $', 'Oh no', 'Wow', 'Seriously'),
    zh(`^ {term} ${ending} $`, '天哪', '唉', '真让人意外'),
    zh(`${niZhege} {term} ${ending} $`, '我不太认同你', '我现在有点生气'),
  ],
  harassment: [
    en('^ (you|u)? {term} $', ''),
    en(`^ ${youAre} {term}`, "I'm upset with you", "Let's leave it here"),
    en('* {term} *', '{suggestion}', "Let's leave it here", "I'd rather stop here"),
    zh('^ (你)? {term} $', ''),
    zh(`${niZhege} {term} ${ending} $`, '我不想这样说你', '我们别聊了'),
    zh('* {term} *', '{suggestion}', '我们别聊了', '我们先停一下吧'),
  ],
  threat: [
    en('* {term} *', '{suggestion}', "I'm really angry right now", 'I need to step away for a moment'),
    zh('* {term} *', '{suggestion}', '我现在很生气', '我需要先冷静一下'),
  ],
  'identity-hate': [
    // A slur thrown at the reader is answered to the reader, not with a sentence about a group.
    en(`^ ${youAre} {term}`, "I think you're wrong about this", "I'm upset with you"),
    en("^ (stop being|don't be|dont be) (such|so)? (a|an)? {term}", 'Please hear me out', "Let's slow down"),
    zh(`${niZhege} {term} ${ending} $`, '我不太认同你', '我现在有点生气'),
    en('* {term} *', '{suggestion}', 'Every person deserves respect', "I'd rather not judge people by group"),
    zh('* {term} *', '{suggestion}', '每个人都值得被尊重', '不应该用群体去评判一个人'),
  ],
  'self-harm': [
    en('* {term} *', '{suggestion}', "I don't want to talk about this any more", "Let's stop here"),
    zh('* {term} *', '{suggestion}', '我们先别聊了', '我不想再说下去了'),
  ],
  doxxing: [
    en('* {term} *', '{suggestion}', "Let's leave their private life out of this"),
    zh('* {term} *', '{suggestion}', '别人的隐私不应该被公开'),
  ],
};

/** Rewrites for single terms whose phrase reads best rewritten on its own. */
export const termRewrites = {
  /** "shut up", "piss off", "go to hell": the whole retort, whatever it is said with. */
  shutUp: [en('(just|please|now|so|oh)? {term} (already|now|please)?', "Let's leave it here", "Let's agree to disagree", "I'd rather stop here")],
  /** "滚出去", "给我滚": telling someone to go. */
  /** "fucking great": a swear used to make a word stronger is best left out. */
  fucking: [en('{term=fucking|fuckin|fcking|fuking|effing}', '')],
  /** "这他妈的是什么", "你他妈能不能": the same in Chinese. */
  tamade: [
    ...['你', '我', '真', '太', '就'].map((kept) => zh(`{term=${kept}他妈} 的?`, kept)),
    zh('{term=他妈的|他马的|她妈的|特么|特么的}', ''),
  ],
  /** "fuck off", "fuck you", "stfu": a retort, not an exclamation. */
  fuckOff: [en('(just|oh|so|now)? {term=fuck off|fuck you|fuck u|stfu|gtfo|fuck em|fuck them} (already|now)?', "Let's leave it here", "I'd rather stop here", "Let's agree to disagree")],
  /** "you suck", "you're trash": the whole clause, which is about the reader. */
  youSuck: [en('* {term} *', "I don't think this is your best", 'This could be better')],
  gun: [zh(`(你|你们)? (给我|快|赶紧)? {term} (出去|开|远点|远一点|回去|蛋)? ${ending}`, '我们别聊了', '我们先停一下吧', '我不想再聊了')],
} satisfies Record<string, PhraseRewrite[]>;
