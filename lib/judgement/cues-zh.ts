// The words around a match in a Chinese sentence that say who it is about. Regular
// expressions over the clause, the sentence, or the few characters beside the match.

export const zh = {
  /** Second person. */
  you: /你|您|妳|尔等|汝等/,
  /** Someone else: third person, a role in the thread, a group of people, a person pointed at. */
  person:
    /(?:东北|新疆|西藏|印度|日本|韩国|美国|非洲|河南|河北|上海|北京|广东|广西|四川|湖南|湖北|山东|山西|福建|安徽|江西|江苏|浙江|云南|贵州|陕西|甘肃|辽宁|吉林|黑龙江|内蒙|天津|重庆|香港|台湾|温州|潮汕)人|老外|男同|女同|男方|女方|男生|女生|妓女|女孩|男孩|他|她|男的|女的|男人|女人|男性|女性|黑人|白人|同性恋|基佬|穆斯林|国人|外国人|外地人|本地人|农村人|城里人|南方人|北方人|人都|人就|人真|[京沪粤川湘豫鲁皖苏浙闽赣鄂桂滇黔陕甘晋冀辽吉蒙新藏宁青琼渝津港澳台]人|[省市州县]人|这人|此人|那人|这货|那货|这厮|这家伙|那家伙|这孙子|这个人|那个人|这些人|那些人|这种人|这帮人|这群人|某人|有些人|有的人|楼主|层主|lz|博主|up主|主播|作者|小编|老师|老板|领导|室友|同事|同学|网友|前任|男友|女友|男朋友|女朋友|老公|老婆|邻居|司机|店家|客服|男的|女的|大妈|大爷|熊孩子/i,
  /** The writer. */
  self: /我|俺|本人|自己|咱/,
  /** Things and situations an insult word is often said about. */
  thing:
    /天气|游戏|电影|片子|电视剧|剧情|结局|综艺|节目|更新|版本|系统|手机|电脑|软件|app|网速|网络|外卖|饭菜|味道|设计|画质|音质|质量|产品|服务|政策|规定|制度|这事|事情|日子|生活|作业|考试|题目|交通|堵车|价格|物价|房价|新闻|歌曲|音乐|小说|文章|视频|广告|代码|bug|比赛|赛季|演技|台词|特效|配音|画面|规则|照片|环境|奶茶|咖啡|蛋糕|菜品|食堂|这破|破玩意|这鬼/i,
  /** A story, a film or a game: its villains are characters, not people. */
  fiction: /电影里|剧里|书里|小说里|戏里|片里|游戏里|动画里|漫画里|角色|反派|演得|演的|饰演|扮演|演员/,
  /** Right before the match: a person pointed at ("这个傻逼", "你个", "张三是个", "楼主是"). */
  pointedBefore: /(?:是个|是一个|就是个|真是个|简直是个|纯纯的?|这个|那个|你个|这位|那位)\s*$/,
  /** The writer as the subject right before the match: "我真是个傻逼", "我就是个废物" (a slur said of oneself). */
  selfBefore: /(?:我|俺|本人|自己)(?:真的?|就|简直|也|才|可真|果然|确实)?(?:是个|是一个|就是个|真是个|是|真)?\s*$/,
  /** Right after the match: the words are named, not said ("去死这种话", "傻逼这个词"). */
  namedAfter: /^\s*[”」』"']?\s*(?:这种话|这样的话|这句话|这个词|这种词|这些词|这两个字|之类的话|之类的词)/,
  /** Reported speech: someone called the writer this, or someone else said it; or a word named. */
  reported: [
    // "不要骂别人傻逼", "请不要说去死": what one should not say.
    /(?:不要|别|不能|不该|不许|禁止|不应该)(?:再|随便|总|老)?(?:骂|说|叫|喊)(?:别人|人家|人|他|她|他们|她们|对方)?(?:是)?\s*$/,
    // "还一口一个女权婊", "叫我们这种已婚已育的女性叫婚驴": what others keep calling people.
    /一口一个(?:别人|人家)?\s*$/,
    /(?:叫|称|骂|喊)(?:我|我们|她|她们|他|他们|人|别人)[^，。！？,.!?\s]{0,12}(?:叫|为|是|作|做)\s*$/,
    /(?:骂|叫|喊|称|说|笑|嘲笑|讽刺|嫌)了?我(?:们)?(?:是|为|作|做|成)?(?:个|一个)?\s*$/,
    /被(?:人|别人|他|她|他们|她们|网友)?(?:骂|叫|说|称|喊|当)(?:成|为|是|作)?(?:个|一个)?\s*$/,
    /(?:他|她|他们|她们|别人|有人|网友|对方|老师|家长|爸|妈)(?:骂|叫|喊|称|说)了?(?:他|她|他们|她们|人|别人|我们)?(?:是|为|作|成)?(?:个|一个)?\s*$/,
  ],
  /**
   * Terms used like adjectives, mostly about things ("太垃圾了", "恶心死了"), and words that name an
   * act people talk about ("人肉搜索是违法的"): not aimed on their own.
   */
  describing: new Set(['恶心', '令人作呕', '垃圾', '辣鸡', '愚蠢', '愚昧', '龌龊', '恶毒', '阴险', '人肉', '人肉搜索', '开盒']),
};
