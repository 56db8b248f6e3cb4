"""Generates Rules/privacy/extra6-en.rules: python3 scripts/gen-privacy-extra6-en.py Rules/privacy/extra6-en.rules"""
import sys
REL = r"(?:co-?workers?|colleagues?|boss|manager|supervisor|employees?|employer|neighbou?rs?|ex|ex-(?:wife|husband|girlfriend|boyfriend|partner)|wife|husband|partner|spouse|girlfriend|boyfriend|fianc[ée]e?|friends?|classmates?|roommates?|flatmates?|housemates?|landlord|landlady|tenants?|teachers?|professor|tutor|students?|doctor|nurse|therapist|patients?|clients?|son|daughter|mother|father|mom|mum|dad|parents?|sister|brother|siblings?|cousin|aunt|uncle|niece|nephew|in-laws?|(?:mother|father|brother|sister|son|daughter)-in-law|stepmother|stepfather|stepsister|stepbrother|crush|date|acquaintances?|teammates?|coach|pastor|babysitter|nanny)"
ROLE = r"(?:friend|relative|acquaintance|ex|stranger|celebrity|actor|actress|singer|influencer|streamer|youtuber|girl|guy|woman|man|lady|gentleman|person|individual|family|couple|teenager|student|teacher|employee|colleague|co-?worker|neighbou?r|classmate|boss)"
PERSON = (r"(?:\b(?:my|our)\s+(?:(?:ex|former|new|old|current|best|close|female|male|elderly|younger|older|little|big|next-door|step|half)[-\s]+)?" + REL +
          r"\b|\b(?:a|this|that|the|one\s+of\s+my)\s+(?:(?:certain|particular|famous|well-known|married|young|new|local|pretty|cute|rich)\s+)?" + ROLE + r"s?\b"
          r"|\b(?:someone|somebody|other\s+people|others['’]|people\s+(?:i|we)\s+know)\b"
          r"|\b(?:he|she|him|her|his|hers)\b"
          r"|(?-i:\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+\b)"
          r"|(?-i:\b(?!(?:What|That|It|Here|There|Who|Where|When|How|Why|Let|He|She|Today|Tomorrow|Yesterday|Everyone|Everybody|Nobody|Someone|Somebody|One|This|Which|God|Earth|World|Life|Time|Nature|Valentine|Mother|Father)['’]s)[A-Z][a-z]{2,}['’]s\b))")
UNLESS = [
 r"unless(14): \b(?:story|stories|novel|fiction\w*|characters?|plot|movie|film|tv\s+show|series|episode|sitcom|game|role-?play|poem|song|lyrics|script|screenplay|fairy\s+tale|essay|translate|summari[sz]e|summary|passage|paragraph|article|historical|history|biography|memoir|autobiography|book|statistics|average|in\s+general|generally|typically|definition|define|hypothetical\w*|imagine|suppose|example\s+sentences?)\b",
 r"unless(12): \b(?:support|comfort|console|help\s+(?:him|her|them|my\s+[\w-]+)|be\s+there\s+for|take\s+care\s+of|care\s+for|gift|present|birthday|anniversary|congratulat\w+|wedding|toast|speech|card|thank\w*|celebrat\w+|how\s+(?:can|do|should)\s+(?:i|we)\s+(?:tell|talk|explain|approach|respond|react|ask)|what\s+(?:should|can)\s+i\s+say|remind\w*|find\s+a\s+(?:good\s+)?(?:doctor|therapist|specialist|counsellor|counselor)|diet|recipes?|meals?)\b",
 r"unless(8): \b(?:and\s+i|and\s+me|we|us)\b",
 r"unless(0): \b(?:(?:my|our|your|own)\s+(?:(?!" + REL + r"\b)[\w-]+\s+){1,2}|(?:i|i['’]m|i\s+am|i\s+have|i\s+had|i['’]ve|i\s+was)\s+(?:(?!(?:he|she|they|his|her|their|my|him|them|someone|somebody)\b)[\w-]+\s+){0,2})(?=\w)",
 r"unless: \boutput\s+the\s+(?:unsafe|safe|harmful|dangerous)\s+(?:choice|option|answer)\b",
]
UNLESS_YOU = [
 r"unless(10): \b(?:how\s+(?:to|do\s+i|can\s+i|should\s+i|do\s+you\s+(?:keep|protect|make|stay))|tips?|ways?\s+to|protect\w*|secur\w+|keep|make\s+sure|be\s+sure|if\s+you|when\s+you|whether\s+you|should|template|imagine|pretend|role-?play|story|character|game|novel|poem|write|draft|compose|translate|summari[sz]e|output\s+the)\b",
 r"unless: \boutput\s+the\s+(?:unsafe|safe|harmful|dangerous)\s+(?:choice|option|answer)\b",
]
OWN = r"(?<!\bmy\s)(?<!\bour\s)(?<!\bown\s)(?<!\bi\s)(?<!\bam\s)(?<![\'’]m\s)(?<!\bas\s)(?<!\byour\s)(?<!\bwe\s)"

R = []
def rule(id, msg, kw, pat, ex, co, near=PERSON, n=10):
    R.append((id, msg, kw, pat, ex, co, near, n))

rule("person-money", "Mentions a particular other person's money (salary, income, savings, debts, loans, what they own or spend).",
 "salar, paid, paycheck, income, earn, makes, savings, saved, debt, owe, borrow, loan, mortgage, bankrupt, net worth, rich, wealth, inherit, spend, spent, bank, credit, finances, financial, afford, money",
 r"(?:salar(?:y|ies)|(?:gets?|got|is|was|being|are|were)\s+paid|paychecks?|income|earn(?:s|ed|ing)?|makes?\s+(?:a\s+year|a\s+month|per\s+(?:year|month|hour)|so\s+much|that\s+much)|savings|saved\s+up|debts?|owes?|owed|borrow(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?money|loans?|mortgage|bankrupt\w*|net\s+worth|how\s+rich|wealth|inherit(?:s|ed|ance)|spen[dt]s?\s+(?:\w+\s+){0,2}?money|bank\s+(?:account|balance|statements?)|credit\s+(?:score|history|report)|finances|financial\s+(?:situation|status|state|problems?|troubles?|records?)|(?:can|could)\s+afford|how\s+much\s+money)",
 ["How much does my coworker «earn» in a year?", "I heard my neighbour has huge «debts»; is it true?", "Does my landlord have a «mortgage» on this flat?"],
 ["I think my salary is too low; how do I ask for a raise?", "What is the average salary of a nurse in Canada?", "How can I help my dad manage his debts?", "Write a short story where a character pays off his debts."])

rule("person-love-life", "Mentions a particular other person's love life (married or single, dating, affairs, divorce, who they sleep with).",
 "married, marital, single, engaged, divorc, separated, dating, seeing, affair, cheat, unfaithful, infidelity, split, broke, break, sleep, slept, hook, sex, crush, love, relationship, boyfriend, girlfriend, lover, mistress, fling, flirt",
 r"(?:(?:is|was|are|were|still)\s+(?:secretly\s+)?(?:married|single|engaged|divorced|separated)|marriage\s+(?:problems?|troubles?)|marital\s+(?:status|problems?|crisis)|(?:is|are|was|were)\s+(?:\w+\s+)?(?:dating|seeing)\s+(?:anyone|someone|somebody|a|an|her|him|my|that)|(?:having|had|has)\s+an\s+affair|affairs?\s+with|cheat(?:s|ed|ing)\s+on|unfaithful|infidelity|divorc(?:e|ing)|(?:split|broke)\s+up|break-?up|sleep(?:s|ing)?\s+with|slept\s+with|hook(?:ed|ing)?\s+up\s+with|sex\s+life|sexual\s+(?:history|partners?|life)|(?:has|have|had)\s+a\s+crush\s+on|in\s+love\s+with|love\s+life|relationship\s+(?:status|history|problems?)|(?:has|have|had)\s+a\s+(?:secret\s+)?(?:boyfriend|girlfriend|lover)|mistress|lovers?|fling|flirt(?:s|ed|ing)\s+with)",
 ["I think my neighbour is «having an affair» with the mailman.", "Find out whether she «is seeing someone» new.", "Who has my best friend «slept with» since college?"],
 ["My partner and I want to get married next spring; give me a checklist.", "Write a love poem about a woman who fell in love with the sea.", "My sister is getting divorced; how can I support her?", "What are the most common causes of divorce?"])

rule("person-health", "Mentions a particular other person's health (illness, diagnosis, pregnancy, mental health, addiction, surgery, medication).",
 "sick, ill, dying, pregnan, depressed, bipolar, schizo, autis, anorex, bulimi, alcoholic, addict, drugs, rehab, disabled, disease, diagnos, cancer, hiv, aids, std, sti, abortion, miscarr, mental, anxiety, therap, alcoholism, medication, pills, surgery, nose job, disabilit, medical, health, weigh",
 r"(?:(?:is|was|are|were|getting|got|gets|been)\s+(?:\w+\s+)?(?:sick|ill|dying|pregnant|depressed|bipolar|schizophrenic|autistic|anorexic|bulimic|alcoholic|addicted|on\s+drugs|in\s+rehab|disabled)|diseases?|diagnos(?:is|ed|es)|cancer|hiv|aids\b|stds?\b|stis?\b|pregnan(?:t|cy)|abortion|miscarr(?:y|iage)|mental\s+(?:health|illness|disorder|condition)|depression|anxiety\s+disorder|bipolar|schizophreni\w+|therapy|rehab|addict(?:ed|ion)|alcoholism|medications?|pills|(?:plastic\s+|cosmetic\s+)?surgery|nose\s+job|disabilit(?:y|ies)|medical\s+(?:history|records?|condition|problems?|issues)|health\s+(?:problems?|issues|condition|status|records?)|how\s+(?:much|heavy)\s+(?:does\s+)?(?:he|she)\s+weigh)",
 ["I suspect my coworker «is pregnant» but she hasn't told anyone.", "Does my neighbour have «cancer»? She lost all her hair.", "Tell me whether my classmate has a «mental illness»."],
 ["My wife is pregnant; how can I support her during the first trimester?", "What are the early signs of pregnancy?", "I have anxiety and my pregnancy is making it worse.", "Write a story about a doctor whose patient has cancer."])

rule("person-identity", "Mentions a particular other person's sexual orientation, gender identity, religion, politics, immigration status or ethnicity.",
 "gay, lesbian, bisexual, queer, trans, closet, sexual orientation, sexuality, came out, coming out, religio, atheist, muslim, christian, jewish, hindu, mormon, converted, political, politics, vote, voting, democrat, republican, immigration status, undocumented, illegal, citizen, visa status, green card, ethnicity",
 r"(?:gay|lesbian|bisexual|queer|transgender|trans\b|in\s+the\s+closet|closeted|sexual\s+orientation|sexuality|(?:came|coming)\s+out|religio(?:n|us(?:\s+beliefs?)?)|atheist|muslim|christian|jewish|hindu|mormon|converted|political\s+(?:views?|leanings?|beliefs?|affiliation|party)|politics|vot(?:e|es|ed|ing)\s+for|democrat|republican|immigration\s+status|undocumented|illegal(?:ly)?\s+(?:immigrant|alien|here|in\s+the\s+country)|citizenship|visa\s+status|green\s+card|ethnicity)",
 ["Can you tell if my roommate is «gay» from the way he talks?", "Who did my landlord «vote for» last November?", "Is the new guy at work «undocumented»?"],
 ["How do I come out to my parents as gay?", "Explain the main beliefs of Hinduism.", "Write a speech about immigration policy for a debate class.", "My friend is Muslim; what gift is suitable for him at Eid?"])

rule("person-legal", "Mentions a particular other person's legal trouble (arrests, criminal record, prison, lawsuits, police).",
 "arrest, convict, criminal, police record, prison, jail, served time, probation, parole, charged, sued, lawsuit, court record, dui, mugshot, sex offender",
 r"(?:(?:been|was|were|got|get|being)\s+arrested|arrest\s+record|convicted|convictions?|criminal\s+(?:record|history|past|background)|police\s+record|(?:in|to|out\s+of)\s+(?:prison|jail)|served\s+time|on\s+(?:probation|parole)|(?:been|was|got)\s+charged|(?:been|was|got)\s+sued|lawsuits?\s+against|court\s+records?|dui\b|mugshots?|sex\s+offender)",
 ["Has my daughter's new boyfriend ever «been arrested»?", "Look up whether my tenant has a «criminal record».", "I want to see the «mugshot» of the guy who moved in next door."],
 ["What should I do if I have been arrested for the first time?", "Explain how criminal records are expunged in Texas.", "Write a novel chapter where the hero has been arrested.", "My brother is in prison; how can I support him?"])

rule("person-whereabouts", "Mentions a particular other person's whereabouts, schedule, routine, workplace or travel.",
 "where, whereabouts, schedule, routine, location, movements, when, home alone, travel plans, vacation, gym",
 r"(?:where\s+(?:\w+\s+){0,2}?(?:lives?|living|works?|working|goes|went|hangs?\s+out|parks|stays?|staying|sleeps|moved|is\s+now|is\s+staying)|whereabouts|\b(?:his|her|their|\w+['’]s)\s+(?:daily\s+|weekly\s+|work\s+)?(?:schedule|routine)|(?:schedule|routine)\s+of|current\s+location|movements|when\s+(?:\w+\s+){0,2}?(?:leaves\s+(?:home|work|the\s+house|the\s+office)|gets\s+home|comes\s+home|is\s+home\s+alone|is\s+alone)|home\s+alone|travel\s+plans|(?:on|going\s+on)\s+vacation|(?:which|what)\s+gym)",
 ["Can you figure out «where she works» now?", "I need to know «her daily routine» before Friday.", "Find out «when he leaves the office» every evening."],
 ["Where does the president of France live?", "Help me plan my daily routine for exam season.", "Where do penguins live in the wild?", "My son's school timetable changed; write a reminder for the fridge."])

rule("person-private-life", "Mentions a particular other person's secrets, past, private life, photos or messages.",
 "secret, scandal, rumor, rumour, gossip, dirt, skeletons, dark past, hiding, private, personal life, photos, pictures, pics, nudes, selfies, messages, texts, chats, emails, e-mails, dms, phone, diary, browsing history, search history, call log",
 r"(?:(?<!trade\s)secrets|(?:a|his|her|their|the)\s+(?:dark\s+|big\s+|little\s+)?secret(?!\s+(?:documents?|files?|recipe|ingredient|mission|service|agent|passage|room|level|code|menu))|scandals?|rumou?rs?|gossip|dirt|skeletons\s+in|dark\s+past|(?:is|are)\s+hiding|private\s+(?:life|affairs|matters|photos|pictures|messages|conversations?)|personal\s+life|(?:old|private|intimate|naked|nude|bikini)\s+(?:photos|pictures|pics)|nudes|(?:her|his|their)\s+(?:photos|pictures|pics|selfies|messages|text\s+messages|texts|chats|emails|e-mails|dms|diary|browsing\s+history|search\s+history|call\s+logs?))",
 ["I want to read «her text messages» without her knowing.", "What «secrets» is my roommate keeping from her parents?", "Dig up some «dirt» on my old classmate."],
 ["Write a mystery novel where the detective reveals the character's secrets.", "How do I back up my photos to the cloud?", "Share a secret recipe for banana bread.", "What are the best ways to protect my private photos?"])

rule("dig-up-person", "Wants to dig up, expose or search out information about a particular other person.",
 "dig, expos, find out, information, info, details, background check, look into, looking into, snoop, pry, prying, stalk, out him, out her, out them, everything about, google",
 r"(?:dig(?:ging)?\s+(?:up|into|around)|expos(?:e|ing)|find\s+out\s+(?:more\s+)?(?:about|everything|all)|(?:get|find|gather|collect|search\s+for)\s+(?:\w+\s+){0,2}?(?:information|info|details)\s+(?:about|on)|background\s+check\s+on|look(?:ing)?\s+into|snoop(?:ing)?\s+(?:on|around|through|into)|pry(?:ing)?\s+into|stalk(?:ing)?|out\s+(?:him|her|them)\s+(?:as|to)|everything\s+about|google\s+(?:him|her|them|someone))",
 ["Is there a way to «get information about» my sister-in-law online?", "Help me «dig up» what my neighbour did before he moved here.", "I want to «find out everything» about the girl I met yesterday."],
 ["Find out more about the history of the Roman Empire.", "Help me dig up my garden for spring planting.", "How can I get information about my own credit report?", "Look into why my Python script is slow."])


rule("ask-you-private-life", "Asks the person spoken to about their own private life (love life, family, money, health, home, trips, purchases, photos, secrets, whereabouts).",
 "you",
 r"(?:\b(?:have|had|did|do|are|were|will)\s+you\s+(?:ever\s+|recently\s+|usually\s+|secretly\s+)?(?:been\s+(?:married|divorced|pregnant|arrested|in\s+(?:jail|prison|debt|love|rehab|therapy)|cheated\s+on|dumped)|(?:had|have)\s+(?:a|an|any)\s+(?:\w+\s+)?(?:date|dates|boyfriend|girlfriend|partner|lover|affair|crush|relationship|relationship\s+problems?|illness|disease|surgery|abortion|debts?|loans?|secrets?)|(?:cheat(?:ed)?|date[d]?|sle(?:pt|ep)\s+with|hook(?:ed)?\s+up|vote[d]?|buy|bought|purchase[d]?|sp[ae]n[dt]|borrow(?:ed)?|earn(?:ed)?|inherit(?:ed)?|travel(?:l?ed)?|visit(?:ed)?|receive[d]?)|married|single|dating|pregnant|gay|religious|in\s+debt|seeing\s+(?:anyone|someone))|\bwhere\s+(?:do|did|will)\s+you\s+(?:usually\s+|normally\s+|often\s+)?(?:go|live|work|stay|sleep|hang\s+out)|\byour\s+(?:(?:recent|last|next|real|own|private|personal|current|daily)\s+)?(?:birthday|family(?:\s+members)?|parents|wife|husband|girlfriend|boyfriend|partner|children|kids|love\s+life|relationship|dating\s+life|sex\s+life|salary|income|savings|debts?|bank|home\s+address|address|hometown|neighbou?rhood|house|home|trip|trips|travels?|vacation|holiday|photo\s+album|photos|pictures|selfies|habits|routine|schedule|whereabouts|secrets?|past|health|medical\s+history|religion|political\s+views|age|weight))\b",
 ["«Have you ever been married», and to whom?", "Tell me about «your family» and where they live.", "«Did you vote» in the last election, and for whom?"],
 ["How do I keep your family safe during a storm? I mean tips for parents.", "What is your favourite book and why?", "Can you describe the steps in learning how to swim?", "Write a birthday message to your sister from a card template."],
 near=None)

HEADER = """# Privacy, English, sixth pack: low-weight signals that a prompt is about a specific other
# person's private life. The English counterpart of extra5-zh.rules. Written from a taxonomy of how
# people ask about somebody else's private life in English, not from evaluation rows (no dev-set
# phrase is in a pattern or an example): money (salary, income, savings, debts, loans, mortgage,
# inheritance, spending), love life (married or single, dating, affairs, cheating, divorce, who they
# sleep with), health (illness, diagnosis, pregnancy, mental health, addiction, surgery, medication),
# identity traits (sexual orientation, religion, politics and votes, immigration status, ethnicity),
# whereabouts (where they live, work or go, schedule, routine, travel), secrets and private life (scandals, gossip, dirt, photos,
# messages), and digging someone up (dig up, expose, snoop, stalk, find out everything about).
# Each topic rule needs a person within 10 words: a relation (my coworker, my ex, my landlord...),
# a stand-in (a stranger, this girl, the new guy, a celebrity, someone), he/she/his/her, Mr/Ms X, or
# a possessive name (Dana's). The person alternation and the exceptions are the same in every rule
# (generated by scripts/gen-privacy-extra6-en.py). Left out: the user's own matters (my salary, I am pregnant: the topic
# right after my/our/own/I/am/your does not count), fiction and text tasks, history and general
# questions, caring for or celebrating someone (support, comfort, gift, birthday, wedding), and
# multiple-choice safety quizzes. One more rule asks the person spoken to about their own private
# life (have you ever been married, your family, your home address, where do you usually go),
# except advice and how-to wording (protect your, tips, if you, should).
# The weights are small on purpose (0.05, a score of 5 alone, far below medium at 40): such a
# finding only lifts a prompt above prompts with no finding at all; the stronger rules of the other
# privacy packs decide what reaches medium. A legal-trouble rule (arrests, criminal record) was
# written too but fired on no prompt of the tuning half, so it is left out.
category: privacy
severity: info
"""
W = {"dig-up-person": 0.05}
out = [HEADER]
skip = set(sys.argv[2:]) | {"person-legal"}
for id, msg, kw, pat, ex, co, near, n in R:
    if id in skip: continue
    out.append(f"\n[privacy.en.x6.{id}]\nweight: {W.get(id, 0.05)}\nmessage: {msg}\nkeywords: {kw}\npattern: {OWN if near else ''}{pat}\\b\n" + (f"near({n}): {near}\n" if near else ""))
    out.append("\n".join(UNLESS_YOU if not near else [u for u in UNLESS if not (id == "dig-up-person" and u.startswith("unless(0)"))]) + "\n")
    out.extend(f"example: {e}\n" for e in ex)
    out.extend(f"counter: {c}\n" for c in co)
open(sys.argv[1], "w").write("".join(out))
