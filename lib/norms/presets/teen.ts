// Teen preset (anti-bullying, stricter): everything in the Chinese and English general presets,
// with insults and harassment one severity step higher, plus the wording of school bullying —
// body shaming, exclusion ("nobody likes you", 没人喜欢你), telling someone they should not
// exist, and threats to spread photos. A term shared with a general preset keeps its id and
// pattern, so merging teen with the general presets replaces those terms instead of doubling
// them (mergePresets: later ids win).
import type { NormEntry, NormsList } from '../format';
import { advice, both, pick, stricter, term } from './define';
import { shippedRewrites } from './rewrites';
import { enGeneral } from './en-general';
import { zhGeneral } from './zh-general';

const exclusion = advice(
  both('孤立和排挤是校园霸凌最常见的形式之一，伤害往往持续很久。', 'Exclusion is one of the most common forms of bullying; the hurt lasts.'),
  both('我们可以聊聊我们之间的问题吗？', 'Can we talk about what went wrong between us?'),
);
const looks = advice(
  both('拿外貌、身材取笑别人，是常见的霸凌方式。', 'Mocking looks or body is a common form of bullying.'),
  both('每个人的样子都值得尊重', "Everyone's looks deserve respect"),
);
const belittle = advice(
  both('贬低一个人的存在，会让对方觉得自己毫无价值。', 'Belittling someone makes them feel they are worth nothing.'),
  both('我们意见不同，但你的想法也值得听', 'We disagree, but your view still counts'),
);
const existence = advice(
  both('说一个人不该活着，可能把处在困境中的人推向危险。', 'Telling someone they should not exist can push a struggling person towards harm.'),
  both('我现在很生气，我们都冷静一下', "I'm angry right now; let's both cool down"),
);
const exposure = advice(
  both('威胁散布别人的照片或隐私，是严重的霸凌，也可能违法。', "Threatening to spread someone's photos or secrets is serious bullying, and may be illegal."),
  both('有矛盾可以找老师或家长帮忙', 'Ask a teacher or parent to help sort this out'),
);

/** Insults and harassment hurt more between classmates: one step stricter. */
function forTeens(list: NormsList): NormEntry[] {
  const ids = list.terms.map((entry) => entry.id);
  return pick(list, ids, (entry) =>
    entry.category === 'insult' || entry.category === 'harassment' ? stricter(entry) : entry.severity,
  );
}

export const teen: NormsList = {
  format: 'sansi-norms',
  version: 1,
  id: 'teen',
  name: '青少年（反霸凌） Teen (anti-bullying)',
  languages: ['zh', 'en'],
  terms: [
    ...forTeens(zhGeneral),
    ...forTeens(enGeneral),
    term('zh.meirenxihuanni', '没人喜欢你', 'harassment', 2, exclusion, { variants: ['没人想跟你玩', '大家都讨厌你', '所有人都讨厌你', '别跟他玩', '别跟她玩', '不准跟他玩', '不准跟她玩', '你没有朋友', '滚出我们班', '我们不带你玩', '孤立他', '孤立她'] }),
    term('zh.chousile', '丑死了', 'harassment', 2, looks, { variants: ['长得真丑', '胖猪', '大肥猪', '死肥宅', '矮冬瓜', '四眼田鸡', '大饼脸', '猪头脸'] }),
    term('zh.nibupei', '你不配', 'harassment', 2, belittle, { variants: ['你算什么东西', '你算老几', '你也配', '没人要你', '多余的人'] }),
    term('zh.buyingchusheng', '你就不该出生', 'self-harm', 3, existence, { variants: ['你活着有什么用', '你还活着干嘛', '世界没有你会更好', '割腕吧', '你消失吧'] }),
    term('zh.luozhao', '发你的裸照', 'threat', 3, exposure, { variants: ['曝光你的照片', '把你的照片发出去', '让全校都知道', '你的丑照'] }),
    term('en.nobodylikesyou', 'nobody likes you', 'harassment', 2, exclusion, { variants: ['no one likes you', 'everyone hates you', 'everybody hates you', 'no one wants you here', 'nobody wants you here', 'you have no friends', "you don't belong here", 'go away loser', 'nobody cares about you', 'no one cares about you', "you're a nobody", 'you are a nobody', 'loner', 'weirdo', 'weirdos'] }),
    term('en.ugly', "you're ugly", 'harassment', 2, looks, { variants: ['you are ugly', 'ur ugly', 'pizza face', 'fatty', 'fat cow', 'beached whale', 'four eyes', 'fat loser'] }),
    term('en.shouldntexist', "you shouldn't exist", 'self-harm', 3, existence, { variants: ['you should not exist', 'the world would be better without you', 'no one would care if you died', 'nobody would care if you died', 'go cut yourself', 'starve yourself'] }),
    term('en.leaknudes', 'leak your nudes', 'threat', 3, exposure, { variants: ['post your nudes', 'send nudes', 'send me nudes', "i'll post your pics", 'everyone will see your pics', 'show everyone your pics', 'share your nudes'] }),
  ],
  allow: [...new Set([...zhGeneral.allow, ...enGeneral.allow])],
  rewrites: shippedRewrites,
};
