// The shipped presets are data, and data is code (STYLE.md item 12): every preset is checked for
// shape, ids, duplicate patterns, words in both UI languages, and against innocent sentences
// that must never be flagged.
import { describe, expect, it } from 'vitest';
import { compile } from '@/lib/matcher';
import { categories, NORMS_FORMAT, NORMS_VERSION, severities } from '@/lib/norms/format';
import { defaultPresetIds, mergePresets, presets } from '@/lib/norms/presets';
import { classroom } from '@/lib/norms/presets/classroom';
import { enGeneral } from '@/lib/norms/presets/en-general';
import { zhGeneral } from '@/lib/norms/presets/zh-general';
import { termProblems } from '@/lib/norms/validate';

const all = Object.entries(presets);

/** Sentences people write every day. No preset may flag any of them. */
const innocent = [
  // Chinese: words that contain a term's characters
  '我在学习操作系统',
  '周末去吃日本料理吧',
  '你妈妈做的饭真好吃',
  '孩子们在草地上玩',
  '垃圾分类从我做起',
  '记得下楼倒垃圾',
  '体操比赛很精彩',
  '我们去操场跑步',
  '我操心孩子的学习',
  '我草拟了一份计划',
  '我草莓过敏',
  '坐车坐久了有点头晕恶心',
  '废物利用也是一种环保',
  '她是智障儿童的特教老师',
  '这本书讲的是神经病学',
  '我妈的手机坏了',
  '广场上大妈的舞跳得真好',
  '你妈妈的生日快到了',
  '今天拆盲盒，开盒视频马上发',
  '这家店的人肉包子是水浒传里的梗',
  '她是女拳击手，拿过冠军',
  '他的身体素质差，要多锻炼',
  '水滚开了，可以下面条了',
  '我不讨厌黑人，也不讨厌任何人',
  '别看不起农村人',
  '不要歧视任何人',
  '女权主义是一种思想',
  '同性恋不是病',
  '我的黑人朋友很热情',
  '河南人很热情好客',
  '他是中国男篮的球员',
  '过去死了很多人，现在好多了',
  '我们下次去死海旅游',
  '他的奶奶的生日是明天',
  '这位残疾人运动员很了不起',
  '我去超市买了几把伞',
  '我们一起吃鸡吧',
  '我家的狗生了小狗',
  '这个电脑用的是Windows NT系统',
  '今天天气真好，我们去公园',
  // Chinese: denials of a cliché quote it, and must stay quiet
  '不是所有河南人都是骗子',
  '并不是所有黑人都是小偷',
  '不是所有男人都是这样',
  '谁说女人就是不行？',
  '男人就是男人，女人就是女人',
  '河南人并不都是骗子',
  '他们都是河南人',
  '别嫌弃农村人',
  // Chinese: words that contain a newer term's characters
  '这个流氓软件真难卸载',
  '野猪祸害庄稼',
  '劣等品要退货',
  '我家母狗生了三只小狗',
  '养母猪是个技术活',
  '他放了个屁，大家都笑了',
  // English: Latin words that contain a term
  'Please come to class on time',
  "The assassin's creed game",
  'Scunthorpe United won again',
  'We went to a cocktail party',
  'My therapist helps a lot',
  'Shiitake mushrooms are tasty',
  'Plug in the USB cable',
  'I want to go home',
  'She lives in Essex, near Sussex and Middlesex',
  'I killed it at the gym today',
  'this is sick!',
  'Kung fu panda is a fun film',
  'Dick Van Dyke sang in Mary Poppins',
  'Moby Dick is a long novel',
  'The bass guitar sounds great',
  'I assume the pass is valid',
  'Hitchcock made great films',
  'The peacock spread its tail',
  'The cockpit door was closed',
  'A raccoon got into the garden',
  'The Niger river flows through Nigeria',
  'Pakistan won the cricket match',
  'Fire retardant foam',
  'Homo sapiens evolved in Africa',
  'Omega-3 is a fatty acid',
  'That was a knee-jerk reaction',
  'Scope creep hurt the project',
  'By hook or by crook we will finish',
  'April fools day is tomorrow',
  'The garden hoe is in the shed',
  'Our pussy cat sleeps all day',
  'Kill the process and restart it',
  'I will find you a seat',
  'The film should be shot in Paris',
  'Hang them on the wall',
  'Put a bullet point here',
  'You are dead right about that',
  'The circus clown was funny',
  'Let me analyse the data',
];

/** Clearly abusive drafts that the default presets must flag (a smoke test, not the eval). */
const abusive = ['你个傻逼', '你是煞笔吧', 'nmsl', '你怎么不去死', '河南人都是骗子', '女人就是头发长见识短', '你这个白眼狼', '看不起农村人', 'you idiot', 'just kill yourself', 'go to hell you moron'];

describe.each(all)('preset %s', (key, preset) => {
  it('has the list shape', () => {
    expect(preset.format).toBe(NORMS_FORMAT);
    expect(preset.version).toBe(NORMS_VERSION);
    expect(preset.id).toBe(key);
    expect(preset.name.trim()).not.toBe('');
    expect(preset.languages.length).toBeGreaterThan(0);
    expect(preset.terms.length).toBeGreaterThan(0);
  });

  it('gives every term an id, a category, a severity and words in both languages', () => {
    for (const term of preset.terms) {
      const where = `${key}: ${term.id}`;
      expect(term.id, where).toMatch(/^(zh|en)(\.[a-z]+)+$/);
      expect(term.pattern.trim(), where).not.toBe('');
      expect(categories, where).toContain(term.category);
      expect(severities, where).toContain(term.severity);
      for (const variant of term.variants ?? []) expect(variant.trim(), where).not.toBe('');
      for (const text of [term.note, term.suggestion]) {
        expect(text?.['zh-CN']?.trim(), where).toBeTruthy();
        expect(text?.en?.trim(), where).toBeTruthy();
      }
    }
  });

  it('passes the same term checks as an imported file (e.g. at most 50 variants a term)', () => {
    for (const term of preset.terms) expect(termProblems(term), `${key}: ${term.id}`).toEqual([]);
  });

  it('has unique ids and no pattern twice', () => {
    const ids = preset.terms.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
    const seen = new Map<string, string>();
    for (const term of preset.terms) {
      for (const written of [term.pattern, ...(term.variants ?? [])]) {
        const key = written.normalize('NFKC').toLowerCase();
        expect(seen.get(key), `"${written}" in ${term.id} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, term.id);
      }
    }
  });

  it('has unique, non-empty allow phrases', () => {
    expect(preset.allow.every((phrase) => phrase.trim() !== '')).toBe(true);
    expect(new Set(preset.allow).size).toBe(preset.allow.length);
  });

  it('compiles', () => {
    expect(() => compile(preset)).not.toThrow();
  });

  it.each(innocent)('leaves "%s" alone', (sentence) => {
    const found = compile(preset)
      .findAll(sentence)
      .map((m) => `${m.normId}: ${sentence.slice(m.start, m.end)}`);
    expect(found).toEqual([]);
  });
});

describe('presets together', () => {
  it('uses an id for one pattern and category only, so merged presets never double a term', () => {
    const byId = new Map<string, { pattern: string; category: string; from: string }>();
    for (const [key, preset] of all) {
      for (const term of preset.terms) {
        const before = byId.get(term.id);
        if (before) {
          expect({ pattern: term.pattern, category: term.category }, `${term.id} in ${key} and ${before.from}`).toEqual({
            pattern: before.pattern,
            category: before.category,
          });
        } else {
          byId.set(term.id, { pattern: term.pattern, category: term.category, from: key });
        }
      }
    }
  });

  it('merges every combination without a duplicate id', () => {
    const ids = Object.keys(presets);
    expect(() => compile(mergePresets(ids))).not.toThrow();
    expect(() => compile(mergePresets(defaultPresetIds))).not.toThrow();
  });

  it('defaults to the Chinese and English general presets', () => {
    expect([...defaultPresetIds]).toEqual(['zh-general', 'en-general']);
  });

  it('keeps the terms the end-to-end test relies on', () => {
    const merged = mergePresets(defaultPresetIds);
    const shabi = merged.terms.find((term) => term.id === 'zh.shabi');
    expect(shabi).toMatchObject({ pattern: '傻逼', category: 'insult', severity: 2 });
    expect(shabi?.variants).toEqual(expect.arrayContaining(['煞笔']));
    // Its pinyin abbreviation is a term of its own, meant for Chinese drafts only.
    expect(merged.terms.find((term) => term.id === 'zh.shabi.latin')).toMatchObject({ pattern: 'sb', lang: 'zh', category: 'insult', severity: 2 });
    expect(merged.terms.find((term) => term.id === 'en.idiot')).toMatchObject({ pattern: 'idiot', category: 'insult', severity: 2 });
  });

  it('treats telling someone to die as severe everywhere', () => {
    for (const [, preset] of all) {
      for (const term of preset.terms) {
        if (['去死', 'kill yourself'].includes(term.pattern)) expect(term.severity).toBe(3);
      }
    }
  });

  it('makes the teen preset stricter, never milder, than the general ones', () => {
    const general = new Map([...presets['zh-general']!.terms, ...presets['en-general']!.terms].map((t) => [t.id, t]));
    for (const term of presets.teen!.terms) {
      const base = general.get(term.id);
      if (base) expect(term.severity, term.id).toBeGreaterThanOrEqual(base.severity);
    }
    expect(presets.teen!.terms.find((t) => t.id === 'zh.shabi')?.severity).toBe(3);
  });

  it('keeps the classroom list short enough to discuss', () => {
    expect(presets.classroom!.terms.length).toBeGreaterThanOrEqual(20);
    expect(presets.classroom!.terms.length).toBeLessThanOrEqual(40);
  });

  it.each(abusive)('flags "%s" with the default presets', (sentence) => {
    expect(compile(mergePresets(defaultPresetIds)).hasMatch(sentence)).toBe(true);
  });
});

describe('classroom allow phrases', () => {
  it('keeps only the general phrases that can quiet one of its own terms', () => {
    const general = [...new Set([...zhGeneral.allow, ...enGeneral.allow])];
    const own = compile({ terms: classroom.terms });
    const kept = new Set(classroom.allow);
    // A dropped phrase holds none of the handout's terms, so it could never quiet one.
    expect(general.filter((phrase) => !kept.has(phrase) && own.hasMatch(phrase))).toEqual([]);
    expect(classroom.allow).toContain('过去死'); // quiets 去死, which the handout has
    expect(classroom.allow.length).toBeLessThan(general.length / 4);
  });
});
