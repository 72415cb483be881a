// Whether a draft speaks to or about people: smart detection's banner needs it. The model reads
// tone and topic as well as attacks ("黑社会", "恶人有恶报", "disgusting weather" score high);
// emotion and a topic are not abuse, a hostile sentence to someone or about a group of people
// may be. Second person, plural people, "X人" generalisations and group nouns.

const ZH_PEOPLE =
  /你|您|妳|他们|她们|这些人|那些人|这种人|这帮人|这群人|人都|人就|人真|人全|人没|人素质|男的|女的|男人|女人|男性|女性|黑人|白人|黑鬼|同性恋|基佬|穆斯林|国人|外国人|地域|南方人|北方人|外地人|本地人|农村人|城里人|[京沪粤川湘豫鲁皖苏浙闽赣鄂桂滇黔陕甘晋冀辽吉黑蒙新藏宁青琼渝津港澳台]人|[省市州县]人/;

const EN_PEOPLE =
  /\b(?:you|your|you'?re|ur|u|y'?all|they|them|their|these people|those people|people|women|men|girls|boys|blacks?|whites?|muslims?|jews?|gays?|immigrants?|refugees?|foreigners?|liberals?|conservatives?|feminists?|asians?|mexicans?|arabs?|christians?)\b/i;

/** The draft speaks to someone or about a group of people, in its own language. */
export function aboutPeople(text: string, language: 'zh' | 'en'): boolean {
  return (language === 'zh' ? ZH_PEOPLE : EN_PEOPLE).test(text);
}
