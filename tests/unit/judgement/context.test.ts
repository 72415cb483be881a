// The context stage, rule by rule, in both languages: aimed, not aimed, quoted, self-directed,
// thing-directed. Each case runs the default presets' matcher, then the stage.
import { describe, expect, it } from 'vitest';
import { contextFlags, targetOf } from '../../../lib/judgement';
import { matcher, terms } from './fixtures';

/** What shows for a draft: the flagged words and whether each is aimed. */
function shown(text: string, showUntargeted = false) {
  return contextFlags(text, matcher.findAll(text), terms, { showUntargeted }).map((f) => ({ word: text.slice(f.start, f.end), aimed: f.aimed }));
}

/** Who the first match of the draft is about. */
function target(text: string) {
  const [first] = matcher.findAll(text);
  if (!first) throw new Error(`no match in ${text}`);
  return targetOf(text, first.start, first.end);
}

describe('aimed at someone: it shows', () => {
  it.each([
    ['你是傻逼', '傻逼'],
    ['你们这些傻逼', '傻逼'],
    ['@小王 傻逼', '傻逼'],
    ['回复@小王:脑残', '脑残'],
    ['张三是个傻逼', '傻逼'],
    ['楼主是sb', 'sb'],
    ['这人就是个废物', '废物'],
    ['你长得丑还出来发照片', '长得丑'],
    ['东北人恶心', '恶心'],
    ['我觉得这些女人真恶心', '恶心'],
    ['you are stupid', 'stupid'],
    ['your idea is dumb and you are an idiot', 'idiot'],
    ['you people are idiots', 'idiots'],
    ['this guy is an idiot', 'idiot'],
    ['John is such a loser', 'loser'],
    ['@sam stupid', 'stupid'],
    ['> the earth is flat\nstupid', 'stupid'],
    ['that asshole has so much nerve', 'asshole'],
    ['look at those idiots over there', 'idiots'],
    ['THESE PROTESTERS ARE HYPOCRITES!', 'HYPOCRITES'],
    ['the voters are morons', 'morons'],
    ["you're garbage", 'garbage'],
    ['she is so stupid it scares me', 'stupid'],
    ['why are these two assholes still here', 'assholes'],
    ['he is delusional', 'delusional'],
    ['@sam what a clown', 'clown'],
  ])('%s', (text, word) => {
    expect(shown(text)).toContainEqual({ word, aimed: true });
  });

  it('reads a bare insult in a comment box as said to someone, in both languages', () => {
    expect(shown('傻逼')).toEqual([{ word: '傻逼', aimed: true }]);
    expect(shown('idiot')).toEqual([{ word: 'idiot', aimed: true }]);
  });

  it('reads swearing at someone as aimed', () => {
    expect(shown('fuck you')).toEqual([{ word: 'fuck you', aimed: true }]);
    expect(shown('f*ck off')).toEqual([{ word: 'f*ck', aimed: true }]);
    expect(shown('shut the f**k up')).toContainEqual({ word: 'f**k', aimed: true });
    expect(shown('你他妈有病吧')).toContainEqual({ word: '你他妈', aimed: true });
  });
});

describe('untargeted swearing: nothing shows by default', () => {
  it.each([
    '卧槽',
    '卧槽，这也太好吃了',
    '我他妈真服了',
    'what the fuck',
    'holy shit that was close',
    'he worked his ass off for that',
    'sorry this shit is happening to you',
    'you know what, fuck it, let us go',
    "by then you can't walk and shit",
    'no shits given about you',
  ])('%s', (text) => {
    expect(shown(text)).toEqual([]);
  });

  it('shows it, as not aimed, when untargeted wording is asked for', () => {
    expect(shown('卧槽', true)).toEqual([{ word: '卧槽', aimed: false }]);
    expect(shown('what the fuck', true)).toEqual([{ word: 'fuck', aimed: false }]);
  });
});

describe('about a thing or a situation: not aimed', () => {
  it.each([
    ['this update is stupid', 'thing'],
    ['disgusting weather', 'thing'],
    ['what a stupid idea', 'thing'],
    ['恶心死了这天气', 'thing'],
    ['这游戏真垃圾', 'thing'],
    ['电影里那个流氓演得真好', 'thing'],
    ['the villain in the movie is a total psycho', 'thing'],
    ['that stupid update again', 'thing'],
    ['a delusional plan', 'thing'],
  ])('%s', (text, expected) => {
    expect(target(text)).toBe(expected);
    expect(shown(text)).toEqual([]);
  });
});

describe('about the writer: not aimed', () => {
  it.each([
    'I feel so stupid today', "I'm such an idiot, I forgot my keys", '我真是个傻逼', '我就是个废物，什么都做不好', '我想去死', "I'm that idiot who forgot the tickets",
    // The writer right before it outweighs someone else in the clause.
    "I'm such an idiot for trusting him", 'Me too, my sister and I thought we became idiots', '我真是个傻逼，居然信了他',
  ])('%s', (text) => {
    expect(target(text)).toBe('self');
    expect(shown(text)).toEqual([]);
  });

  it('still reads someone else as the target when the writer is only in the clause', () => {
    expect(shown('I think he is an idiot')).toEqual([{ word: 'idiot', aimed: true }]);
  });
});

describe('quoted or reported: not aimed', () => {
  it.each([
    '他骂我傻逼', '被人骂成废物了', '她说我是白痴', 'she called me "stupid"', 'he called me an idiot', '他说“你是傻逼”，我很难过', '还一口一个别人女权婊', '她们叫我们这种已婚已育的女性叫婚驴', 'the word retard is offensive', 'words like bitch hurt', 'why do people say go back to where you came from', '不要骂别人傻逼', '请不要说去死这种话', '傻逼这个词太难听',
    // A quotation signed at the end of its line.
    "Never argue with stupid people, they will drag you down to their level.' - [NAME]", '"Only two things are infinite: the universe and human stupidity" — Einstein',
  ])('%s', (text) => {
    expect(target(text)).toBe('quoted');
    expect(shown(text)).toEqual([]);
  });

  it('does not read a dash after an insult as a signature without a closing quotation mark', () => {
    expect(shown("you're such an idiot - John")).toEqual([{ word: 'idiot', aimed: true }]);
  });

  it('reads a word named, then used, as used', () => {
    expect(shown('that word retard again, you retard')).toEqual([{ word: 'retard', aimed: true }]);
  });

  it.each(['你别说了，傻逼', '别骂了傻逼'])('reads an insult after a "stop it" as said: %s', (text) => {
    expect(shown(text)).toEqual([{ word: '傻逼', aimed: true }]);
  });

  it('reads the line being answered as quoted', () => {
    expect(target('> you idiot\nplease be kind')).toBe('quoted');
  });
});

describe('doxxing named as an act', () => {
  it.each(['我被人肉了', '人肉搜索是违法的', '开盒'])('%s: its victims and critics talk about it', (text) => {
    expect(shown(text)).toEqual([]);
  });

  it.each([['人肉他', '人肉他'], ['大家快去人肉出来', '人肉出来'], ['开他的盒', '开他的盒']])('%s: aimed at someone, it shows', (text, word) => {
    expect(shown(text)).toEqual([{ word, aimed: true }]);
  });
});

describe('norms that show whatever the aim', () => {
  it('shows threats, doxxing and slurs about no one in particular', () => {
    expect(shown('I know where you live')).toEqual([{ word: 'I know where you live', aimed: true }]);
    expect(shown('杀光他们')).toHaveLength(1);
    expect(shown('黑鬼')).toHaveLength(1);
  });

  it('reads a group of people as a target, in both languages', () => {
    expect(shown('immigrants are disgusting')).toEqual([{ word: 'disgusting', aimed: true }]);
  });

  it('leaves out a slur the writer says of themselves or quotes', () => {
    expect(shown('我真是个傻子，又把钥匙忘家里了')).toEqual([]);
    expect(shown('他骂我黑鬼')).toEqual([]);
    expect(shown('你这个傻子')).toEqual([{ word: '傻子', aimed: true }]);
  });

  it('raises a slur aimed at the reader one step', () => {
    const text = '你这个死娘炮';
    const [flag] = contextFlags(text, matcher.findAll(text), terms, { showUntargeted: false });
    const [match] = matcher.findAll(text);
    expect(flag?.severity).toBe(Math.min(3, (match?.severity ?? 0) + 1));
  });
});

describe('language scope of Latin abbreviations meant for Chinese', () => {
  it.each(['SB 1047 passed the senate', 'the SB was great this year', 'Meet me at the NT office', 'tmd is a TLA'])('%s stays clean', (text) => {
    expect(shown(text)).toEqual([]);
  });

  it.each([['你是sb吧', 'sb'], ['楼主nt', 'nt'], ['sb！！气死我了', 'sb']])('%s still flags', (text, word) => {
    expect(shown(text)).toContainEqual({ word, aimed: true });
  });
});
