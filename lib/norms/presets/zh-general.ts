// Chinese general preset: everyday abusive wording in Chinese comment sections, curated by hand
// in the spirit of 规范网上用语 — civility, not censorship. It names insults, slurs, dehumanising
// attacks on groups (region, gender, race, disability, LGBT), threats, incitement to self-harm
// and doxxing; it leaves topics alone (歧视, 女权, 黑人, 同性恋 are words people need to discuss
// those very things).
//
// Sources reviewed (not copied wholesale; see CREDITS.md): LDNOOBW zh list (CC-BY-4.0),
// SWSR SexHateLex (MIT), bad-words-chinese (MIT); candidate n-grams mined from the tuning splits
// of COLD (train/dev) and the even rows of SWSR (tests/eval/mine.ts, tests/eval/probe.ts), each
// reviewed by hand. COLD's train/dev labels mark most posts *about* race, region or gender as
// offensive, so a candidate's precision there says little on its own: topic words (歧视, 黑人犯罪,
// 地域黑, 井盖 alone) were left out however well they scored; the list keeps slurs, insults,
// clichés pinned on a whole group ("河南人都是…", "骗子多", "好吃懒做"), declared contempt for a
// group ("看不起农村人") and threats, with allow phrases for the denials that quote them
// ("不是所有河南人都是骗子").
import type { NormsList } from '../format';
import { advice, both, term } from './define';
import { shippedRewrites, termRewrites } from './rewrites';

const stupid = advice(
  both('贬低对方的智力，容易让讨论变成人身攻击。', 'Calls the person stupid; it turns a debate into a personal attack.'),
  both('我不同意你的看法', 'I disagree with you'),
);
const worthless = advice(
  both('否定一个人的价值，会深深伤人。', "Denies a person's worth; it cuts deep."),
  both('这次做得不太好', "This didn't go well"),
);
const animal = advice(
  both('把人比作畜生，是在贬低人格。', 'Likens a person to an animal; it strips them of dignity.'),
  both('我很反感这种做法', 'I strongly object to what they did'),
);
const curse = advice(
  both('骂人的脏话，针对的是人而不是事。', 'A curse aimed at the person, not the point.'),
  both('我真的很生气', "I'm really angry about this"),
);
const mother = advice(
  both('辱骂对方的家人，是最伤人的骂法之一。', "Insults the person's family; among the most hurtful things to say."),
  both('我现在很生气，先冷静一下', "I'm very angry; let me cool down first"),
);
const swear = advice(
  both('粗口，可能让别人觉得被冒犯。', 'A swear word; others may find it offensive.'),
  both('真让人意外', "Wow, I didn't expect that"),
);
const gendered = advice(
  both('带性别色彩的辱骂，贬低的是一个性别的人。', 'A gendered slur; it demeans people for their sex.'),
  both('我不认同她/他的做法', "I don't agree with what she/he did"),
);
const genderGroup = advice(
  both('给整个性别群体贴侮辱性标签，会伤害很多无辜的人。', 'A derogatory label for a whole gender; it hurts many people who did nothing.'),
  both('我不同意这个观点', "I don't agree with this view"),
);
const lgbt = advice(
  both('侮辱性取向或性别认同，是在攻击一个人的身份。', "Mocks sexual orientation or gender identity; it attacks who someone is."),
  both('每个人都有做自己的权利', 'Everyone has the right to be themselves'),
);
const race = advice(
  both('种族蔑称，贬低的是一整个族群。', 'A racial slur; it demeans a whole people.'),
  both('每个人都应该被当作个体来看待', 'Every person deserves to be judged as an individual'),
);
const nation = advice(
  both('对国家或民族的蔑称，会伤害那里的每一个人。', 'A slur for a nation or people; it hurts everyone from there.'),
  both('我不认同他们政府的做法', "I disagree with what their government did"),
);
const region = advice(
  both('地域攻击：用一个地方的人的刻板印象去贬低所有人。', 'Regional stereotyping: judges everyone from a place by a cliche.'),
  both('哪里都有好人和坏人', 'There are good and bad people everywhere'),
);
const disability = advice(
  both('把残障或疾病当骂人的话，伤害真正有这些情况的人。', 'Uses disability or illness as an insult; it hurts people who live with it.'),
  both('我觉得这个想法不太对', "I don't think that idea is right"),
);
const inferior = advice(
  both('说某个群体“劣等”，是仇恨言论的典型说法。', 'Calling a group inferior is a hallmark of hate speech.'),
  both('人没有高低贵贱之分', 'No group of people is worth less than another'),
);
const disgust = advice(
  both('“恶心”表达的是厌恶，对着人说很伤人。', '"Disgusting" aimed at people hurts; say what exactly you object to.'),
  both('我不太能接受这件事', "I find this hard to accept"),
);
const trash = advice(
  both('把人或别人的心血叫作“垃圾”，很伤人。', "Calling a person, or someone's work, trash hurts."),
  both('我不太喜欢这个', "I don't really like this"),
);
const threat = advice(
  both('威胁要伤害别人，即使是气话也会让人害怕，也可能违法。', 'A threat to hurt someone; even said in anger it frightens, and may be illegal.'),
  both('我非常生气，但我不会伤害任何人', "I'm furious, but I won't hurt anyone"),
);
const incitement = advice(
  both('叫人去死或伤害自己，可能造成真实的伤害。', 'Telling someone to die or hurt themselves can cause real harm.'),
  both('我不想再聊下去了', "I don't want to continue this conversation"),
);
const doxxing = advice(
  both('公开别人的身份、住址等隐私（“人肉”），会让对方面临现实中的危险，也可能违法。', "Exposing someone's identity or address (doxxing) puts them in real danger and may be illegal."),
  both('有问题可以向平台举报', 'Report it to the platform instead'),
);
const exclusion = advice(
  both('叫人滚回去、说所有人都讨厌他，是在把人赶出群体，伤害往往持续很久。', 'Telling someone they do not belong, or that everyone hates them, pushes them out; the hurt lasts.'),
  both('我们的看法不一样，但你可以留下来聊', 'We see it differently, but you are welcome to stay and talk'),
);
const mock = advice(
  both('嘲讽性的标签，针对的是人而不是观点。', 'A mocking label aimed at the person, not the idea.'),
  both('我们就事论事吧', "Let's stick to the point"),
);
const uncivil = advice(
  both('说别人“没素质”“愚昧”，是居高临下的贬低，常被用来攻击整个地方或群体。', 'Calling people "uncivilised" or "backward" looks down on them, and is often aimed at a whole place or group.'),
  both('这种行为我不太认同', "I don't think that behaviour is OK"),
);
const gloat = advice(
  both('对别人的不幸说“活该”，是在幸灾乐祸。', '"Serves you right" gloats over someone\'s misfortune.'),
  both('这件事也有值得反思的地方', 'There may be a lesson in this'),
);
const generalise = advice(
  both('“都是……”把一个群体里的每个人都说成坏人。', '"They are all …" paints every member of a group as bad.'),
  both('有些人这样做，但不是所有人', 'Some people do this, but not all of them'),
);
const hostile = advice(
  both('叫人“滚”，是在驱赶和羞辱对方。', 'Telling someone to get out drives them away and humiliates them.'),
  both('我们先停一下吧', "Let's take a break from this"),
);
const groupHostility = advice(
  both('宣称讨厌或看不起一整个群体，是偏见，也会伤害其中的每一个人。', 'Declaring dislike or contempt for a whole group is prejudice; it hurts everyone in it.'),
  both('我对某些人的做法有意见，但不针对整个群体', 'I object to what some people did, not to a whole group'),
);

const scourge = advice(
  both('把人说成“祸害”，是把一个人或一群人当成灾祸，而不是当成人。', 'Calling people a "scourge" treats them as a plague, not as people.'),
  both('我对这件事很担心', 'I am worried about this'),
);
const stereotype = advice(
  both('“骗子多”“好吃懒做”这类说法，是给一个地方或群体扣帽子，会伤害其中的每一个人。', '"Full of crooks", "lazy" and the like pin a cliche on a whole place or group; it hurts everyone in it.'),
  both('有些人这样做，但不能代表所有人', 'Some people do this, but they do not speak for everyone'),
);
const character = advice(
  both('说人“阴险”“恶毒”“流氓”，是攻击对方的人品，而不是讨论事情本身。', 'Calling someone sly, vicious or a thug attacks their character, not what they did.'),
  both('我觉得这件事做得不对', 'I think what was done here is wrong'),
);
const label = advice(
  both('给人扣“崇洋媚外”“精日”“香蕉人”这类帽子，是质疑对方的身份和立场，而不是回应观点。', 'Labels like "foreigner-worshipper" or "banana" question who someone is instead of answering what they said.'),
  both('我们就事论事吧', "Let's stick to the point"),
);
const genderGeneralise = advice(
  both('“男人都是……”“女人就是……”把一个性别的每个人都说成一个样，是性别偏见。', '"Men are all …", "women are just …" paint every person of a sex the same way; that is gender prejudice.'),
  both('有些人是这样，但不是所有人', 'Some people are like that, but not everyone'),
);

// "讨厌黑人", "看不起农村人": hostility declared towards a whole group. Generated from a short
// list of groups (as people name them in Chinese comment sections) and verbs of contempt; the
// negated forms ("不讨厌黑人", "别看不起农村人") are allow phrases.
const groups = ['黑人', '白人', '黄种人', '亚裔', '外国人', '老外', '非洲人', '日本人', '韩国人', '印度人', '女人', '男人', '女的', '男的', '女性', '男性', '同性恋', '穆斯林', '犹太人', '残疾人', '河南人', '东北人', '上海人', '北京人', '广东人', '新疆人', '安徽人', '四川人', '山东人', '湖北人', '福建人', '台湾人', '香港人', '南方人', '北方人', '外地人', '农村人'];
const contempt = ['讨厌', '厌恶', '痛恨', '恨', '不喜欢', '看不起', '瞧不起', '鄙视', '嫌弃', '反感'];
const groupHostileNegated = ['不', '别', '不要', '没有'].flatMap((no) =>
  contempt.filter((verb) => !verb.startsWith('不')).flatMap((verb) => groups.map((group) => no + verb + group)),
);
// One term per verb (a term holds at most 50 variants); 讨厌黑人 keeps its original id.
const contemptIds: Record<string, string> = { 讨厌: 'zh.taoyan.qunti', 厌恶: 'zh.yanwu.qunti', 痛恨: 'zh.tonghen.qunti', 恨: 'zh.hen.qunti', 不喜欢: 'zh.buxihuan.qunti', 看不起: 'zh.kanbuqi.qunti', 瞧不起: 'zh.qiaobuqi.qunti', 鄙视: 'zh.bishi.qunti', 嫌弃: 'zh.xianqi.qunti', 反感: 'zh.fangan.qunti' };
const groupHostileTerms = contempt.map((verb) => {
  const [first = '', ...rest] = groups.map((group) => verb + group);
  return term(contemptIds[verb] ?? 'zh.qunti', first, 'identity-hate', 2, groupHostility, { variants: rest });
});

// "男人都是……", "河南人都是……": one sentence that speaks for every member of a group. Denials
// and questions ("不是所有男人都是", "难道河南人都是") are allow phrases.
const genderWords = ['男人', '女人', '男的', '女的', '男性', '女性'];
const genderGeneralised = genderWords.flatMap((group) => [`${group}都是`, `${group}就是`, `${group}都一个样`]);
// Places only: on the tuning data "黑人都是", "印度人都是", "黄种人都是" mostly start descriptions
// ("南美黑人都是混血"), while "河南人都是", "东北人都是" mostly start a cliche.
const places = ['河南人', '东北人', '上海人', '北京人', '广东人', '新疆人', '安徽人', '四川人', '山东人', '湖北人', '福建人', '台湾人', '香港人', '南方人', '北方人', '外地人', '农村人'];
const groupGeneralised = places.map((group) => `${group}都是`);
const generalisedDenied = ['不是所有的', '并不是所有的', '不是所有', '并不是所有', '不是每个', '并非所有', '不是说', '并不是说', '不是', '并不是', '并非', '难道', '谁说', '不能说', '不代表', '不等于', '不要说', '别说', '哪有', '凭什么说']
  .flatMap((no) => [...genderWords, ...places].map((group) => `${no}${group}都是`));
// "不是所有黑人都是骗子" opposes the cliche it quotes: allow the whole denial, so the
// "都是骗子" inside it stays quiet too.
const cliches = ['都是骗子', '都是小偷', '都是坏人', '都是坏蛋', '都是强盗', '都是人渣', '都是废物', '都是畜生'];
const clicheDenied = ['不是所有的', '并不是所有的', '不是所有', '并不是所有', '并非所有']
  .flatMap((no) => [...genderWords, ...places, '黑人', '白人', '外国人', '老外', '印度人', '日本人', '韩国人', '中国人'].flatMap((group) => cliches.map((cliche) => `${no}${group}${cliche}`)));
const genderJustDenied = [
  ...['不是说', '并不是说', '谁说', '难道', '凭什么', '不代表', '不能说', '不是', '并不是', '并非'].flatMap((no) => genderWords.map((group) => `${no}${group}就是`)),
  ...genderWords.map((group) => `${group}就是${group}`),
];

const body = advice(
  both('拿外貌、身材取笑别人，是常见的霸凌方式。', 'Mocking looks or body is a common form of bullying.'),
  both('每个人的样子都值得尊重', "Everyone's looks deserve respect"),
);

export const zhGeneral: NormsList = {
  format: 'sansi-norms',
  version: 1,
  id: 'zh-general',
  name: '中文通用 Chinese general',
  languages: ['zh'],
  terms: [
    // 辱骂：智力、人格
    term('zh.shabi', '傻逼', 'insult', 2, stupid, { variants: ['煞笔', '傻b', '傻比', '傻屄', '沙比', '傻批', '煞比', '撒比', '二逼'] }),
    term('zh.shabi.latin', 'sb', 'insult', 2, stupid, { variants: ['shabi'], lang: 'zh' }),
    term('zh.shacha', '傻叉', 'insult', 2, stupid, { variants: ['傻x', '傻屌', '傻吊', '傻缺'] }),
    term('zh.naocan', '脑残', 'insult', 2, stupid, { variants: ['脑子有病', '脑子进水', '没脑子', '无脑喷', '脑子有坑', '脑子被驴踢了', '脑子被门夹了'] }),
    term('zh.naotan', '脑瘫', 'insult', 2, disability),
    term('zh.naotan.latin', 'nt', 'insult', 2, disability, { lang: 'zh' }),
    term('zh.zhizhang', '智障', 'insult', 2, disability, { variants: ['弱智'] }),
    term('zh.baichi', '白痴', 'insult', 2, stupid, { variants: ['白吃', '白卟'] }),
    term('zh.chunhuo', '蠢货', 'insult', 2, stupid, { variants: ['蠢猪', '蠢蛋', '蠢材', '蠢驴', '猪脑子', '蠢到家', '蠢透了'] }),
    term('zh.zhishangdi', '智商低', 'insult', 1, stupid, { variants: ['低智商', '智商低下', '智商堪忧', '没智商'] }),
    term('zh.shenjingbing', '神经病', 'insult', 1, disability, { variants: ['你有病吧', '你有病啊', '有毛病吧'] }),
    term('zh.shenjingbing.latin', 'sjb', 'insult', 1, disability, { lang: 'zh' }),
    term('zh.feiwu', '废物', 'insult', 2, worthless, { variants: ['窝囊废', '废柴'] }),
    term('zh.renzha', '人渣', 'insult', 2, worthless, { variants: ['渣滓', '败类', '社会渣滓', '死变态', '变态狂'] }),
    term('zh.laji', '垃圾', 'insult', 1, trash, { variants: ['辣鸡'] }),
    term('zh.exin', '恶心', 'insult', 1, disgust, { variants: ['恶心人', '令人作呕'] }),
    term('zh.chusheng', '畜生', 'insult', 2, animal, { variants: ['畜牲', '禽兽不如', '猪狗不如', '牲口', '像狗一样', '像条狗'] }),
    term('zh.zazhong', '杂种', 'insult', 2, animal, { variants: ['狗杂种', '野种'] }),
    term('zh.goudongxi', '狗东西', 'insult', 2, animal, { variants: ['狗日的', '狗娘养的', '狗杂碎', '狗崽子', '狗腿子', '走狗'] }),
    term('zh.wangbadan', '王八蛋', 'insult', 2, curse, { variants: ['王八羔子', '龟孙子', '龟儿子', '龟孙', '鳖孙'] }),
    term('zh.hundan', '混蛋', 'insult', 2, curse, { variants: ['浑蛋', '混账东西', '滚蛋', '滚犊子'] }),
    term('zh.jianren', '贱人', 'insult', 2, worthless, { variants: ['贱货', '贱种', '贱民', '贱骨头', '犯贱', '下贱', '低贱', '贱男', '贱女'] }),
    term('zh.renmian', '不要脸', 'insult', 1, mock, { variants: ['臭不要脸', '死不要脸'] }),
    term('zh.zhuangbi', '装逼', 'insult', 1, mock, { variants: ['装b'] }),
    term('zh.penzi', '喷子', 'insult', 1, mock, { variants: ['键盘侠'] }),
    term('zh.tiangou', '舔狗', 'insult', 1, mock, { variants: ['跪舔', '奴性', '洋奴'] }),
    term('zh.qiongbi', '穷逼', 'insult', 2, worthless, { variants: ['穷鬼', '屌丝男', '臭屌丝'] }),
    term('zh.meisuzhi', '没素质', 'insult', 1, uncivil, { variants: ['素质低', '素质差', '低素质', '素质低下', '愚昧无知'] }),
    term('zh.huogai', '活该', 'harassment', 1, gloat),
    term('zh.shengmu', '圣母病', 'insult', 1, mock, { variants: ['装什么圣母', '圣母心泛滥'] }),
    term('zh.gunhui', '滚回', 'harassment', 2, hostile, { variants: ['滚出中国', '滚出去', '滚开', '滚粗', '给我滚'], rewrites: termRewrites.gun }),
    term('zh.choubaguai', '丑八怪', 'harassment', 2, body, { variants: ['死胖子', '肥猪', '丑逼', '又矮又丑'] }),
    term('zh.laji.ren', '垃圾人', 'insult', 2, worthless, { variants: ['人间垃圾', '社会垃圾'] }),
    term('zh.yinxian', '阴险', 'insult', 1, character, { variants: ['恶毒', '欺软怕硬', '丑恶嘴脸', '嘴脸', '流氓', '无赖', '地痞', '龌龊', '厚颜无耻', '无耻之徒', '卑鄙无耻', '狼心狗肺', '白眼狼', '不是好东西', '蛮不讲理', '没教养', '没家教'] }),
    term('zh.chongyang', '崇洋媚外', 'insult', 1, label, { variants: ['洋大人', '香蕉人', '精日', '精神日本人'] }),
    term('zh.yuchun', '愚蠢', 'insult', 1, stupid, { variants: ['愚昧', '无脑黑', '蠢女人', '蠢男人'] }),
    term('zh.qidoulen', '气抖冷', 'insult', 1, mock, { variants: ['接盘侠', '妈宝男', '吃软饭'] }),
    term('zh.kanbuqini', '看不起你', 'insult', 1, mock, { variants: ['瞧不起你', '什么玩意', '啥玩意', '(你|他|她|你们|他们)算(个|)什么东西'] }),
    term('zh.huohai', '祸害', 'insult', 1, scourge),
    term('zh.changdechou', '长得丑', 'harassment', 2, body),
    // 脏话、骂娘
    term('zh.tamade', '他妈的', 'profanity', 1, swear, { variants: ['他马的', '她妈的', '你他妈', '我他妈', '真他妈', '太他妈', '就他妈', '去他妈的', '特么', '特么的', '妈的', '妈蛋'], rewrites: termRewrites.tamade }),
    term('zh.tamade.latin', 'tmd', 'profanity', 1, swear, { variants: ['nnd'], lang: 'zh' }),
    term('zh.caonima', '操你妈', 'profanity', 3, mother, { variants: ['草泥马', '草你妈', '艹你妈', '日你妈', '肏你妈', '干你娘', '操你大爷', '去你妈的', '去你大爷的'] }),
    term('zh.caonima.latin', 'cnm', 'profanity', 3, mother, { variants: ['cnmb', 'rnm', 'qnmd'], lang: 'zh' }),
    term('zh.nmsl', '你妈死了', 'insult', 3, mother, { variants: ['死妈', '你妈没了', '死全家', '你全家死光', '你妈炸了'] }),
    term('zh.nmsl.latin', 'nmsl', 'insult', 3, mother, { variants: ['nmzl'], lang: 'zh' }),
    term('zh.mabi', '妈逼', 'profanity', 2, mother, { variants: ['妈了个逼', '你妈逼', '妈卖批', '妈卖皮'] }),
    term('zh.mabi.latin', 'mlgb', 'profanity', 2, mother, { variants: ['mmp'], lang: 'zh' }),
    term('zh.wocao', '卧槽', 'profanity', 1, swear, { variants: ['我操', '我艹', '我草', '握草', '卧草'] }),
    term('zh.gouri', '日了狗', 'profanity', 1, swear, { variants: ['操蛋', '狗屁', '扯犊子'] }),
    term('zh.dongegepi', '懂个屁', 'profanity', 1, swear, { variants: ['个屁', '关我屁事', '放狗屁', '你放屁', '屁话'] }),
    term('zh.jiba', '鸡巴', 'profanity', 1, swear, { variants: ['屌毛'] }),
    // 性别
    term('zh.biaozi', '婊子', 'identity-hate', 2, gendered, { variants: ['绿茶婊', '圣母婊', '心机婊', '女权婊', '田园婊', '白莲婊', '婚驴', '臭娘们', '婊里婊气', '碧池', '婊砸', '臭婊', '骚货', '荡妇', '婊'] }),
    term('zh.feipo', '肥婆', 'identity-hate', 2, gendered, { variants: ['黄脸婆', '骚母狗', '母狗', '母猪', '破鞋', '泼妇', '疯婆子', '怨妇'] }),
    term('zh.nvquan', '女拳', 'identity-hate', 2, genderGroup, { variants: ['女拳师', '女权癌'] }),
    term('zh.zhinanai', '直男癌', 'identity-hate', 2, genderGroup, { variants: ['屌癌', '男癌'] }),
    term('zh.guonan', '蝈蝻', 'identity-hate', 2, genderGroup, { variants: ['国蝻', '普信男', '普信女', '男拳', '龟男', '狗男人', '臭男人', '捞女', '拜金女', '女犬', '男蛆', '女蛆', '小仙男', '男人都是狗', '蝻'] }),
    term('zh.zhanan', '渣男', 'insult', 1, gendered, { variants: ['渣女', '狗男女'] }),
    term('zh.zhezhong.nvren', '这种女人', 'identity-hate', 1, gendered, { variants: ['这种男人', '这种女的', '这种男的'] }),
    term('zh.niangpao', '娘炮', 'identity-hate', 2, lgbt, { variants: ['娘娘腔', '死娘炮', '不男不女', '娘们唧唧', '娘里娘气', 'gay里gay气'] }),
    term('zh.renyao', '人妖', 'identity-hate', 2, lgbt, { variants: ['死基佬', '死gay', '死同性恋', '二椅子', '兔儿爷', '变态同性恋'] }),
    // 种族、民族、国家
    term('zh.heigui', '黑鬼', 'identity-hate', 3, race, { variants: ['黑蛆', '黑皮猪', '尼哥', '尼格', '黑猴子', '昆仑奴', '黑鬼子', '黑默', '死黑人'] }),
    term('zh.baipizhu', '白皮猪', 'identity-hate', 3, race, { variants: ['白猪'] }),
    term('zh.xiaoriben', '小日本', 'identity-hate', 2, nation, { variants: ['日本鬼子', '小鬼子', '二鬼子', '倭猪', '倭奴', '日本猪', '高丽棒子', '棒子国', '阿三', '印度阿三', '猴子国', '洋鬼子', '鬼佬', '鬼子'] }),
    term('zh.zhina', '支那', 'identity-hate', 3, nation, { variants: ['东亚病夫', '支那猪', '大陆狗', '港灿', '湾湾狗'] }),
    term('zh.liedeng', '劣等民族', 'identity-hate', 3, inferior, { variants: ['劣等', '低等民族', '低等人种', '下等人', '劣根性', '贱种人'] }),
    term('zh.lvjiao', '绿教', 'identity-hate', 3, race, { variants: ['绿绿们', '穆斯林都是恐怖分子'] }),
    term('zh.heimingui', '黑命贵', 'identity-hate', 2, race),
    term('zh.doushi', '都是骗子', 'identity-hate', 2, generalise, { variants: ['都是小偷', '都是人渣', '都是废物', '都是强盗', '都是畜生', '没一个好东西', '没一个好人'] }),
    ...groupHostileTerms,
    term('zh.fanshi.xingbie', '男人都是', 'identity-hate', 1, genderGeneralise, { variants: genderGeneralised.filter((phrase) => phrase !== '男人都是') }),
    term('zh.fanshi.qunti', '河南人都是', 'identity-hate', 1, generalise, { variants: groupGeneralised.filter((phrase) => phrase !== '河南人都是') }),
    term('zh.pianziduo', '骗子多', 'identity-hate', 2, stereotype, { variants: ['骗子都是', '人骗子', '小偷多', '遍地骗子', '骗子遍地', '坑蒙拐骗', '好吃懒做', '体味大', '体味重', '杀人名额', '人都是坏', '都是坏人', '都是坏蛋', '都是坏种'] }),
    term('zh.lingyuangou', '零元购', 'identity-hate', 2, race),
    term('zh.feiwozulei', '非我族类', 'identity-hate', 2, groupHostility),
    // 地域
    term('zh.toujinggai', '偷井盖', 'identity-hate', 2, region, { variants: ['河南骗子', '东北骗子', '新疆小偷', '穷山恶水出刁民', '乡巴佬', '外地佬', '湖北佬', '北佬', '上海佬', '北方佬', '南方佬', '捞仔', '盲流', '土鳖'] }),
    // 残障、疾病
    term('zh.canfei', '残废', 'identity-hate', 2, disability, { variants: ['瘸子', '死瘸子', '死瞎子', '聋子', '傻子'] }),
    // 威胁
    term('zh.nongsini', '弄死你', 'threat', 3, threat, { variants: ['打死你', '砍死你', '杀了你', '宰了你', '捅死你', '整死你', '弄死他', '杀你全家', '灭你全家', '见一个打一个', '见一个杀一个', '打断你的腿', '出门被车撞死', '找人弄你', '你找死', '强奸你'] }),
    term('zh.sha.guang', '杀光他们', 'threat', 3, threat, { variants: ['杀光', '杀光这些', '统统杀掉', '都该死', '就该死', '都该枪毙', '拉出去枪毙', '全部枪毙', '打死所有', '死光光'] }),
    term('zh.budehaosi', '不得好死', 'threat', 2, threat, { variants: ['天打雷劈', '断子绝孙', '生孩子没屁眼', '死绝'] }),
    // 威胁（短语：间隔 … 最多 8 个字或词，括号里是几种说法）
    term('zh.weixie.zhao', '(我|老子)(会|要|一定|迟早|早晚)…找到你家', 'threat', 3, threat, { variants: ['(我|老子)…(去|到|上)你家(找你|弄你|堵你|砸)', '我去你家找你', '(我|老子)(知道|查到|找到)你(家|住)在(哪|哪里|哪儿)', '你(给我|)等着…(收拾|弄死|弄|找人打)你', '有种…(线下见|出来单挑|出来打一架|当面说|别跑)', '(有本事|敢不敢)…线下(见|单挑|约架)', '线下(约架|单挑)', '放学(别走|等着)', '(我|老子)(知道|查到|找到)你…(哪|哪里|哪儿)…(小心|等着|别跑|走着瞧)', '(小心|等着|走着瞧){0,2}(我|老子)(知道|查到|找到)你…(哪|哪里|哪儿)', '别让我(碰到|遇到|逮到|撞见)你', '(我|老子)(要|会)让你好看', '有你好(受|果子吃)的', '信不信…(我|老子)…(弄|打|揍|削|砍)(你|死你)', '(我|老子)(会|要|一定)让你(后悔|付出代价)', '(打爆|打断|打残|打烂)你(的|)(头|腿|狗头|嘴|牙)', '(我|老子)(会|要|去)找人(收拾|弄|打|揍|教训)你', '放学你(别走|等着)'] }),
    term('zh.weixie.da', '就该被…(打死|弄死|砍死|枪毙)', 'threat', 3, threat, { variants: ['(这种人|这种东西|你这种人|你们这种人|这帮人)…就该被(打|揍|打死|弄死|杀)', '(这种人|这种东西|你这种人)…(活该被打|欠揍|欠打)'] }),
    // 排斥
    term('zh.paichi', '哪来的回哪去', 'harassment', 2, exclusion, { variants: ['哪(来|儿来)的(回|滚回)哪(去|儿去)', '滚回你(的|)(老家|国家|农村|乡下)', '(大家|所有人|我们)都(讨厌|不喜欢|受不了)你', '没(人|有人)(喜欢|在乎|想理)你', '(你|你们)不属于这里', '(这里|这儿)不欢迎(你|你们)', '没(人|有人)欢迎(你|你们)'] }),
    // "滚出我们村" names the writer's own place: it is said to someone even though "我们" reads as the writer.
    term('zh.paichi.gunchu', '滚出(我们|你们)(的|)(村|城市|国家|学校|班|群|小区)', 'harassment', 2, exclusion, { aim: 'always', variants: ['(你们|你)(这些|这帮|这群|这种)…滚(出|回)'] }),
    // 教唆自残
    term('zh.qusi', '去死', 'self-harm', 3, incitement, { variants: ['怎么不去死', '咋不去死', '赶紧死', '快去死', '你怎么还不死', '早死早超生', '浪费空气', '活着浪费', '跳楼吧'] }),
    term('zh.jiaosuo.zisha', '你(应该|该|赶紧|快|干脆)(去|)(自杀|跳楼|割腕|上吊)', 'self-harm', 3, incitement, { variants: ['你就(应该|该)(去|)(自杀|跳楼|割腕|上吊)', '(没人|没有人)…在乎你(死活|的死活|是死是活)', '你(死了|不在了)…(更好|没人管|没人在乎|大家都开心)', '(世界|大家)…没有你…(更好|更清净)', '你死了(最好|才好|算了|活该)', '你…(不如|还不如|干脆)(去|)死了(算了|吧|)'] }),
    // 人肉、开盒
    // The bare words name the act, which its victims and critics talk about ("我被人肉了",
    // "人肉搜索是违法的"): shown when aimed at someone ("人肉他", "人肉出来", "挂人" presume it).
    term('zh.renrou', '人肉', 'doxxing', 3, doxxing, { aim: 'required', variants: ['人肉搜索', '人肉他', '人肉出来', '开盒', '开他的盒', '曝光他的住址', '曝光她的住址', '扒出他的', '扒出她的', '挂人', '公布他的电话', '公布她的电话', '身份证号发出来'] }),
    term('zh.renrou.weixie', '(我|我们)(要|会|去)(人肉|开盒)你', 'doxxing', 3, doxxing, { variants: ['(我|我们)(已经|)(查到|扒到|扒出)你(家|的住址|的地址|的电话|的身份证)', '(曝光|公开|公布|发出)你(的|家的)(住址|地址|电话|身份证|学校)', '把你(的|家的)(住址|地址|电话|身份证)(挂|公布|曝光)出(来|去)', '你(家|的)(地址|住址|电话)我(已经|都|)(查到|扒到|扒出来)了', '把你的(裸照|隐私|身份证|住址|地址)(发|挂|传)(到|出|上)', '(我|老子)(要|会|就|迟早)把你(的|家的)…(住址|地址|电话|身份证)…(挂|公布|曝光|贴|发)(出来|出去|到网上|上网)', '把你(的|家的)…(住址|地址|电话|身份证)…(挂|公布|曝光|贴|发)到网上'] }),
  ],
  allow: [
    ...groupHostileNegated,
    // `让你好看` threatens; `让你好看一点` is a make-over.
    '我要让你好看一点', '我会让你好看一点', '我要让你好看些', '我会让你好看些', '我要让你好看点', '我会让你好看点',
    ...generalisedDenied,
    ...genderJustDenied,
    ...clicheDenied,
    ...['不都是', '并不都是', '也不都是'].flatMap((no) => cliches.map((cliche) => no + cliche.slice(2))),
    '蝗蝻', '被杀光', '杀光了病毒', '杀光细菌', '祸害庄稼', '祸害身体', '祸害自己的身体', '祸害遗千年',
    // new terms' innocent neighbours
    '劣等品', '劣等的质量', '流氓软件', '流氓兔', '耍流氓罪', '母猪养殖', '养母猪', '母猪产', '母猪的产后', '母狗生', '我家母狗', '家里的母狗', '放了个屁', '一个屁股', '个屁股', '恶毒攻击', '不恶毒', '不愚蠢', '不愚昧', '不阴险',
    // 操、草、日、靠 in ordinary words
    '操作', '操场', '体操', '操心', '操练', '节操', '情操', '操纵', '操劳', '出操', '早操', '操办', '操持', '草地', '草莓', '草稿', '草原', '我操心', '我操作', '我操练', '我操办', '我操持', '我操纵', '我操劳', '我操场', '我草拟', '我草莓', '我草稿', '我草草', '日本', '女拳击', '男拳击', '过去死', '失去死', '去死海', '水滚开', '滚开的', '球滚出去', '球滚回', '土鳖虫', '肥猪出栏', '养肥猪', '身体素质低', '身体素质差', '心理素质差', '心理素质低', '综合素质低', '专业素质差',
    // 你妈 / 妈的 in family talk
    '你妈妈', '他妈妈', '她妈妈', '妈妈的', '你妈妈的', '他妈妈的', '她妈妈的', '其他妈妈', '大妈的', '老妈的', '姨妈的', '舅妈的', '姑妈的', '后妈的', '干妈的', '宝妈的', '奶妈的', '亲妈的', '爸妈的', '鬼子母神', '滚回来', '我妈的', '打死你也不', '打死他也不', '打死我也不',
    // 垃圾 as rubbish
    '垃圾分类', '垃圾桶', '垃圾袋', '垃圾箱', '垃圾场', '垃圾站', '垃圾车', '垃圾处理', '垃圾回收', '垃圾清运', '垃圾焚烧', '垃圾填埋', '倒垃圾', '扔垃圾', '丢垃圾', '捡垃圾', '收垃圾', '清理垃圾', '生活垃圾', '厨余垃圾', '干垃圾', '湿垃圾', '有害垃圾', '可回收垃圾', '其他垃圾', '建筑垃圾', '太空垃圾', '垃圾食品', '垃圾邮件', '垃圾短信', '垃圾信息', '垃圾电话', '垃圾费', '垃圾时间', '垃圾堆放', '垃圾山', '垃圾筐', '垃圾篓',
    // 恶心 as nausea
    '恶心想吐', '恶心呕吐', '头晕恶心', '恶心反胃', '有点恶心想吐', '晕车恶心', '孕吐恶心', '胃里恶心', '恶心干呕', '感觉恶心想吐', '恶心头晕', '恶心、呕吐',
    // 废物 as waste
    '废物利用', '废物回收', '固体废物', '危险废物', '废物处理', '废物箱', '代谢废物', '废物排放',
    // disability and illness as facts
    '智障人士', '智障儿童', '智障者', '智力障碍', '弱智儿童', '脑瘫患者', '脑瘫儿童', '脑瘫儿', '小儿脑瘫', '脑瘫康复', '脑性瘫痪', '神经病学', '神经病变', '神经病理', '残废军人', 'windows nt',
    // other collisions
    '荡妇羞辱', '人肉包子', '人肉叉烧包', '开盒即食', '盲盒开盒', '开盒视频', '杂种优势', '杂种一代', '走狗烹', '狡兔死走狗烹', '傻子瓜子', '沙比亚',
  ],
  rewrites: shippedRewrites,
};
