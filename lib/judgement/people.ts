// Whether a draft speaks about people: smart detection's banner needs it. The model reads tone
// and topic as well as attacks ("黑社会", "恶人有恶报", "恶心死了这天气" score high); emotion and a
// topic are not abuse, a sweeping claim about a group of people may be.

// Chinese: a group of people by region, gender, race, faith or orientation, or an "X人都/就…"
// generalisation: the sweeping claims the model exists for ("外地人就没几个素质高的"). Second
// person is left out: on the Weibo osm posts it let anger at officials and institutions through,
// and a personal attack is the lists' to catch. With it, the calibrated threshold
// was 0.969 and lists + banner caught 49.1 % of COLD dev; without it, 0.909 and 57.0 %, at the
// same 95.8 % precision.
const ZH_PEOPLE =
  /人都|人就|人真|人全|人没|人素质|男的|女的|男人|女人|男性|女性|黑人|白人|黑鬼|同性恋|基佬|穆斯林|国人|外国人|地域|南方人|北方人|外地人|本地人|农村人|城里人|[京沪粤川湘豫鲁皖苏浙闽赣鄂桂滇黔陕甘晋冀辽吉黑蒙新藏宁青琼渝津港澳台]人|[省市州县]人|女权|男权|gay|拳师|蝻/i;

// English: second person or a group of people. The English model's own threshold already keeps
// its banner off GoEmotions dev, so the gate costs little there.
const EN_PEOPLE =
  /\b(?:you|your|you'?re|ur|u|y'?all|they|them|their|these people|those people|people|women|men|girls|boys|blacks?|whites?|muslims?|jews?|gays?|immigrants?|refugees?|foreigners?|liberals?|conservatives?|feminists?|asians?|mexicans?|arabs?|christians?)\b/i;

/** The draft speaks about a group of people (English: or to someone), in its own language. */
export function aboutPeople(text: string, language: 'zh' | 'en'): boolean {
  return (language === 'zh' ? ZH_PEOPLE : EN_PEOPLE).test(text);
}
