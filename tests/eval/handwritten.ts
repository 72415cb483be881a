// A held-out set of hand-written drafts, 60 abusive and 40 clean, in both languages: threats,
// exclusion, incitement, doxxing, masked letters, insults aimed at a person; and the clean
// things people write all day about themselves, things and situations, quotes and swearing at
// nobody. Written for this set after the rules were built, and never tuned on: `npm run eval`
// reports how many are caught and how many clean ones are flagged.

export interface Handwritten {
  text: string;
  abusive: boolean;
  language: 'zh' | 'en';
}

const abusiveZh = [
  '你就是个傻逼',
  '楼主脑子进水了吧，智障',
  '你们这些外地人滚出上海',
  '有种线下见，我弄死你',
  '你等着，我去你家找你',
  '我知道你住哪，小心点',
  '你怎么还不去死',
  '你妈死了',
  '这种人就该被打死',
  '你个废物，什么都干不好',
  '滚吧，没人欢迎你',
  '我要把你的电话和住址都发出来',
  '你这个贱人',
  '大家都讨厌你，快去死吧',
  '你是猪吗？蠢货',
  '黑鬼滚出中国',
  '娘炮别出来丢人了',
  '河南人都是骗子',
  '操你妈',
  '你他妈闭嘴',
  '傻*逼楼主',
  '尼玛的你是不是脑残',
  '你就是个垃圾',
  '你长得丑还出来发照片',
  '人肉他，把他开盒',
  '你个sb',
  '你这种人活着浪费空气',
  '信不信我找人打断你的腿',
  '你全家都不得好死',
  '你这个白痴，看不懂中文吗',
];

const abusiveEn = [
  "you're an idiot",
  'shut up, nobody asked you',
  'I know where you live',
  'go back to where you came from',
  'everyone hates you, go die',
  'f*ck off',
  'you sh*thead',
  'kill yourself',
  'you stupid b!tch',
  'I will find you and hurt you',
  'people like you should be shot',
  'you are a worthless piece of trash',
  'nobody would miss you if you were gone',
  'this guy is a complete moron',
  "@mike you're such a loser",
  'shut the f**k up',
  'you disgusting pig',
  "I'm going to post your address everywhere",
  'you retard',
  "get out of this country, you don't belong here",
  "you're pathetic",
  'go to hell',
  'OP is a dumbass',
  'you f.u.c.k.i.n.g idiot',
  'fuck you',
  "she's a dumb slut",
  'you people are subhuman',
  'I hope you die',
  'you ugly fat ass',
  'screw you and your family',
];

const cleanZh = [
  '恶心死了这天气',
  '这游戏更新后真垃圾',
  '垃圾分类，人人有责',
  '我真是个傻子，又把钥匙忘家里了',
  '卧槽，这也太好吃了',
  '电影里那个流氓演得真好',
  '他骂我傻逼，我很难过',
  '又地震了，太可怕了',
  '坚决反对在电梯里吸烟',
  '这部片子暴力镜头太多',
  '今天加班到十点，累死了',
  '我他妈终于考过了！',
  '这手机电池太垃圾了',
  '生日快乐，祝你天天开心',
  '操作系统又崩了',
  '日本的樱花真好看',
  '你妈妈做的菜真好吃',
  '反对地域歧视，哪里都有好人',
  '这个bug恶心死我了',
  '笑死我了，这也太搞笑了',
];

const cleanEn = [
  'this update is stupid',
  'I feel so stupid today',
  'disgusting weather again',
  'SB 1047 passed the senate',
  'the Super Bowl, aka the SB, was great',
  'damn, that was close',
  'what the hell is going on with my printer',
  'she called me "stupid" and I cried',
  'the villain in that movie was a real psycho',
  "I'm such an idiot, I left my keys at home",
  'this traffic is shit',
  'Shiite and Sunni traditions differ',
  'meet me on Dick Street at noon',
  'my garden hoe broke',
  'the class in Scunthorpe was great',
  'that ending was so dumb lol',
  'holy crap, congrats!',
  'I hate Mondays',
  "thank you so much, you're the best",
  'fuck yeah, we won!',
];

const rows = (texts: string[], abusive: boolean, language: 'zh' | 'en'): Handwritten[] => texts.map((text) => ({ text, abusive, language }));

export const handwritten: readonly Handwritten[] = [
  ...rows(abusiveZh, true, 'zh'),
  ...rows(abusiveEn, true, 'en'),
  ...rows(cleanZh, false, 'zh'),
  ...rows(cleanEn, false, 'en'),
];
