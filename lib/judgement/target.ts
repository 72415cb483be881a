// Who a match is about, read from the words around it. The checks run from the strongest cue
// to the weakest, and the first that fires decides:
//   1. quoted or reported ("他骂我傻逼", she called me "stupid", a `> ` line being answered, a
//      quotation signed at the end of its line: "…' - [NAME]", a word named rather than said:
//      "the word retard", "去死这种话");
//   2. the match itself names "you" ("fuck you", "弄死你"), or sends someone off ("f*ck off",
//      "shut the f**k up");
//   3. a thing right beside it ("垃圾游戏", "stupid update", "fuck it");
//   4. a film or a game ("电影里那个流氓");
//   5. the writer right before it ("我真是个", "I'm such an", "we became");
//   6. "you" in its clause; 7. someone else or a group in its clause ("this guy", "楼主", "东北人");
//   8. a name or a role pointed at ("John is an", "张三是个"), or a demonstrative pointing at
//      people ("that asshole");
//   9. the writer in its clause ("I feel so stupid"); 10. a thing in its clause ("this update is");
//   11. "you" in its sentence; 12. a mention or a reply anywhere in the draft; else nothing.
import { en } from './cues-en';
import { zh } from './cues-zh';
import type { Target } from './types';
import { clauseAround, hasHan, sentenceAround } from './text';

type Cues = typeof zh | typeof en;

/** Paired quotation marks: the closing mark of an opening one (“” 「」 『』 ‘’ 《》), else 0. */
function closingOf(c: number): number {
  switch (c) {
    case 0x201c: return 0x201d;
    case 0x300c: return 0x300d;
    case 0x300e: return 0x300f;
    case 0x2018: return 0x2019;
    case 0x300a: return 0x300b;
    default: return 0;
  }
}

function isClosingQuote(c: number): boolean {
  return c === 0x201d || c === 0x300d || c === 0x300f || c === 0x2019 || c === 0x300b;
}
/** A mention (`@name`), Weibo's reply prefix (`回复@name:`) or a quoted line being answered (`> `). */
const MENTION = /(?:^|[\s:：,，(（])@[\p{L}\p{N}_-]|^\s*回复\s*@|^\s*>/mu;

// Whether the draft mentions or replies to someone, remembered for the last draft read: every
// match in a draft asks, and a 1 MB paste with thousands of matches would otherwise read the
// whole draft once per match (seconds of a frozen page).
let mentionsIn: { text: string; found: boolean } | undefined;
function mentions(text: string): boolean {
  if (mentionsIn?.text !== text) mentionsIn = { text, found: MENTION.test(text) };
  return mentionsIn.found;
}
/**
 * How far a quotation may reach around a match, in UTF-16 units. Further than a sentence (a
 * quote holds sentences of its own: 他说：“你是傻逼。”), but bounded, so a long draft costs the
 * same per match as a short one.
 */
const QUOTE_REACH = 240;

/** Whether `text[start, end)` sits inside quotation marks. */
function insideQuotes(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - QUOTE_REACH);
  const to = Math.min(text.length, end + QUOTE_REACH);
  // Paired marks: the nearest mark before the match opens, and its closing one follows.
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (isClosingQuote(c)) break;
    const close = closingOf(c);
    if (close !== 0) {
      for (let k = end; k < to; k++) if (text.charCodeAt(k) === close) return true;
      break;
    }
  }
  // Straight double quotes on the match's line: an odd number before it, and one after it.
  let before = 0;
  let i = start - 1;
  for (; i >= from && text.charCodeAt(i) !== 0x0a; i--) if (text.charCodeAt(i) === 0x22) before++;
  if (before % 2 === 0) return false;
  for (let k = end; k < to && text.charCodeAt(k) !== 0x0a; k++) if (text.charCodeAt(k) === 0x22) return true;
  return false;
}

/** The match's line ends with a signed quotation that closes after it (`…' - [NAME]`). */
function inSignedQuote(text: string, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  return en.signedQuote.test(text.slice(end, Math.min(lineEnd === -1 ? text.length : lineEnd, end + QUOTE_REACH)));
}

/** The line holding `index` starts with `>`: a quoted line of the post being answered. */
function onQuotedLine(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return /^\s*>/.test(text.slice(lineStart, index + 1));
}

/** How near a thing must be to the match to be what it describes, in UTF-16 units. */
const BESIDE_BEFORE = 3;
const BESIDE_AFTER = 3;
const ZH_THING = new RegExp(zh.thing.source, 'i');
/** "stupid update", "shitty old phone", "disgusting weather"; "this update is stupid" is the clause's. */
const EN_THING_AFTER =
  /^\s+(?:\w+\s+)?(?:update|patch|game|movie|film|show|weather|traffic|app|phone|software|idea|rule|policy|law|situation|thing|stuff|code|bug|food|song|design|plan|decision|question|post|article|video|system|service|car|job|test|exam|book|place|news|feature|website|wifi|printer|computer|laptop|build|release|version|excuse|take|opinion|mess|day|week|monday|commute)s?\b/i;

function thingBeside(cues: Cues, text: string, start: number, end: number, clause: { start: number; end: number }): boolean {
  const after = text.slice(end, Math.min(clause.end, end + BESIDE_AFTER));
  if (cues === en) {
    // "this shit is happening", "the crap they sell": a swear word used as a noun for a thing.
    const determined = /\b(?:this|that|the|such|some|no|any)\s+$/i.test(text.slice(clause.start, start));
    const rest = text.slice(end, clause.end);
    const swearNoun = en.swearNoun.has(text.slice(start, end).toLowerCase());
    const filler = swearNoun && en.fillerBefore.test(text.slice(clause.start, start)) && !/\w/.test(rest);
    // "fuck it", "screw this"; but "so stupid it scares me" is about whoever is stupid.
    const saidOfIt = en.itAfter.test(rest) && !en.describing.has(text.slice(start, end).toLowerCase());
    return EN_THING_AFTER.test(rest) || saidOfIt || (determined && swearNoun) || filler;
  }
  const before = text.slice(Math.max(clause.start, start - BESIDE_BEFORE), start);
  return ZH_THING.test(before) || ZH_THING.test(after);
}

/** "that asshole", "these protesters are hypocrites": a demonstrative points at people. */
function pointedAt(before: string, matched: string, clauseText: string): boolean {
  const folded = matched.toLowerCase();
  if (en.describing.has(folded) || en.swearNoun.has(folded) || en.self.test(clauseText)) return false;
  return en.pointedBefore.test(before);
}

/** Said to someone: "screw you", "f*ck off" as an order, "shut the f**k up". */
function sentOff(before: string, after: string): boolean {
  return en.toYou.test(after) || (en.offAfter.test(after) && en.orderBefore.test(before)) || (en.shutThe.test(before) && /^\s*up\b/i.test(after));
}

/** Who a match is about, and whether the cue was the reader ("you", a mention, a reply). */
export interface TargetReading {
  target: Target;
  /** The reader is addressed: second person, a match that sends someone off, a mention or reply. */
  addressed: boolean;
  /** The writer calls themselves this, right before it ("我真是个", "I'm such a"). */
  ofSelf: boolean;
}

const reading = (target: Target, addressed = false, ofSelf = false): TargetReading => ({ target, addressed, ofSelf });

/** Who `text[start, end)` is about (see the order above). */
export function readTarget(text: string, start: number, end: number): TargetReading {
  const sentence = sentenceAround(text, start, end);
  const clause = clauseAround(text, start, end);
  const cues: Cues = hasHan(text, sentence.start, sentence.end) ? zh : en;
  const matched = text.slice(start, end);
  const before = text.slice(clause.start, start);
  const after = text.slice(end, clause.end);
  const clauseText = `${before} ${after}`;

  if (insideQuotes(text, start, end) || onQuotedLine(text, start) || inSignedQuote(text, end)) return reading('quoted');
  if (cues.reported.some((r) => r.test(before)) || (cues === zh && zh.namedAfter.test(after))) return reading('quoted');
  if (zh.you.test(matched) || en.you.test(matched)) return reading('person', true);
  if (cues === en && sentOff(before, after)) return reading('person', true);
  if (thingBeside(cues, text, start, end, clause)) return reading('thing');
  if (cues.fiction.test(clauseText)) return reading('thing');
  // The writer right before it outweighs anyone else in the clause: "I'm such an idiot for
  // trusting him" is about the writer.
  if (cues.selfBefore.test(before)) return reading('self', false, true);
  if (cues.you.test(clauseText)) return reading('person', true);
  if (cues.person.test(clauseText)) return reading('person');
  if (cues === en ? en.named.test(before) : zh.pointedBefore.test(before) && !zh.describing.has(matched)) return reading('person');
  if (cues === en && pointedAt(before, matched, clauseText)) return reading('person');
  if (cues.self.test(clauseText) || cues.self.test(matched)) return reading('self');
  if (cues.thing.test(clauseText)) return reading('thing');
  const sentenceText = `${text.slice(sentence.start, start)} ${text.slice(end, sentence.end)}`;
  if (cues.you.test(sentenceText)) return reading('person', true);
  if (mentions(text)) return reading('person', true);
  return reading('none');
}

/** Who `text[start, end)` is about: `readTarget` without how. */
export function targetOf(text: string, start: number, end: number): Target {
  return readTarget(text, start, end).target;
}

/** The term is used like an adjective: with no cue, it is about the situation, not a person. */
export function isDescribing(matched: string): boolean {
  const folded = matched.toLowerCase();
  return zh.describing.has(folded) || en.describing.has(folded);
}
