// English general preset: insults, slurs, dehumanising attacks on groups (race, religion,
// gender, disability, LGBT), threats, incitement to self-harm and doxxing, plus the strongest
// profanity at severity 1. Words that name a group or a topic (gay, Muslim, Jew, feminist) are
// never terms: people need them to talk about those very things. English terms match whole
// words, so plural and -ing forms are listed as variants.
//
// Sources reviewed (not copied wholesale; see CREDITS.md): LDNOOBW en list (CC-BY-4.0) and the
// npm obscenity 0.4.6 English dataset (MIT); candidate words mined from the tuning splits of
// OLID (train) and HateXplain (val) with tests/eval/mine.ts, each reviewed by hand.
import type { NormsList } from '../format';
import { advice, both, term } from './define';
import { shippedRewrites, termRewrites } from './rewrites';

const stupid = advice(
  both('贬低对方的智力，会让讨论变成人身攻击。', 'Calls the person stupid; it turns a debate into a personal attack.'),
  both('我不同意你的看法', 'I see it differently'),
);
const worthless = advice(
  both('否定一个人的价值，会深深伤人。', "Denies a person's worth; it cuts deep."),
  both('我对这个人很失望', "I'm very disappointed in them"),
);
const nameCalling = advice(
  both('骂人的称呼，针对的是人而不是事。', 'Name-calling aims at the person, not the point.'),
  both('我不认同他的做法', "I don't agree with what he did"),
);
const liar = advice(
  both('直接说别人撒谎或虚伪，会让对方只想反击。', 'Calling someone a liar or hypocrite makes them defend, not listen.'),
  both('我觉得这和事实不符', "I don't think that matches the facts"),
);
const disgust = advice(
  both('“恶心”“可耻”对着人说，很伤人。', '"Disgusting" or "a disgrace" aimed at people hurts; say what you object to.'),
  both('我很难接受这种做法', 'I find this hard to accept'),
);
const swear = advice(
  both('粗口，可能让别人觉得被冒犯。', 'A swear word; others may find it offensive.'),
  both('真让人意外', "Wow, I didn't expect that"),
);
const hostile = advice(
  both('叫人闭嘴或滚开，会让对话就此结束。', 'Telling someone to shut up or get lost ends the conversation.'),
  both('我们先停一下吧', "Let's take a break from this"),
);
const gendered = advice(
  both('带性别色彩的辱骂，贬低的是一个性别的人。', 'A gendered slur; it demeans people for their sex.'),
  both('我不认同她的做法', "I don't agree with what she did"),
);
const race = advice(
  both('种族或民族蔑称，贬低的是一整个族群。', 'A racial or ethnic slur; it demeans a whole people.'),
  both('每个人都应该被当作个体来看待', 'Every person deserves to be judged as an individual'),
);
const religion = advice(
  both('对宗教群体的蔑称，会伤害所有信徒。', 'A slur for a religious group; it hurts every believer.'),
  both('我不认同这种观点', "I don't share that belief"),
);
const lgbt = advice(
  both('侮辱性取向或性别认同，是在攻击一个人的身份。', 'Mocks sexual orientation or gender identity; it attacks who someone is.'),
  both('每个人都有做自己的权利', 'Everyone has the right to be themselves'),
);
const disability = advice(
  both('把残障当骂人的话，伤害真正有残障的人。', 'Uses disability as an insult; it hurts people who live with one.'),
  both('我觉得这个想法不太对', "I don't think that idea is right"),
);
const dehumanise = advice(
  both('把人说成非人，是仇恨和暴力的前奏。', 'Calling people less than human paves the way for hate and violence.'),
  both('他们也是人', 'They are people too'),
);
const classSlur = advice(
  both('用出身和阶层贬低人。', 'Demeans people for where they come from or how much they have.'),
  both('我不认同他们的做法', "I don't agree with what they did"),
);
const body = advice(
  both('拿外貌、身材取笑别人，是常见的霸凌方式。', 'Mocking looks or body is a common form of bullying.'),
  both('每个人的样子都值得尊重', "Everyone's looks deserve respect"),
);
const threat = advice(
  both('威胁要伤害别人，即使是气话也会让人害怕，也可能违法。', 'A threat to hurt someone; even said in anger it frightens, and may be illegal.'),
  both('我非常生气，但我不会伤害任何人', "I'm furious, but I won't hurt anyone"),
);
const incitement = advice(
  both('叫人去死或伤害自己，可能造成真实的伤害。', 'Telling someone to die or hurt themselves can cause real harm.'),
  both('我不想再聊下去了', "I'm done with this conversation"),
);
const exclusion = advice(
  both('叫人“滚回老家”、说所有人都讨厌他，是在把人赶出群体，伤害往往持续很久。', 'Telling someone to go back where they came from, or that everyone hates them, pushes them out; the hurt lasts.'),
  both('我们看法不同，但这里欢迎你', 'We see this differently, but you are welcome here'),
);
const doxxing = advice(
  both('公开别人的住址等隐私（“人肉”），会让对方面临现实中的危险。', "Exposing someone's address or identity (doxxing) puts them in real danger."),
  both('有问题可以向平台举报', 'Report it to the platform instead'),
);

export const enGeneral: NormsList = {
  format: 'sansi-norms',
  version: 1,
  id: 'en-general',
  name: 'English general',
  languages: ['en'],
  terms: [
    // insults
    term('en.idiot', 'idiot', 'insult', 2, stupid, { variants: ['idiots', 'idiotic'] }),
    term('en.moron', 'moron', 'insult', 2, stupid, { variants: ['morons', 'moronic', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'halfwit', 'nitwit'] }),
    term('en.stupid', 'stupid', 'insult', 1, stupid, { variants: ['stupidity', 'stupidest', 'dumb', 'dumber', 'dumbest', 'brainless', 'low iq', 'pea brain'] }),
    term('en.dumbass', 'dumbass', 'insult', 2, stupid, { variants: ['dumbasses', 'dumb ass', 'dumbfuck', 'dipshit', 'numbnuts'] }),
    term('en.loser', 'loser', 'insult', 1, worthless, { variants: ['losers', 'pathetic', 'worthless', 'useless piece'] }),
    term('en.scum', 'scum', 'insult', 2, worthless, { variants: ['scumbag', 'scumbags', 'lowlife', 'lowlifes', 'piece of shit', 'piece of garbage', 'waste of space', 'waste of oxygen'] }),
    term('en.asshole', 'asshole', 'insult', 2, nameCalling, { variants: ['assholes', 'arsehole', 'arseholes', 'jackass', 'jackasses', 'shithead', 'shitheads'] }),
    term('en.bastard', 'bastard', 'insult', 2, nameCalling, { variants: ['bastards', 'son of a bitch', 'sons of bitches', 'motherfucker', 'motherfuckers'] }),
    term('en.jerk', 'jerk', 'insult', 1, nameCalling, { variants: ['jerks', 'douche', 'douchebag', 'douchebags', 'prick', 'pricks', 'tosser', 'wanker', 'wankers', 'twat', 'twats', 'dick', 'dickhead', 'dickheads'] }),
    term('en.buffoon', 'buffoon', 'insult', 1, nameCalling, { variants: ['buffoons', 'fool', 'fools'] }),
    term('en.liar', 'liar', 'insult', 1, liar, { variants: ['liars', 'lier', 'hypocrite', 'hypocrites', 'phony', 'crook', 'crooks'] }),
    term('en.coward', 'coward', 'insult', 1, nameCalling, { variants: ['cowards', 'cowardly', 'traitor', 'traitors'] }),
    term('en.disgusting', 'disgusting', 'insult', 1, disgust, { variants: ['a disgrace', 'disgraceful', 'despicable', 'filthy', 'repulsive'] }),
    term('en.ignorant', 'ignorant', 'insult', 1, stupid, { variants: ['ignoramus'] }),
    term('en.psycho', 'psycho', 'insult', 1, disability, { variants: ['psychos', 'lunatic', 'lunatics', 'demented', 'nutjob', 'nutjobs', 'nutcase', 'sociopath', 'narcissist'] }),
    term('en.pervert', 'pervert', 'insult', 1, nameCalling, { variants: ['perverts', 'perv', 'creep', 'creeps'] }),
    term('en.trash', "you're trash", 'insult', 2, worthless, { variants: ['you are trash', 'human trash', 'human garbage', 'piece of trash', 'you suck', 'u suck'], rewrites: termRewrites.youSuck }),
    // Words people also say of things ("garbage day", "a delusional plan"): the context stage reads
    // them as describing, so they show only with a person in view ("he is delusional", "@sam garbage").
    term('en.garbage', 'garbage', 'insult', 1, worthless, { variants: ['delusional'] }),
    term('en.clown', 'clown', 'insult', 1, nameCalling, { variants: ['clowns', 'dirtbag', 'dirtbags', 'dimwit', 'dimwits', 'braindead', 'brain dead', 'slob', 'slobs', 'trumptard', 'trumptards'] }),
    term('en.cuck', 'cuck', 'insult', 2, nameCalling, { variants: ['cucks', 'libtard', 'libtards', 'feminazi', 'feminazis'] }),
    // profanity
    term('en.fuck', 'fuck', 'profanity', 1, swear, { variants: ['fucking', 'fucked', 'fucker', 'fuckers', 'fuckin', 'fucks', 'fck', 'fcking', 'fuk', 'fuking', 'effing', 'wtf', 'stfu', 'gtfo', 'fml', 'fuck off', 'fuck you'], rewrites: [...termRewrites.fucking, ...termRewrites.fuckOff] }),
    term('en.shit', 'shit', 'profanity', 1, swear, { variants: ['shits', 'shitty', 'shitting', 'shithole', 'shittier', 'shittiest', 'bullshit', 'horseshit'] }),
    term('en.ass', 'ass', 'profanity', 1, swear, { variants: ['asses', 'arse', 'kiss my ass'] }),
    term('en.crap', 'crap', 'profanity', 1, swear, { variants: ['crappy'] }),
    term('en.shutup', 'shut up', 'harassment', 1, hostile, { variants: ['shut the fuck up', 'shut your mouth', 'piss off', 'screw you', 'go to hell', 'bite me'], rewrites: termRewrites.shutUp }),
    // gendered slurs
    term('en.bitch', 'bitch', 'identity-hate', 2, gendered, { variants: ['bitches', 'bitchy', 'biatch', 'beotch'] }),
    term('en.whore', 'whore', 'identity-hate', 2, gendered, { variants: ['whores', 'slut', 'sluts', 'slutty', 'skank', 'skanks', 'thot', 'thots'] }),
    // `hoe` is also a garden tool and a verb: a term of its own (not a form of whore), counted when aimed at someone.
    term('en.hoe', 'hoe', 'identity-hate', 2, gendered, { variants: ['hoes', 'hoe ass'], aim: 'required' }),
    term('en.cunt', 'cunt', 'identity-hate', 2, gendered, { variants: ['cunts', 'pussy', 'pussies'] }),
    // race, ethnicity, religion
    term('en.nword', 'nigger', 'identity-hate', 3, race, { variants: ['niggers', 'niggas', 'nigga', 'nigguh', 'niglet', 'niglets', 'nignog', 'sand nigger', 'sand niggers', 'sandnigger', 'coon', 'coons', 'jigaboo', 'porch monkey', 'jungle bunny', 'darkie', 'darkies', 'mudshark', 'sheboon', 'dindu'] }),
    term('en.kike', 'kike', 'identity-hate', 3, religion, { variants: ['kikes', 'heeb', 'yid', 'oven dodger'] }),
    term('en.chink', 'chink', 'identity-hate', 3, race, { variants: ['chinks', 'gook', 'gooks', 'chingchong', 'ching chong', 'zipperhead', 'slant eye', 'slanteye'] }),
    term('en.spic', 'spic', 'identity-hate', 3, race, { variants: ['spics', 'wetback', 'wetbacks', 'beaner', 'beaners'] }),
    term('en.raghead', 'raghead', 'identity-hate', 3, religion, { variants: ['ragheads', 'towelhead', 'towelheads', 'muzzie', 'muzzies', 'muzrat', 'muzrats', 'goat fucker', 'camel jockey', 'paki', 'pakis'] }),
    term('en.whitetrash', 'white trash', 'identity-hate', 2, classSlur, { variants: ['trailer trash', 'redneck trash'] }),
    // LGBT
    term('en.faggot', 'faggot', 'identity-hate', 3, lgbt, { variants: ['faggots', 'fag', 'fags', 'faggy', 'dyke', 'dykes', 'tranny', 'trannies', 'shemale', 'shemales', 'homo', 'homos', 'poofter'] }),
    // disability
    term('en.retard', 'retard', 'identity-hate', 2, disability, { variants: ['retards', 'retarded', 'tard', 'spaz', 'mongoloid', 'mongoloids'] }),
    // dehumanising
    term('en.subhuman', 'subhuman', 'identity-hate', 3, dehumanise, { variants: ['subhumans', 'untermensch', 'savages', 'mud people', 'shitskin', 'shitskins', 'degenerates'] }),
    // bullying
    term('en.fatass', 'fat ass', 'harassment', 2, body, { variants: ['fatass', 'fatso', 'fat pig', 'lardass', 'ugly ass', 'ugly bitch'] }),
    // threats
    term('en.killyou', 'i will kill you', 'threat', 3, threat, { variants: ["i'll kill you", 'im going to kill you', "i'm going to kill you", 'gonna kill you', 'i will hurt you', "you're dead meat", 'i hope you die', 'hope you die', 'deserve to die', 'should be hanged', 'should be killed', 'kill them all', 'shoot them all', 'beat you up', 'beat the shit out of', 'rape you'] }),
    term('en.threat.find', '(i will|i\'ll|i am going to|i\'m going to|im going to|gonna) … find … where you live', 'threat', 3, threat, { variants: ['(i will|i\'ll|i\'m gonna|gonna) (hunt|track) you down', '(i\'m|im|i am) (coming|going to come) (for you|to get you)', '(i will|i\'ll|i\'m going to|gonna) (come|go) to your (house|home|school|work)', 'watch your back', 'see you after school', 'you (won\'t|will not) (see|live to see) tomorrow', '(i will|i\'ll|gonna) (find|catch|get) you (and|&) … (hurt|kill|beat|stab|shoot|end|make you pay)', '(i am|i\'m|im) going to (find|catch|get) you (and|&) … (hurt|kill|beat|stab|shoot|end|make you pay)', '(i will|i\'ll|i\'m going to|im going to|gonna) make you (pay|suffer|regret)', '(i will|i\'ll|gonna) break your (legs|neck|face|jaw|arms|bones)', '(make sure|see to it that|see to it) you (never|won\'t|don\'t) (walk|talk|see) again', 'sleep with one eye open', '(your family|your kids|your children) (will|are going to|gonna) (pay|suffer)'] }),
    term('en.threat.wish', 'someone (should|needs to|ought to) (shoot|kill|stab|hang|beat) (you|him|her|them)', 'threat', 3, threat, { variants: ['(people like you|you people|your kind) (should|deserve to) {1} be (shot|killed|hanged|lynched)', '(these people|people like them) (should|deserve to) {1} be (shot|hanged|lynched|gassed)', '(you|you all|they all) (should|deserve to|need to) {1} be (shot|hanged|lynched|gassed)', '(people like you|you people|your kind) (should|deserve to) {1} be (gassed|exterminated)', 'hope you (get|catch) (cancer|aids) (and|&) die', 'hope you (rot|burn) in hell'] }),
    // exclusion
    term('en.exclusion', 'go back to where you came from', 'harassment', 2, exclusion, { variants: ['go back to (your|your own) (country|village|hole)', 'go back where you came from', '(you|your kind|people like you) (don\'t|do not) belong here', '(nobody|no one) wants (you|your kind) here', '(everyone|everybody) (here |)(hates|despises) you', '(nobody|no one) (here |)likes you', 'not welcome here', '(get|go) out of (our|my) country'] }),
    // self-harm incitement
    term('en.kys', 'kill yourself', 'self-harm', 3, incitement, { variants: ['kys', 'kill urself', 'go kill yourself', 'go die', 'neck yourself', 'hang yourself', 'drink bleach', 'slit your wrists', 'unalive yourself', 'end yourself', 'nobody would miss you', 'do us all a favor and die'] }),
    term('en.selfharm.tell', '(you should|u should|you need to|why dont you) (go |just |)(die|kill yourself|end it all)', 'self-harm', 3, incitement, { variants: ['why don\'t you (go |just |)(die|kill yourself|end it all)', '(go|just go) (and |)(die|kill yourself)', 'do (us|us all|everyone|the world) a (favor|favour) and (die|kill yourself|disappear)', '(the world|everyone) (would be|is) better (off |)without you', '(nobody|no one) would (miss|care about) you', '(nobody|no one) would care if you (died|were dead|disappeared|were gone)'] }),
    // doxxing
    term('en.dox', 'dox', 'doxxing', 3, doxxing, { variants: ['doxx', 'i know where you live', 'post her address', 'post his address', 'leak her address', 'leak his address', 'find out where she lives', 'find out where he lives'] }),
    term('en.dox.threat', 'i know where you (live|work|sleep|go to school)', 'doxxing', 3, doxxing, { variants: ['(i will|i\'ll|gonna) (post|leak|share) your (address|phone number|real name)', 'i\'m going to (post|leak|share) your (address|phone number)', '(i will|i\'ll|gonna) find out where you live', 'everyone will know where you live'] }),
  ],
  allow: ['chink in the armor', 'chink in the armour', 'chink in his armor', 'chink in her armor', 'chink in their armor', 'fag break', 'fag end', 'fag ends', 'dumb luck', 'struck dumb', 'kung fu', 'kung-fu', 'bad ass', 'badass', 'hoe down', 'garden hoe', 'moby dick', 'philip k. dick', 'van dyke', 'dick van dyke', 'homo sapiens', 'homo erectus', 'fool around', 'fools gold', "fool's gold", "april fool", 'april fools', 'coon hound', 'coonhound', 'by hook or by crook', 'knee-jerk', 'knee jerk', 'jerk chicken', 'pin prick', 'pussy cat', 'pussycat', 'pussy willow', 'scope creep', 'creep up', 'creep in', 'fatty acid', 'fatty acids', 'fatty liver', 'fatty foods', 'shitting me', 'battle of the bastards', 'circus clown', 'circus clowns', 'clown costume', 'clown makeup', 'class clown', 'rodeo clown', 'garbage truck', 'garbage collection', 'garbage collector', 'garbage bag', 'garbage bags', 'garbage can', 'garbage day', 'garbage disposal', 'nobody likes you more', 'no one likes you more', 'nobody likes you better', 'no one likes you better', 'nobody likes you as much', 'no one likes you as much'],
  rewrites: shippedRewrites,
};
