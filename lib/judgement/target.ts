// Who a match is about, read from the words around it. The checks run from the strongest cue
// to the weakest, and the first that fires decides:
//   quoted or reported  →  the match itself names "you" ("fuck you", "弄死你"), or sends someone
//   off ("f*ck off", "shut the f**k up")  →  a thing right
//   beside it ("垃圾游戏", "stupid update")  →  a film or a game  →  "you" in its clause  →  someone
//   else in its clause ("this guy", "楼主")  →  the writer right before it ("我真是个")  →  a name or
//   a role pointed at ("John is", "张三是个")  →  the writer in its clause ("I feel so
//   stupid")  →  a thing in its clause ("this update is stupid")  →  "you" in its sentence  →  a
//   mention or a reply anywhere in the draft  →  nothing.
import { en } from './cues-en';
import { zh } from './cues-zh';
import type { Target } from './types';
import { clauseAround, hasHan, sentenceAround } from './text';

type Cues = typeof zh | typeof en;

const OPEN_QUOTES = '“「『‘《';
const CLOSE_QUOTES = '”」』’》';
/** A mention (`@name`), Weibo's reply prefix (`回复@name:`) or a quoted line being answered (`> `). */
const MENTION = /(?:^|[\s:：,，(（])@[\p{L}\p{N}_-]|^\s*回复\s*@|^\s*>/mu;

/** Whether `text[start, end)` sits inside quotation marks. */
function insideQuotes(text: string, start: number, end: number): boolean {
  // Paired marks: the nearest mark before the match opens, and a closing one follows.
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i]!;
    if (CLOSE_QUOTES.includes(c)) break;
    if (OPEN_QUOTES.includes(c)) {
      const close = CLOSE_QUOTES[OPEN_QUOTES.indexOf(c)]!;
      const after = text.indexOf(close, end);
      if (after >= 0) return true;
      break;
    }
  }
  // Straight double quotes: an odd number before the match, and one after it.
  let before = 0;
  for (let i = 0; i < start; i++) if (text.charCodeAt(i) === 0x22) before++;
  return before % 2 === 1 && text.indexOf('"', end) >= 0;
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
  if (cues === en) return EN_THING_AFTER.test(text.slice(end, clause.end));
  const before = text.slice(Math.max(clause.start, start - BESIDE_BEFORE), start);
  return ZH_THING.test(before) || ZH_THING.test(after);
}

/**
 * Who `text[start, end)` is about. `describing` says the term is used like an adjective
 * ("stupid", "垃圾"), which only `person` cues, never the "a name or role is" cue, make aimed.
 */
export function targetOf(text: string, start: number, end: number): Target {
  const sentence = sentenceAround(text, start, end);
  const clause = clauseAround(text, start, end);
  const cues: Cues = hasHan(text, sentence.start, sentence.end) ? zh : en;
  const matched = text.slice(start, end);
  const before = text.slice(clause.start, start);
  const after = text.slice(end, clause.end);
  const clauseText = `${before} ${after}`;

  if (insideQuotes(text, start, end) || onQuotedLine(text, start)) return 'quoted';
  if (cues.reported.some((r) => r.test(before))) return 'quoted';
  if (zh.you.test(matched) || en.you.test(matched)) return 'person';
  if (cues === en && (en.sentOff.test(after) || (en.shutThe.test(before) && /^\s*up\b/i.test(after)))) return 'person';
  if (thingBeside(cues, text, start, end, clause)) return 'thing';
  if (cues.fiction.test(clauseText)) return 'thing';
  if (cues.you.test(clauseText)) return 'person';
  if (cues.person.test(clauseText)) return 'person';
  if (cues === zh && zh.selfBefore.test(before)) return 'self';
  if (cues === en ? en.named.test(before) : zh.pointedBefore.test(before) && !zh.describing.has(matched)) return 'person';
  if (cues.self.test(clauseText) || cues.self.test(matched)) return 'self';
  if (cues.thing.test(clauseText)) return 'thing';
  const sentenceText = `${text.slice(sentence.start, start)} ${text.slice(end, sentence.end)}`;
  if (cues.you.test(sentenceText)) return 'person';
  if (MENTION.test(text)) return 'person';
  return 'none';
}

/** The term is used like an adjective: with no cue, it is about the situation, not a person. */
export function isDescribing(matched: string): boolean {
  const folded = matched.toLowerCase();
  return zh.describing.has(folded) || en.describing.has(folded);
}
