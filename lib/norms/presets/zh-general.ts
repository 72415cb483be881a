// Chinese general preset: everyday abusive wording in Chinese comment sections, curated by hand
// in the spirit of 规范网上用语 — civility, not censorship. It names insults, slurs, dehumanising
// attacks on groups (region, gender, race, disability, LGBT), threats, incitement to self-harm
// and doxxing; it leaves topics alone (歧视, 女权, 黑人, 同性恋 are words people need to discuss
// those very things).
//
// Sources reviewed (not copied wholesale; see CREDITS.md): LDNOOBW zh list (CC-BY-4.0),
// SWSR SexHateLex (MIT), bad-words-chinese (MIT); candidate n-grams mined from the tuning splits
// of COLD (train/dev) and the even rows of SWSR (tests/eval/mine.ts), each reviewed by hand.
import type { NormsList } from '../format';
import { advice, both, term } from './define';

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
  both('地域攻击：用一个地方的人的刻板印象去贬低所有人。', 'Regional stereotyping: judges everyone from a place by a cliché.'),
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
const mock = advice(
  both('嘲讽性的标签，针对的是人而不是观点。', 'A mocking label aimed at the person, not the idea.'),
  both('我们就事论事吧', "Let's stick to the point"),
);
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
    term('zh.shabi', '傻逼', 'insult', 2, stupid, { variants: ['煞笔', '傻b', '傻比', '傻屄', '沙比', '傻批', '煞比', 'sb', 'shabi'] }),
    term('zh.shacha', '傻叉', 'insult', 2, stupid, { variants: ['傻x', '傻屌', '傻吊'] }),
    term('zh.naocan', '脑残', 'insult', 2, stupid, { variants: ['脑子有病', '脑子进水', '没脑子', '无脑喷'] }),
    term('zh.naotan', '脑瘫', 'insult', 2, disability, { variants: ['nt'] }),
    term('zh.zhizhang', '智障', 'insult', 2, disability, { variants: ['弱智'] }),
    term('zh.baichi', '白痴', 'insult', 2, stupid, { variants: ['白吃', '白卟'] }),
    term('zh.chunhuo', '蠢货', 'insult', 2, stupid, { variants: ['蠢猪', '蠢蛋', '蠢材', '蠢驴'] }),
    term('zh.zhishangdi', '智商低', 'insult', 1, stupid, { variants: ['低智商', '智商低下', '智商堪忧', '没智商'] }),
    term('zh.shenjingbing', '神经病', 'insult', 1, disability, { variants: ['sjb', '你有病吧', '你有病啊', '有毛病吧'] }),
    term('zh.feiwu', '废物', 'insult', 2, worthless, { variants: ['窝囊废', '废柴'] }),
    term('zh.renzha', '人渣', 'insult', 2, worthless, { variants: ['渣滓', '败类', '社会渣滓'] }),
    term('zh.laji', '垃圾', 'insult', 1, trash, { variants: ['辣鸡'] }),
    term('zh.exin', '恶心', 'insult', 1, disgust, { variants: ['恶心人', '令人作呕'] }),
    term('zh.chusheng', '畜生', 'insult', 2, animal, { variants: ['畜牲', '禽兽不如', '猪狗不如'] }),
    term('zh.zazhong', '杂种', 'insult', 2, animal, { variants: ['狗杂种', '野种'] }),
    term('zh.goudongxi', '狗东西', 'insult', 2, animal, { variants: ['狗日的', '狗娘养的', '狗杂碎', '狗崽子', '狗腿子', '走狗'] }),
    term('zh.wangbadan', '王八蛋', 'insult', 2, curse, { variants: ['王八羔子', '龟孙子', '龟儿子', '龟孙'] }),
    term('zh.hundan', '混蛋', 'insult', 2, curse, { variants: ['浑蛋', '混账东西', '滚蛋', '滚犊子'] }),
    term('zh.jianren', '贱人', 'insult', 2, worthless, { variants: ['贱货', '贱种', '贱民', '贱骨头', '犯贱', '下贱', '低贱', '贱男', '贱女'] }),
    term('zh.renmian', '不要脸', 'insult', 1, mock, { variants: ['臭不要脸', '死不要脸'] }),
    term('zh.zhuangbi', '装逼', 'insult', 1, mock, { variants: ['装b'] }),
    term('zh.penzi', '喷子', 'insult', 1, mock, { variants: ['键盘侠'] }),
    term('zh.tiangou', '舔狗', 'insult', 1, mock, { variants: ['跪舔'] }),
    term('zh.qiongbi', '穷逼', 'insult', 2, worthless, { variants: ['穷鬼', '屌丝男', '臭屌丝'] }),
    term('zh.choubaguai', '丑八怪', 'harassment', 2, body, { variants: ['死胖子', '肥猪', '丑逼', '又矮又丑'] }),
    term('zh.laji.ren', '垃圾人', 'insult', 2, worthless, { variants: ['人间垃圾', '社会垃圾'] }),
    // 脏话、骂娘
    term('zh.tamade', '他妈的', 'profanity', 1, swear, { variants: ['他马的', '她妈的', '你他妈', '真他妈', '太他妈', '特么', '特么的', 'tmd', '妈的', '妈蛋', '你妹的', 'nnd'] }),
    term('zh.caonima', '操你妈', 'profanity', 3, mother, { variants: ['草泥马', '草你妈', '艹你妈', '日你妈', '肏你妈', '干你娘', 'cnm', 'cnmb', 'rnm', '操你大爷', '去你妈的', '去你大爷的', 'qnmd'] }),
    term('zh.nmsl', '你妈死了', 'insult', 3, mother, { variants: ['nmsl', '死妈', '你妈没了', '死全家', '你全家死光', '你妈炸了', 'nmzl'] }),
    term('zh.mabi', '妈逼', 'profanity', 2, mother, { variants: ['妈了个逼', '你妈逼', 'mlgb', '妈卖批', '妈卖皮', 'mmp'] }),
    term('zh.wocao', '卧槽', 'profanity', 1, swear, { variants: ['我操', '我艹', '我草', '握草', '卧草'] }),
    term('zh.gouri', '日了狗', 'profanity', 1, swear, { variants: ['操蛋', '狗屁', '扯犊子'] }),
    term('zh.jiba', '鸡巴', 'profanity', 1, swear, { variants: ['鸡吧', '屌毛'] }),
    // 性别
    term('zh.biaozi', '婊子', 'identity-hate', 2, gendered, { variants: ['绿茶婊', '圣母婊', '心机婊', '女权婊', '田园婊', '白莲婊', '婊里婊气', '碧池', '婊砸', '臭婊', '骚货', '荡妇'] }),
    term('zh.mugou', '母狗', 'identity-hate', 2, gendered, { variants: ['肥婆', '黄脸婆'] }),
    term('zh.nvquan', '女拳', 'identity-hate', 2, genderGroup, { variants: ['女拳师', '田园女权', '女权癌'] }),
    term('zh.zhinanai', '直男癌', 'identity-hate', 2, genderGroup, { variants: ['屌癌', '男癌'] }),
    term('zh.guonan', '蝈蝻', 'identity-hate', 2, genderGroup, { variants: ['国蝻', '普信男', '普信女', '男拳', '龟男', '狗男人', '臭男人', '捞女', '拜金女'] }),
    term('zh.zhanan', '渣男', 'insult', 1, gendered, { variants: ['渣女', '狗男女'] }),
    term('zh.niangpao', '娘炮', 'identity-hate', 2, lgbt, { variants: ['娘娘腔', '死娘炮', '不男不女'] }),
    term('zh.renyao', '人妖', 'identity-hate', 2, lgbt, { variants: ['死基佬', '死gay', '死同性恋', '二椅子', '兔儿爷', '变态同性恋'] }),
    // 种族、民族、国家
    term('zh.heigui', '黑鬼', 'identity-hate', 3, race, { variants: ['黑蛆', '黑皮猪', '尼哥', '尼格', '黑猴子', '昆仑奴', '默沙东', '黑鬼子', '黑默'] }),
    term('zh.baipizhu', '白皮猪', 'identity-hate', 3, race, { variants: ['白猪'] }),
    term('zh.xiaoriben', '小日本', 'identity-hate', 2, nation, { variants: ['日本鬼子', '小鬼子', '二鬼子', '倭猪', '倭奴', '日本猪', '高丽棒子', '棒子国', '阿三', '印度阿三', '猴子国', '洋鬼子', '鬼佬'] }),
    term('zh.zhina', '支那', 'identity-hate', 3, nation, { variants: ['东亚病夫', '支那猪', '大陆狗', '港灿', '湾湾狗'] }),
    term('zh.liedeng', '劣等民族', 'identity-hate', 3, inferior, { variants: ['劣等人种', '劣等种族', '劣等人', '低等民族', '低等人种', '下等人', '劣根性', '贱种人'] }),
    term('zh.lvjiao', '绿教', 'identity-hate', 3, race, { variants: ['绿绿们', '穆斯林都是恐怖分子'] }),
    // 地域
    term('zh.toujinggai', '偷井盖', 'identity-hate', 2, region, { variants: ['河南骗子', '东北骗子', '新疆小偷', '穷山恶水出刁民', '乡巴佬', '外地佬', '湖北佬', '北佬', '捞仔', '盲流', '土鳖'] }),
    // 残障、疾病
    term('zh.canfei', '残废', 'identity-hate', 2, disability, { variants: ['瘸子', '死瘸子', '死瞎子', '聋子', '傻子'] }),
    // 威胁
    term('zh.nongsini', '弄死你', 'threat', 3, threat, { variants: ['打死你', '砍死你', '杀了你', '宰了你', '捅死你', '整死你', '弄死他', '杀你全家', '灭你全家', '见一个打一个', '见一个杀一个', '打断你的腿', '出门被车撞死', '找人弄你'] }),
    term('zh.sha.guang', '杀光', 'threat', 3, threat, { variants: ['全部杀光', '统统杀掉', '都该死', '就该死', '赶尽杀绝', '都该枪毙', '拉出去枪毙', '全部枪毙', '打死所有', '死光光'] }),
    term('zh.budehaosi', '不得好死', 'threat', 2, threat, { variants: ['天打雷劈', '断子绝孙', '生孩子没屁眼'] }),
    // 教唆自残
    term('zh.qusi', '去死', 'self-harm', 3, incitement, { variants: ['怎么不去死', '咋不去死', '赶紧死', '快去死', '去自杀', '你怎么还不死', '早死早超生', '浪费空气', '活着浪费', '跳楼吧'] }),
    // 人肉、开盒
    term('zh.renrou', '人肉', 'doxxing', 3, doxxing, { variants: ['人肉搜索', '人肉他', '人肉出来', '开盒', '开他的盒', '曝光他的住址', '曝光她的住址', '扒出他的', '扒出她的', '挂人', '公布他的电话', '公布她的电话', '身份证号发出来'] }),
  ],
  allow: [
    // 操、草、日、靠 in ordinary words
    '操作', '操场', '体操', '操心', '操练', '节操', '情操', '操纵', '操劳', '出操', '早操', '操办', '操持', '草地', '草莓', '草稿', '草原', '我草拟', '日本',
    // 你妈 / 妈的 in family talk
    '你妈妈', '他妈妈', '她妈妈', '妈妈的', '你妈妈的', '他妈妈的', '她妈妈的', '其他妈妈', '我妈的', '打死你也不', '打死他也不', '打死我也不',
    // 垃圾 as rubbish
    '垃圾分类', '垃圾桶', '垃圾袋', '垃圾箱', '垃圾场', '垃圾站', '垃圾车', '垃圾处理', '垃圾回收', '垃圾清运', '垃圾焚烧', '垃圾填埋', '倒垃圾', '扔垃圾', '丢垃圾', '捡垃圾', '收垃圾', '清理垃圾', '生活垃圾', '厨余垃圾', '干垃圾', '湿垃圾', '有害垃圾', '可回收垃圾', '其他垃圾', '建筑垃圾', '太空垃圾', '垃圾食品', '垃圾邮件', '垃圾短信', '垃圾信息', '垃圾电话', '垃圾费', '垃圾时间', '垃圾堆放', '垃圾山', '垃圾筐', '垃圾篓',
    // 恶心 as nausea
    '恶心想吐', '恶心呕吐', '头晕恶心', '恶心反胃', '有点恶心想吐', '晕车恶心', '孕吐恶心', '胃里恶心', '恶心干呕', '感觉恶心想吐', '恶心头晕', '恶心、呕吐',
    // 废物 as waste
    '废物利用', '废物回收', '固体废物', '危险废物', '废物处理', '废物箱', '代谢废物', '废物排放',
    // disability and illness as facts
    '智障人士', '智障儿童', '智障者', '智力障碍', '弱智儿童', '脑瘫患者', '脑瘫儿童', '脑瘫儿', '小儿脑瘫', '脑瘫康复', '脑性瘫痪', '神经病学', '神经病变', '神经病理', '残废军人', 'windows nt',
    // other collisions
    '人肉包子', '人肉叉烧包', '开盒即食', '盲盒开盒', '开盒视频', '杂种优势', '杂种一代', '走狗烹', '狡兔死走狗烹', '傻子瓜子', '沙比亚',
  ],
};
