// The default lists on drafts of the kinds that hurt most (threats, exclusion, incitement to
// self-harm, doxxing threats, masked swearing) and on ordinary text that only looks like them.
import { describe, expect, it } from 'vitest';
import { compile } from '@/lib/matcher';
import { defaultPresetIds, mergePresets, presets } from '@/lib/norms/presets';

const matcher = compile(mergePresets(defaultPresetIds));
const found = (text: string) => matcher.findAll(text).map((m) => `${m.category}:${text.slice(m.start, m.end)}`);

describe('default lists: what they now catch', () => {
  it.each([
    ['I know where you live', 'doxxing'],
    ["I'm going to find out where you live", 'threat'],
    ['I will post your address', 'doxxing'],
    ['go back to where you came from', 'harassment'],
    ['everyone hates you', 'harassment'],
    ['you should just kill yourself', 'self-harm'],
    ['do us all a favour and disappear', 'self-harm'],
    ['f*ck off', 'profanity'],
    ['you sh*thead', 'insult'],
    ['你等着，我去你家找你', 'threat'],
    ['有种线下见，怂货', 'threat'],
    ['这种人就该被打', 'threat'],
    ['这种人就该被活活打死', 'threat'],
    ['哪来的回哪去', 'harassment'],
    ['大家都讨厌你', 'harassment'],
    ['你干脆去跳楼吧', 'self-harm'],
    ['我已经查到你家了', 'doxxing'],
    ['I will find you and hurt you', 'threat'],
    ["I'm going to find you and make you pay", 'threat'],
    ["I'll make you regret this", 'threat'],
    ['someone should shoot you', 'threat'],
    ['people like you should be shot', 'threat'],
    ['you people should all be gassed', 'threat'],
    ['I hope you get cancer and die', 'threat'],
    ['everyone here hates you, just leave', 'harassment'],
    ['nobody here likes you', 'harassment'],
    ['我知道你住哪，小心点', 'threat'],
    ['小心点，我知道你在哪上班', 'threat'],
    ['出门小心点，别让我碰到你', 'threat'],
    ['你信不信我弄死你', 'threat'],
    ['我要让你好看', 'threat'],
    ['等着吧你，有你好受的', 'threat'],
    ['滚吧，这里没人欢迎你', 'harassment'],
    ['信不信我打爆你的头', 'threat'],
    ['我会找人收拾你', 'threat'],
    ['明天放学你别走', 'threat'],
    ['你家地址我已经查到了', 'doxxing'],
    ['我要把你的裸照发到网上', 'doxxing'],
    ['你死了最好', 'self-harm'],
    ['你活着有什么意义，不如死了算了', 'self-harm'],
    ['外地人滚出我们小区', 'harassment'],
    ['你们这些外地人滚出上海', 'harassment'],
    ['你这种人滚回老家去', 'harassment'],
    ['我要把你的电话和住址都发出来', 'doxxing'],
    ['我会把你家的地址挂出去', 'doxxing'],
    ['把你的身份证照片发到网上', 'doxxing'],
    ["I'll break your legs", 'threat'],
    ['I will make sure you never walk again', 'threat'],
    ['you better sleep with one eye open', 'threat'],
    ['your family will pay for this', 'threat'],
    ['nobody would care if you disappeared', 'self-harm'],
    ['get out of our country', 'harassment'],
    ['你这个死变态', 'insult'],
    ['你算个什么东西', 'insult'],
    ['你脑子有坑吧', 'insult'],
  ])('%s → %s', (text, category) => {
    expect(matcher.findAll(text).map((m) => m.category)).toContain(category);
  });

  it('every new phrase term has a note and a kinder suggestion in both languages', () => {
    for (const preset of [presets['zh-general']!, presets['en-general']!]) {
      for (const term of preset.terms.filter((t) => /[(…]/.test(t.pattern))) {
        for (const text of [term.note, term.suggestion]) {
          expect(text?.['zh-CN']?.trim(), term.id).toBeTruthy();
          expect(text?.en?.trim(), term.id).toBeTruthy();
        }
      }
    }
  });
});

describe('default lists: what stays quiet', () => {
  it.each([
    'SB 1047 passed the senate',
    'the Super Bowl (SB) is on tonight',
    'Shiite and Sunni Muslims',
    'we moved to Dick Street last year',
    'I need a new garden hoe',
    'I will find you a seat',
    '我们线下见！',
    '我找到你家的猫了吗？',
    'great game! see you tomorrow',
    'found a chink in the armour at last',
    'going out for a fag break',
    'it was dumb luck',
    "I'll find you a seat and get you a drink",
    'I will find you and give you a hug',
    'this scene should be shot at night',
    'you should get shot of that old car',
    'I hope you get well soon',
    'nobody likes you more than me',
    '我知道你在哪里了，马上来接你',
    '出门小心点，路上滑',
    '小心点，别摔了，我知道你在哪',
    '我要让你好看一点，给你化个妆',
    '这件衣服会让你好看很多',
    'the circus clown was great',
    'garbage day is tomorrow',
    "you've got to be shitting me?",
    'Battle of the Bastards was the best episode',
    "I'll break your heart if you leave",
    '我把你的照片发到网上了，好多人点赞',
    '你家地址我知道了，明天给你寄快递',
    '把你家的地址发出来，我寄快递',
    '舆论对女性有过多少次荡妇羞辱',
    '把你的电话发出来，我加你',
    '把你的照片发出来看看',
    '你们这些天辛苦了，早点回家',
    '我们村里的人都很好，你来玩吧',
    '这题变态难',
    '变态辣的火锅太爽了',
    '这算什么东西啊，看不懂',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('marks the pinyin abbreviations as meant for Chinese drafts', () => {
    for (const text of ['你个sb', 'nmsl', 'cnm', 'tmd', '脑子nt了']) {
      expect(matcher.findAll(text).map((m) => m.lang), text).toEqual(['zh']);
    }
    expect(matcher.findAll('傻逼')[0]?.lang).toBeUndefined();
  });

  it('counts "hoe" only as a term of its own that needs a target, not as a form of whore', () => {
    expect(matcher.findAll('you hoe').map((m) => [m.normId, m.aim])).toEqual([['en.hoe', 'required']]);
    expect(presets['en-general']!.terms.find((t) => t.id === 'en.whore')?.variants).not.toContain('hoe');
  });
});
