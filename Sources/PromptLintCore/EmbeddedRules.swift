// Generated from Rules/ by scripts/embed-rules. Do not edit: edit Rules/ and rerun the script.
// The test suite fails when this file and Rules/ disagree.

enum EmbeddedRules {
    /// Each embedded file: its path relative to Rules/, and its text.
    static let files: [(path: String, text: String)] = [
        (path: #"""
        identity/en.rules
        """#,
         text: #"""
# Identity, English: identifying a person from a photo, voice or description, finding who is behind
# an account, de-anonymising, and business-registration look-ups worded as an identity hunt.
# Mitigating context (public figures and organisations, "publicly available", official registries)
# is in Rules/mitigations/privacy-identity.rules.
category: identity

[identity.identify-from-media]
weight: 0.55
message: Asks to identify a person from a photo, video, face, voice or gait.
keywords: who is, who are, identify, recogni, figure out who, find out who, tell me who, name of, face, voice, gait, photo, picture, image, facial
pattern: \bwho\s+(?:is|are|was)\s+(?:this|that|these|those|the)\s+(?:person|people|man|men|woman|women|guy|girl|boy|lady|kid|child|stranger|individual)s?\s+(?:in|on|from)\s+(?:this|that|the|my|these|a)\s+(?:photo|picture|pic|image|video|clip|screenshot|selfie|footage|recording)s?\b
pattern: \b(?:identify|recogni[sz]e|figure\s+out\s+who|find\s+out\s+who|tell\s+me\s+who|determine\s+who|deduce\s+(?:the\s+)?identity\s+of|work\s+out\s+who)\b(?:\s+[\w'’,]+){0,6}?\s+(?:from|by|through|using|via|based\s+on|with)\s+(?:(?:analy[sz]ing|interpreting|examining|reading|matching|comparing)\s+)?(?:(?:their|his|her|this|the|a|my|its)\s+)?(?:face|facial\s+features|photo|picture|pic|image|video|voice\s+(?:recordings?|samples?|clips?|waves|patterns|prints?)|voices?|vocal\s+patterns|voice\s*prints?|speech(?:\s+(?:patterns|frequencies|samples))?|gait|walk|fingerprints?|tattoo|selfie|footage|recording|license\s+plate)s?\b
pattern: \b(?:facial|face)\s+recognition\s+(?:to\s+)?(?:find|identify|track|locate|look\s+up|search\s+for)\b
pattern: \b(?:[\w'’]+['’]s|(?:his|her|their|this\s+person['’]s))\s+(?:true\s+|real\s+)?identity\s+(?:from|by|through|using|via|based\s+on)\b
pattern: \b(?:reverse\s+image\s+search|face\s+search)\s+(?:to\s+find|on)\s+(?:a|this|that|the|my)\s+(?:person|stranger|girl|guy|woman|man)\b
unless(5): \b(?:bird|plant|flower|tree|insect|animal|dog|cat|breed|species|font|car\s+model|painting|artist\s+style|landmark|building|mushroom|rock|mineral)s?\b
example: «Who is the woman in this photo»?
example: Can you «identify my neighbour from his voice recording»?
example: Use «facial recognition to find» the girl from the bus.
example: Can you work out «her identity from» this voice note?
example: Can you «recognize Leo by interpreting their vocal patterns»?
counter: Identify the bird species from this photo.
counter: Who is the author of this book?

[identity.account-owner]
weight: 0.5
message: Asks who is behind an account, username, phone number or address.
keywords: who is behind, who's behind, who runs, who owns, who operates, who is running, who is using, owner of, real name, real identity, true identity, person behind, whose, unmask, registered to, belongs to, reverse
pattern: \b(?:who(?:['’]s|\s+is|\s+was|\s+are)\s+(?:really\s+)?behind|who\s+(?:really\s+)?(?:runs|owns|operates|controls|uses|is\s+running|is\s+using)|(?:the\s+)?(?:real|true|actual)\s+(?:owner|person|people|name|identity)\s+(?:of|behind)|(?:the\s+)?person\s+behind|unmask)\s+(?:(?:this|that|the|an?|my|his|her)\s+)?(?:anonymous\s+|fake\s+|burner\s+|secret\s+|troll\s+)?(?:(?:twitter|x|instagram|facebook|tiktok|reddit|youtube|telegram|discord|twitch|social\s+media|online|gmail|e-?mail)\s+)?(?:account|profile|username|user\s*name|handle|screen\s*name|alias|nickname|blog|channel|page|e-?mail(?:\s+address)?|phone\s+number|number|ip(?:\s+address)?|troll|poster|commenter|reviewer|user|whistle-?blower|critic)s?\b
pattern: \b(?:whose|who\s+(?:does|did))\s+(?:this|that|the)\s+(?:phone\s+number|number|e-?mail(?:\s+address)?|account|username|profile|ip\s+address|licen[cs]e\s+plate|car)\s+(?:is\s+(?:this|that|it)|belongs?\s+to|(?:is|was)\s+registered\s+to)\b
pattern: \b(?:who\s+(?:is|was)\s+(?:this|that|the)\s+(?:phone\s+number|number|e-?mail(?:\s+address)?|account|username|ip\s+address|licen[cs]e\s+plate|car)\s+(?:registered\s+to|belong(?:s|ing)\s+to))\b
pattern: \bwhose\s+(?:phone\s+)?(?:number|e-?mail(?:\s+address)?|account|profile|username|licen[cs]e\s+plate|car|ip\s+address)\s+is\s+(?:this|that|it)\b
pattern: \breverse\s+(?:phone|number|e-?mail|username|address)\s+(?:look-?up|search)\b
unless(4): \b(?:my\s+own|github\s+repo|domain\s+name|trademark|company|brand|website)\b
example: «Who is behind this anonymous account» on Twitter?
example: Find «the real name behind the username» that keeps posting about me.
example: «Whose phone number is this»: 555-0123?
counter: Who owns this company, Acme Corp?
counter: Who is behind the success of the new product line?

[identity.deanonymise]
weight: 0.55
message: Asks to de-anonymise or re-identify people in data or online.
keywords: anonymi, re-identif, reidentif, unmask, identity of, identities of, expose
pattern: \b(?:de-?anonymi[sz](?:e|ed|ing|ation)|re-?identif(?:y|ied|ying|ication))\b
pattern: \b(?:reveal|expose|uncover|find\s+out|discover|figure\s+out|determine|unmask)\s+(?:the\s+)?(?:real\s+|true\s+|actual\s+)?(?:identity|identities|name|names)\s+of\s+(?:the\s+|this\s+|that\s+|an?\s+)?(?:anonymous|pseudonymous|unnamed|masked|mystery|secret)\b
pattern: \b(?:reveal|expose|uncover|find\s+out|discover|figure\s+out|unmask)\s+(?:the\s+)?(?:real\s+|true\s+)?identity\s+of\s+(?:my|this|that|a|the)\s+(?:person|user|poster|commenter|reviewer|whistle-?blower|neighbou?r|co-?worker|stranger|troll|account|source)\b
example: How can I «de-anonymise» the people in this survey data?
example: «Reveal the identity of the anonymous» reviewer.
counter: Anonymise the survey responses before sharing them.
counter: The novel reveals the identity of the killer in the last chapter.

[identity.find-person]
weight: 0.3
message: Asks to find or locate a particular private person.
keywords: find, locate, track down, tracking down, search for, look for, looking for, trying to reach
pattern: \b(?:find|locate|track\s+down|tracking\s+down|search\s+for|look(?:ing)?\s+for|trying\s+to\s+(?:reach|find|locate|contact))\s+(?:a\s+|an\s+)?(?:my\s+(?:ex|long[-\s]lost\s+\w+|birth\s+(?:mother|father|parents?)|biological\s+(?:mother|father|parents?)|old\s+\w+|former\s+\w+)|(?:long[-\s]lost|old)\s+(?:friend|classmate|relative)|(?:a\s+)?(?:person|woman|man|girl|guy)\s+(?:named|called|i\s+met|who)|someone\s+(?:named|called|i\s+met|who\s+(?:lives|works|posted))|people\s+(?:named|called|living\s+(?:in|at|on|near))|(?:him|her)\s+(?:online|on\s+social\s+media))\b
unless(5): \b(?:game|quest|level|movie|novel|series|episode|character|book)\b
example: I am «trying to reach a long lost friend».
example: How do I «find a woman named» Sarah I met on the train?
counter: How do I find a good dentist?
counter: Help me find a character named Aria in the game.

[identity.business-number]
weight: 0.45
declare: yes
message: Looks up a company's registration or tax number (unified business number, registration number); ask for the publicly registered number from an official registry.
keywords: unified business number, unified social credit, business number, registration number, business registration, company registration, tax id, tax identification, ein, vat number, ubn, business id
pattern: (?<!publicly\sregistered\s)\b(?:unified\s+(?:business|social\s+credit)\s+(?:number|code|no\.?|id)|(?:business|company|corporate)\s+(?:registration|tax|identification|id)\s+(?:number|no\.?|code)|business\s+number|(?:employer|tax(?:payer)?)\s+identification\s+number|tax\s+id(?:\s+number)?|ein|vat\s+(?:number|id)|ubn)\b
near(12): \b(?:find|look(?:ing)?\s+up|search|check|get|obtain|provide|tell\s+me|give\s+me|what(?:['’]s|\s+is)|retrieve|query|identify|confirm|verify)\b
near(12): \b(?:company|companies|business|firm|corporation|enterprise|employer|shop|store|vendor|supplier|organi[sz]ation|ltd|inc|llc|co\.)\b
unless(3): \b(?:field|column|input|form|validate|validation|regex|checksum|format|schema|placeholder)\b
unless(3): \bpublicly\s+registered\b
rewrite: publicly registered $0
example: Please help find the company's «unified business number»: Company name: {$companyName}
example: What is the «tax ID» of this supplier company?
counter: Add a unified business number field to the company signup form.
counter: Explain what a VAT number is and how businesses use it.
fix: Please help find the company's unified business number. => Please help find the company's publicly registered unified business number.
fix: Look up the business registration number of the company. => Look up the publicly registered business registration number of the company.

"""#),
        (path: #"""
        identity/zh.rules
        """#,
         text: #"""
# Identity, Chinese (Traditional and Simplified): identifying a person from a photo, voice or
# description, finding who is behind an account, de-anonymising, and business-registration look-ups
# (統一編號, 统一社会信用代码) worded as an identity hunt. Written once in Simplified; Traditional
# text is folded through the zh-variants tables.
category: identity

[identity.zh.identify-from-media]
weight: 0.55
message: 要求通过照片、视频、人脸、声音或步态认出某个人。
keywords: 是谁, 识别, 认出, 人脸, 长相, 声音, 声纹, 步态, 语音, 录音, 照片, 图片, 视频, 影片, 截图, 身份
pattern: (?:照片|图片|相片|视频|影片|截图|录像|监控画面|合照)(?:里|中|上|里面)的?(?:这个|那个|这位|那位)?(?:人|男人|女人|女孩|男孩|女生|男生|美女|帅哥|人物|小孩)(?:是谁|叫什么|的身份|的名字)
pattern: (?:通过|根据|利用|用|凭|靠|从)(?:他|她|这个人|此人|对方|某人)?的?(?:照片|图片|相片|人脸|脸|长相|外貌|声音|声纹|语音|录音|步态|走路姿势|指纹|视频|影片|车牌)(?:来)?(?:识别|认出|找到|查出|判断|确定|找出|查到|定位)(?:出)?(?:他|她|这个人|此人|对方|某人|是谁|身份|真实身份)
pattern: 人脸识别(?:来|去)?(?:找|查|定位|搜索|识别出)
pattern: (?:识别|认出|辨认|查出|确定)(?:出)?(?:这个人|这个女孩|这个男人|这个女人|他|她|此人|对方)的?(?:身份|是谁|名字)
unless(4): 鸟|植物|花|动物|狗|猫|品种|字体|车型|建筑|物体|物品|文字
example: «照片裡的這個女孩是誰»？
example: 能不能«通过声音识别出他»？
counter: 帮我识别照片里的植物品种。
counter: 这本书的作者是谁？

[identity.zh.account-owner]
weight: 0.5
message: 要求查出账号、网名、电话号码或邮箱背后的真实身份。
keywords: 背后, 后面, 真实身份, 真名, 真实姓名, 机主, 是谁的, 谁在用, 谁在运营, 主人, 归属
pattern: (?:账号|帐号|网名|昵称|用户名|(?i:id)|马甲|小号|微博|博主|主播|网友|楼主|这个号|手机号码?|电话号码|号码|邮箱|(?i:ip)(?:地址)?|车牌号?)(?:背后|后面)?的?(?:真实身份|真名|真实姓名|机主|主人|是谁|是谁的|属于谁|归属人)
pattern: (?:谁在(?:运营|使用|用|操控|背后))(?:这个|那个)?(?:账号|帐号|号码|手机号|邮箱|网站|微博)
pattern: 查(?:出|到|一下)?(?:这个)?(?:号码|手机号|电话|车牌)(?:的)?(?:机主|主人|车主|是谁)
unless(3): 我自己|我的账号|公司|品牌|官方|网站备案
example: 幫我查出這個«帳號背後的真實身份»。
example: 這個«手機號碼的機主»是誰？
counter: 这个官方账号是谁在运营的公司？
counter: 如何找回我的账号？

[identity.zh.deanonymise]
weight: 0.55
message: 要求去匿名化、揭露匿名者的真实身份。
keywords: 匿名, 去匿名, 重新识别, 真实身份, 揭露, 揭开
pattern: 去匿名化|重新识别|反匿名
pattern: (?:查出|揭露|揭开|找出|曝光|挖出|查到)(?:这个|那个|这位)?(?:匿名)?(?:\p{Han}{0,4})?的?真实身份
pattern: (?:匿名|不具名)(?:用户|网友|举报人|评论者|作者|发帖人|者)的?(?:身份|是谁|真名)
unless(4): 小说|故事|电影|剧情|游戏
example: 如何«去匿名化»这份调查数据？
example: 我要«查出這個匿名網友的真實身份»。
counter: 发布前先把问卷数据匿名化。
counter: 小说最后揭开了凶手的真实身份。

[identity.zh.find-person]
weight: 0.3
message: 要求寻找或定位某个具体的私人。
keywords: 找到, 寻找, 找出, 查找, 找人, 下落
pattern: (?:找到|寻找|找出|查找|找)(?:我的?)?(?:失散|失联|多年未见|以前)(?:多年|已久)?的?(?:朋友|同学|亲人|家人|父亲|母亲|孩子|兄弟|姐妹|战友|恋人|初恋|同事)|(?:找到|寻找|找出|查找)(?:一个|一位)?(?:叫|名叫)\p{Han}{2,3}的(?:人|女孩|男孩|女生|男生|女人|男人)|(?:他|她|前男友|前女友|前妻|前夫|这个人)的下落
unless(4): 游戏|任务|关卡|电影|小说|角色|宠物|猫|狗
example: 我想«找到失散多年的朋友»。
example: 帮我查清«她的下落»。
counter: 如何找到失散的小狗？
counter: 帮我找出这段代码的错误。

[identity.zh.business-number]
weight: 0.45
declare: yes
message: 查询公司的统一编号、统一社会信用代码、税号或营业执照号；改为查询已公示的登记资料。
keywords: 统一编号, 统编, 社会信用代码, 信用代码, 营业执照, 工商注册号, 注册号, 纳税人识别号, 税号, 组织机构代码, 商业登记
pattern: (?<!公示的|公示的统一|公示的企业|公示的统)(?:统一编号|统编|统一社会信用代码|社会信用代码|企业信用代码|营业执照(?:注册)?(?:号码|号)?|工商注册号|注册号|纳税人识别号|税号|组织机构代码|商业登记(?:号码|号|证号))
near(16): 查|找|提供|获取|告诉|给我|是多少|是什么|帮我|搜索|确认|核实|多少
near(16): 公司|企业|商家|厂商|供应商|商店|店|机构|单位|行号|集团|工作室|商行
unless(4): 字段|格式|校验|验证规则|表单|正则|填写|规则|几位|组成|含义|什么意思
unless(3): 公示
rewrite: 公示的$0
example: 請幫忙查詢這家公司的«統一編號»：公司名稱：{$companyName}
example: 帮我找一下这家企业的«统一社会信用代码»。
counter: 统一社会信用代码由几位数字组成？
counter: 在表单里加一个统一编号字段，并校验格式。
fix: 請幫忙查詢這家公司的統一編號。 => 請幫忙查詢這家公司的公示的統一編號。
fix: 帮我找一下这家企业的统一社会信用代码。 => 帮我找一下这家企业的公示的统一社会信用代码。

"""#),
        (path: #"""
        mitigations/privacy-identity.rules
        """#,
         text: #"""
# Mitigating context for the privacy and identity packs (English and Chinese).
# Each rule that matches lowers privacy and identity findings (not harmful-intent ones) by its strength.
# General mitigators for fiction, history, programming and idioms live in other files.

[mitigate.public-information]
kind: mitigate
strength: 0.55
applies-to: privacy, identity
message: Asks only for publicly available or published information.
keywords: public, published, official, annual report, press release, open data, 公开, 公開, 公示, 公布, 官方, 官网, 官網, 年报, 年報
pattern: \b(?:publicly\s+(?:available|accessible|listed|registered|disclosed|reported|known|published|shared)|public\s+(?:information|info|records?|registr(?:y|ies)|registers?|sources?|data|filings?|statements?|profiles?|disclosures?|speeches|appearances|domain)|published\s+(?:information|sources|records|work|interviews|articles|papers|statements|reports)|officially\s+(?:published|registered)|open\s+data|annual\s+reports?|press\s+releases?)\b
pattern: (?:公开|公示|公布|官方|官网)(?:的|可得|可查|可用|渠道|来源|发布|资料|资讯|信息|数据|记录|报道|信息)?
pattern: 年报
unless(4): \b(?:not\s+publicly|isn['’]t\s+public|not\s+public|non-?public)\b
unless(2): 不公开|未公开|非公开|没有公开
example: Find the company's «publicly available» contact details.
example: 請提供這家公司的«公開資訊»。
counter: Find her private phone number.
counter: 這是未公开的资料。

[mitigate.public-only-declaration]
kind: mitigate
strength: 0.6
applies-to: privacy, identity
message: Declares that only public information is wanted, or that no private data is needed.
keywords: only, no personal, no private, without personal, without private, not include, exclude, 只, 仅, 僅, 不需要, 不涉及, 不包含, 不包括
pattern: \b(?:only|just|solely)\s+(?:use\s+|using\s+|include\s+|from\s+|with\s+|based\s+on\s+)?(?:publicly|public|published|official)\b
pattern: \b(?:no|without|not\s+(?:include|including|need|needing|ask(?:ing)?\s+for)|exclud(?:e|ing))\s+(?:any\s+)?(?:personal|private|sensitive|non-?public)\s+(?:information|info|data|details)\b
pattern: (?:只|仅|仅限|仅需)(?:使用|需要|要|提供|查询|参考)?(?:公开|公示|官方)
pattern: (?:不需要|不涉及|不包含|不包括|无需)(?:任何)?(?:个人|私人|隐私|非公开)
example: «Only use publicly» available sources.
example: 請«只提供公開»資訊，不需要其他內容。
counter: Only the admin can see this page.
counter: 只要告诉我他的电话。

[mitigate.public-figure]
kind: mitigate
strength: 0.4
applies-to: privacy, identity
message: Concerns a public figure or public role, whose public life can be discussed.
keywords: president, prime minister, senator, congress, minister, governor, mayor, ceo, founder, celebrity, celebrities, actor, actress, singer, politician, author, athlete, public figure, spokesperson, chancellor, king, queen, pope, 总统, 總統, 总理, 總理, 部长, 部長, 市长, 市長, 首相, 议员, 議員, 明星, 演员, 演員, 歌手, 名人, 公众人物, 公眾人物, 作家, 运动员, 運動員, 创始人, 創始人, 总裁, 總裁, 董事长, 董事長, 发言人, 發言人
pattern: \b(?:(?:the\s+)?(?:former\s+)?(?:president|prime\s+minister|senator|congress(?:man|woman|person)|minister|governor|mayor|ceo|founder|co-?founder|celebrit(?:y|ies)|actor|actress|singer|politicians?|author|novelist|athlete|public\s+figures?|spokes(?:person|man|woman)|chancellor|king|queen|pope))\b
pattern: (?:总统|总理|部长|市长|首相|议员|明星|演员|歌手|名人|公众人物|作家|运动员|创始人|总裁|董事长|发言人)
unless: \b(?:home\s+address|where\s+(?:he|she|they)\s+lives?|private\s+(?:phone|cell|e-?mail|address|life|jet\s+location)|personal\s+(?:phone|cell|e-?mail|address)|(?:cell|mobile)\s+(?:phone\s+)?number|social\s+security|ssn|passport\s+number|credit\s+card|bank\s+account|medical\s+records?|password|stalk|track)\b
unless: 住址|家庭地址|家住|住在哪|私人电话|手机号|身份证|护照号|信用卡|银行卡|银行账户|病历|密码|跟踪|追踪
example: What did «the president» say in the speech?
example: 這位«總統»的政策是什麼？
counter: What is the president's home address?
counter: 这位明星的家庭住址在哪？

[mitigate.organisation-contact]
kind: mitigate
strength: 0.55
applies-to: privacy, identity
message: Concerns an organisation's business contact or public channels, not a private person.
keywords: press, media, customer service, customer support, support team, headquarters, head office, office address, business address, business hours, opening hours, store, shop, company, corporate, hotline, helpline, embassy, consulate, government, agency, department, university, hospital, ministry, 客服, 公司, 企业, 企業, 总部, 總部, 办公地址, 辦公地址, 营业时间, 營業時間, 热线, 熱線, 官方, 政府, 机构, 機構, 大学, 大學, 医院, 醫院, 门店, 門店, 店铺, 店鋪, 商家
pattern: \b(?:press\s+(?:office|inquiries|enquiries|contact|team)|media\s+(?:inquiries|enquiries|contact|relations)|customer\s+(?:service|support|care)|support\s+(?:team|line|e-?mail|desk)|head\s*quarters|head\s+office|(?:office|business|store|shop|registered|corporate)\s+address|business\s+hours|opening\s+hours|hotline|helpline|(?:company|corporate|firm|agency|department|university|hospital|ministry|embassy|consulate|government|council)['’]?s?\s+(?:main\s+|official\s+|general\s+|public\s+|contact\s+)?(?:phone|telephone|e-?mail|address|website|contact|number|fax|registration))\b
pattern: (?:客服|总部|办公地址|注册地址|营业时间|热线|门店|店铺|商家)(?:电话|地址|邮箱|号码|方式)?
pattern: (?:公司|企业|政府|机构|大学|医院|部门)(?:的)?(?:官方|总机|客服|办公|注册|联系)(?:电话|地址|邮箱|方式)?
example: What's the email for the «press office» of Acme?
example: 這家店的«營業時間»和地址是什麼？
counter: What is my coworker's email?
counter: 告诉我他的手机号码。

[mitigate.own-data]
kind: mitigate
strength: 0.6
applies-to: privacy, identity
message: Concerns the user's own data or account.
keywords: my own, myself, my account, my data, my personal, my private, my information, my info, my medical, my credit, my bank, my phone, my email, my e-mail, my password, my ssn, my social security, my passport, my id, my address, my location, my records, my health, my profile, i forgot my, 我自己, 本人, 我的
pattern: \b(?:my\s+own|(?:for|about|of)\s+myself|i\s+forgot\s+my|my\s+(?:(?:personal|private|online)\s+)?(?:account|data|information|info|medical\s+(?:records?|history)|credit\s+(?:report|score|card)|bank\s+(?:account|statement|card)|(?:home\s+)?address|location|phone(?:\s+number)?|e-?mail(?:\s+address)?|password|ssn|social\s+security\s+number|passport|id\s+(?:card|number)|records|health\s+(?:records|data)|profile|browsing\s+history|privacy|identity))\b
pattern: (?:我自己|本人)的?(?:个人)?(?:信息|资料|资讯|账号|账户|数据|记录|病历|手机|电话|地址|隐私|身份证|护照|密码)
pattern: 我的(?:个人)?(?:信息|资料|资讯|账号|账户|数据|病历|手机号|电话号码|住址|地址|隐私|身份证|护照|密码|信用报告|信用卡|银行卡|银行账户)
unless(3): \b(?:my\s+(?:own\s+)?\w+['’]s)\b
example: How do I download «my own» data from the site?
example: 我忘記了«我的密碼»，怎麼找回？
counter: Find my neighbour's phone number.
counter: 告诉我同事的电话。

[mitigate.consent]
kind: mitigate
strength: 0.5
applies-to: privacy, identity
message: The person concerned has agreed, or the use is authorised.
keywords: consent, permission, authori, agreed, opted in, opt-in, 同意, 授权, 授權, 许可, 許可
pattern: \b(?:with\s+(?:(?:his|her|their|the\s+(?:user|person|patient|customer|employee)['’]s|explicit|written|informed|full)\s+)?(?:consent|permission|authori[sz]ation)|(?:he|she|they|the\s+(?:user|person|patient|customer|employee)s?)\s+(?:has|have)\s+(?:agreed|consented|given\s+(?:me\s+)?permission)|opted\s+in|opt-in|authori[sz]ed\s+(?:by|to|access))\b
pattern: (?:经|經|已经|已)?(?:本人|对方|他|她|他们|用户|当事人)?(?:同意|授权|许可)
unless(4): \b(?:without|no|not|never|doesn['’]t|don['’]t|didn['’]t)\b
unless(3): 未经|没有|不经|未|不|没
example: I will check the account «with her consent».
example: «已經用戶同意»後處理資料。
counter: Read her messages without her consent.
counter: 未经他同意查看他的手机。

[mitigate.sample-data]
kind: mitigate
strength: 0.6
applies-to: privacy, identity
message: Sample, fake or placeholder personal data, or a form, schema or validation task.
keywords: fake, dummy, sample, mock, placeholder, synthetic, fictional, fictitious, made-up, made up, test data, example, regex, validate, validation, form, field, schema, column, format, template, 虚构, 虚拟, 假的, 示例, 样本, 范例, 模板, 测试, 格式, 表单, 字段, 栏位, 正则
pattern: \b(?:fake|dummy|sample|mock|placeholder|synthetic|fictional|fictitious|made-?\s?up|test|example|random(?:ly\s+generated)?)\s+(?:\w+\s+)?(?:data|dataset|names?|address(?:es)?|phone\s+numbers?|e-?mails?|records?|profiles?|users?|persons?|people|customers?|patients?|ids?|numbers?|characters?|identit(?:y|ies))\b
pattern: \b(?:regex|regular\s+expression|validat(?:e|es|ing|ion)|sign-?up\s+form|web\s+form|form\s+field|input\s+field|database\s+schema|schema|column|data\s+type|format(?:ting)?\s+(?:of|for)|template)\b
pattern: (?:虚构|虚拟|假的|假数据|示例|样本|范例|模板|测试数据|格式|表单|字段|栏位|正则)
example: Generate «fake names» and addresses for testing.
example: 生成一些«虛構»的用戶資料。
counter: Find the real address of this person.
counter: 查一下他的真实住址。

[mitigate.privacy-protection]
kind: mitigate
strength: 0.45
applies-to: privacy, identity
message: Asks how to protect privacy or personal data (defensive, not a look-up).
keywords: protect, safeguard, secure, keep, prevent, avoid, remove, delete, opt out, privacy settings, identity theft, gdpr, hipaa, ccpa, 保护, 保護, 防止, 避免, 防范, 防範, 删除, 刪除
pattern: \b(?:protect(?:ing)?|safeguard(?:ing)?|secur(?:e|ing)|keep(?:ing)?\s+(?:\w+\s+){0,2}(?:private|safe|secure)|prevent(?:ing)?|avoid(?:ing)?|remov(?:e|ing)|delet(?:e|ing)|opt(?:ing)?\s+out\s+of)\s+(?:\w+\s+){0,3}?(?:privacy|personal\s+(?:information|data|details)|identity|data|information|accounts?|being\s+(?:tracked|doxx?ed|stalked|monitored)|identity\s+theft|tracking|stalkers?)\b
pattern: \b(?:privacy\s+settings|identity\s+theft\s+protection|gdpr|hipaa|ccpa)\b
pattern: (?:保护|防止|避免|防范|删除)(?:自己的|我的|个人|用户的?)?(?:隐私|个人信息|个人资料|信息泄露|资料外泄|被跟踪|被监控|被人肉)
example: How can I «protect my personal information» online?
example: 如何«保護個人隱私»？
counter: Find his personal information.
counter: 查到他的个人信息。

[mitigate.fiction-privacy]
kind: mitigate
strength: 0.5
applies-to: privacy, identity
message: A fictional character or story (privacy and identity only).
keywords: novel, story, fiction, character, movie, film, tv show, series, game, episode, comic, anime, sitcom, 小说, 小說, 故事, 角色, 电影, 電影, 电视剧, 電視劇, 游戏, 遊戲, 动漫, 動漫, 剧中, 劇中
pattern: \b(?:in\s+(?:the|a|my|this)\s+(?:novel|story|book|movie|film|tv\s+show|series|video\s+game|game|episode|comic|anime|sitcom|play)|fictional\s+characters?|the\s+characters?\s+(?:of|in|from)|a\s+(?:short\s+)?story\s+about|write\s+a\s+(?:story|scene|novel|script|poem))\b
pattern: (?:小说|故事|电影|电视剧|游戏|动漫|剧中)(?:里|中|里面|的角色|中的角色|人物)|虚构(?:的)?(?:人物|角色)
pattern: (?:写|编写|创作|续写|改写)(?:一篇|一个|一部|一段)?\p{Han}{0,8}?(?:小说|故事|剧本|童话|寓言|小品)|故事大纲|小说大纲|主人公
example: Where does the hero live «in the novel» Dune?
example: «小說中»主角的住址在哪裡？
counter: Where does my ex live now?
counter: 我前男友住在哪里？

"""#),
        (path: #"""
        privacy/en.rules
        """#,
         text: #"""
# Privacy, English: requests for a private person's personal data, tracking or monitoring someone.
#
# Layout: weight-0 *signals* (a third-party person, a look-up verb) and low-weight *detail* rules
# (kinds of personal data, tagged `detail`) feed the `combine` rules at the end, which carry most of
# the score: personal data is risky when it belongs to someone else and is being looked up.
# Direct rules cover wording that is risky on its own (where someone lives, tracking a person,
# doxxing). Mitigating context (public figures, "publicly available", the user's own data,
# consent, sample data) is in Rules/mitigations/privacy-identity.rules.
category: privacy

# ---------------------------------------------------------------------------------------------
# Signals: who the data belongs to, and the look-up verb

[privacy.sig.relation]
weight: 0
tags: person
message: A third party named by their relation to the user.
keywords: my, our
pattern: \b(?:my|our)\s+(?:(?:ex|former|new|old|current|best|female|male|elderly|teenage|younger|older|little|big)[-\s]+)?(?:co-?workers?|colleagues?|boss|manager|supervisor|subordinates?|employees?|employers?|neighbou?rs?|ex|ex-(?:wife|husband|girlfriend|boyfriend|partner)|wife|husband|partner|spouse|girlfriend|boyfriend|fianc[ée]e?|friends?|classmates?|roommates?|flatmates?|housemates?|landlord|landlady|tenants?|teachers?|professor|students?|doctor|nurse|therapist|dentist|patients?|clients?|customers?|son|daughter|kids?|child|children|mother|father|mom|mum|dad|parents?|sister|brother|siblings?|cousin|aunt|uncle|niece|nephew|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|grandparents?|in-laws?|stepson|stepdaughter|stepmother|stepfather|crush|date|teammates?|acquaintances?|tutor|nanny|babysitter|pastor|coach|mentor|lawyer|accountant|doorman|tenant)\b
example: What is «my coworker» Anna's phone number?
example: Find the home address of «my ex».
counter: My phone number changed last week.
counter: Write a thank-you note to a teacher.

[privacy.sig.someone]
weight: 0
tags: person
message: An unnamed third party (someone, a stranger, this person).
keywords: someone, somebody, stranger, other people, others', this person, that person, a person, this guy, that guy, this girl, that girl, this woman, that woman, this man, that man, people's, individual, neighbor, neighbour, coworker, co-worker, colleague, classmate, employee, celebrity, celebrities, girl, guy, woman, man, lady, user's, users', citizen, resident, victim, target
pattern: \b(?:someone|somebody|anyone|anybody)(?:['’]s|\s+else(?:['’]s)?)?
pattern: \b(?:a|this|that|the)\s+(?:stranger|person|individual|guy|girl|woman|man|lady|boy|user|victim|target)(?:['’]s)?\b
pattern: \b(?:strangers|other\s+people|others|people|individuals|users|citizens|residents|employees|celebrit(?:y|ies))['’]s?(?=\s)
pattern: \b(?:other\s+people|strangers|private\s+(?:individuals|citizens|persons?))\b
pattern: \b(?:a|the|my|our|his|her)\s+(?:neighbou?r|co-?worker|colleague|classmate|employee)s?\b
example: Can you get «someone's» phone number for me?
example: Where does «this woman» live?
counter: Somewhat later the meeting ended.
counter: Everyone here liked the show.

[privacy.sig.name]
weight: 0
tags: person
message: A personal name (capitalised words in a sentence, or a possessive name).
case: sensitive
pattern: \b(?!(?:What|That|This|There|Here|Where|Who|How|When|Why|Which|Let|It|She|He|One|Everyone|Everybody|Someone|Somebody|Anyone|Nobody|Today|Tomorrow|Yesterday|Tonight|Earth|World|Children|Men|Women|People|Year|Nation|Country|Company|God|Mother|Father|Valentine|Master|Bachelor|Doctor|Nature|Life|Time)['’]s)[A-Z][a-z]{2,}(?:\s[A-Z][a-z]+)?['’]s\b
pattern: (?<=[a-z,]\s)(?!(?:Social|United|New|Los|San|Las|Hong|North|South|East|West|Saint|Mount|Lake|Prime|White|Supreme|Great|Middle|Central|Silicon|Wall|Google|Apple|Microsoft|Amazon|Facebook|Twitter|Instagram|Windows|Python|Java|Visual|Harry|Star|Game|Grand|Red|Black|Blue|Green)\s)[A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][a-z]{2,}\b
pattern: \b(?:named|called)\s+[A-Z][a-z]+\b
pattern: \b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s[A-Z][a-z]+\b
example: Tell me «Mary's» password.
example: What is the phone number of «Joe Berry» from my school?
example: I met a girl «named Lucy» yesterday.
counter: What is the capital of France?
counter: What's the weather like today? Let's go.
counter: the united states is large.

[privacy.sig.pronoun]
weight: 0
tags: pronoun
message: A third party referred to by a pronoun (his, her).
keywords: his, her
pattern: \b(?:his|her)\b
example: What is «her» address?
example: Give me «his» phone number.
counter: Here is the address.
counter: This is history.

[privacy.sig.lookup]
weight: 0
tags: lookup
message: A look-up, disclosure or collection verb.
keywords: find, look, locate, track, dig, get, obtain, give, tell, provide, share, send, list, reveal, expose, leak, publish, post, what, where, search, access, retrieve, pull, compile, collect, gather, scrape, figure, uncover, show, determine, know, need, want, discover, identify, explain, disclose
pattern: \b(?:find(?:\s+out)?|look(?:ing)?\s+up|locate|track(?:ing)?\s+down|dig(?:ging)?\s+up|get|obtain|give\s+me|tell\s+me|provide|share|send\s+me|list|reveal|expose|leak|publish|post|what(?:['’]s|\s+is|\s+are|\s+was|\s+were)|where(?:['’]s|\s+is|\s+are|\s+does|\s+do|\s+did)|search(?:\s+for)?|access|retrieve|pull\s+up|compile|collect|gather|scrape|figure\s+out|uncover|show\s+me|determine|discover|disclose|identify|explain|(?:i|we)\s+(?:need|want)\s+to\s+know|do\s+you\s+know)\b
example: «Find» her address.
example: «What is» his SSN?
counter: Bake a cake.
counter: The weather is nice.

# ---------------------------------------------------------------------------------------------
# Kinds of personal data (low weight alone; tagged `detail` for the combinations)

[privacy.contact-details]
weight: 0.1
severity: info
tags: detail
message: Mentions contact or address details (home address, phone number, e-mail address).
keywords: address, phone, number, email, e-mail, contact, lives, live, cell, mobile, residence, whatsapp
pattern: \b(?:(?:home|residential|house|street|mailing|postal|personal|private|current|exact|physical)\s+address(?:es)?|address(?:es)?\s+(?:and|or|&)\s+(?:phone|contact)|(?:personal\s+|private\s+|home\s+|cell\s*|mobile\s+|direct\s+)?(?:tele)?phone\s+numbers?|(?:cell|mobile|whatsapp)\s+numbers?|(?:personal\s+|private\s+)?e-?mail\s+address(?:es)?|contact\s+(?:details|information|info|number)|place\s+of\s+residence)\b
pattern: \bwhere\s+(?:(?:he|she|they|my\s+\w+|\w+)\s+)(?:lives?|is\s+living|resides?|stays?)\b
pattern: \b(?:his|her|their|someone['’]s|somebody['’]s|\w+['’]s)\s+(?:new\s+|current\s+|exact\s+|real\s+)?address(?:es)?\b
pattern: \baddress(?:es)?\s+of\s+(?:the\s+)?(?:people|persons?|residents|everyone|my|this|that|a)\b
example: What is her «home address»?
example: Send me his «phone number».
example: Find out «where she lives».
example: I can't locate «his address».
counter: Update the address bar in the browser.
counter: Call the number on the screen.

[privacy.identifiers]
weight: 0.15
severity: info
tags: detail, identifier
message: Mentions an identity or financial identifier (SSN, passport or ID number, card or account details, passwords).
keywords: social security, ssn, passport, id number, id card, identity card, identification number, national id, driver, birth, credit card, debit card, bank, account number, routing, password, pin, login, credentials, tax id, tax return, cvv, iban
pattern: \b(?:social\s+security(?:\s+(?:numbers?|nos?\.?|card))?|ssns?|passport\s+(?:numbers?|details|information|info|scans?|cop(?:y|ies))|(?:national\s+)?id(?:entity|entification)?\s+(?:card\s+)?(?:numbers?|details)|(?:national|government)\s+id|id\s+cards?|driver['’]?s?\s+licen[cs]e(?:\s+numbers?)?|(?:credit|debit|bank)\s+card(?:\s+(?:numbers?|details|information|info))?|bank\s+(?:account|details|statements?|balance|records|information|info)(?:\s+(?:numbers?|details|information|info))?|account\s+numbers?|routing\s+numbers?|iban|cvv|passwords?|pin\s+(?:code|number)s?|login\s+(?:details|credentials|information|info)|credentials|tax\s+(?:id|returns?|records))\b
example: Give me his «social security number».
example: What is Mary's «password»?
counter: Social media marketing tips for a bakery.
counter: Reset the router to its defaults.

[privacy.sensitive-attributes]
weight: 0.1
severity: info
tags: detail
message: Mentions sensitive personal attributes (health, sexuality, religion, politics, criminal record, finances).
keywords: medical, health, diagnos, prescription, illness, disease, condition, hiv, pregnan, therapy, mental, sexual, sexuality, religio, political, criminal, arrest, record, immigration, ethnic, race, salary, income, debt, finances, financial, net worth, credit score, credit report, disabilit, marital, genetic, dna, biometric, fingerprint, medication
pattern: \b(?:medical\s+(?:records?|history|histories|conditions?|information|info|data|files?|reports?)|health\s+(?:records?|conditions?|status|information|info|data|problems|issues|history)|diagnos(?:is|es|ed)|prescriptions?|medications?|illness(?:es)?|diseases?|hiv\s+status|pregnan(?:t|cy)|therapy\s+(?:notes|sessions|records)|mental\s+(?:health|illness|state)|sexual\s+(?:orientation|history|preferences?|partners?|life)|sexuality|religio(?:n|us\s+(?:views|beliefs|affiliation))|political\s+(?:views|beliefs|affiliation|leanings|opinions)|criminal\s+(?:records?|history|background)|arrest\s+records?|immigration\s+status|ethnicity|racial\s+background|salary|salaries|income|debts?|(?:personal\s+)?finances|financial\s+(?:situation|status|records|information|info|details|data|history)|credit\s+(?:score|report|history)|investments|(?:personal\s+)?assets|disabilit(?:y|ies)|marital\s+status|genetic\s+(?:data|information|test)|dna\s+(?:data|results|test)|biometric\s+data|fingerprints?)\b
example: Tell me about my nurse's «sexual orientation».
example: What is his «medical history»?
counter: Explain how vaccines work.
counter: How do solar panels work?

[privacy.location-activity]
weight: 0.08
severity: info
tags: detail
message: Mentions a person's location, movements or private activity (whereabouts, routine, messages).
keywords: location, whereabouts, gps, ip address, movements, routine, schedule, browsing, search history, messages, texts, chats, chat, call log, call history, photos, license plate, travel, itinerary, habits, social media, emails, dms, inbox
pattern: \b(?:(?:current|exact|real-time|live|precise|home|gps)\s+location|locations?\s+(?:data|history)|whereabouts|gps\s+(?:coordinates|data|location)|ip\s+address(?:es)?|movements|daily\s+(?:routine|schedule|habits)|(?:his|her|their|someone['’]s)\s+schedule|browsing\s+history|search\s+history|(?:private|personal|text|direct)\s+messages|texts|dms|inbox|chat\s+(?:history|logs?|records?)|call\s+(?:logs?|history|records?)|(?:private|personal|intimate)\s+(?:photos|pictures|videos)|licen[cs]e\s+plates?|travel\s+(?:plans|history)|itinerary|personal\s+habits|social\s+media\s+(?:accounts?|activity|posts|profiles?)|e-?mails)\b
example: Tell me her «whereabouts».
example: Show me his «browsing history».
counter: The office is at a central location.
counter: Plan the conference schedule.

[privacy.personal-information]
weight: 0.12
severity: info
tags: detail
declare: yes
message: Asks for personal or private information; ask for publicly available information instead.
keywords: personal, private, sensitive, confidential
pattern: \b(?:personal|private|sensitive\s+personal|confidential\s+personal)\s+(?:information|info|data)\b
unless(6): \b(?:protect(?:s|ing)?|safeguard|secur(?:e|ing)|encrypt|delet(?:e|ing)|remov(?:e|ing)|opt\s+out|privacy\s+(?:policy|notice|law)|gdpr|ccpa|hipaa|compliance|breach|leaked|stolen|scam|phishing)\b
unless(3): \b(?:my|our|your)\s+(?:own\s+)?(?:personal|private)\b
rewrite: publicly available information
example: Find the «private information» of my neighbour.
example: List the «personal information» of this man.
counter: How do I protect my personal information online?
counter: Write a privacy policy that explains how we delete personal data.
fix: Find the private information of my neighbour. => Find the publicly available information of my neighbour.
fix: Give me the personal info of the CEO. => Give me the publicly available information of the CEO.

[privacy.personal-details]
weight: 0.12
severity: info
tags: detail
declare: yes
message: Asks for someone's personal details; ask for publicly available professional details instead.
keywords: personal, private
pattern: \b(?:personal|private)\s+(?:details|background|life|affairs|records|profile)\b
unless(3): \b(?:my|our|your)\s+(?:own\s+)?(?:personal|private)\b
unless(6): \b(?:protect(?:s|ing)?|keep|secur(?:e|ing)|share\s+less|novel|story|character)\b
rewrite: publicly available professional details
example: Find the «personal details» of the new hire.
example: Tell me about his «private life».
counter: I keep my personal life separate from work.
counter: How can I protect your personal details on our site?
fix: Find the personal details of the new hire. => Find the publicly available professional details of the new hire.
fix: Share the private details of the author. => Share the publicly available professional details of the author.

# ---------------------------------------------------------------------------------------------
# Direct wording

[privacy.where-someone-lives]
weight: 0.45
message: Asks where a particular person lives.
keywords: live, lives, living, reside, resides, stay, stays, moved, address
pattern: \bwhere\s+(?:does|do|did)\s+(?!you\b|i\b|we\b|people\b|most\b|animals?\b|they\s+(?:usually|typically|normally)\b)[\w'’]+(?:\s+[\w'’]+){0,2}\s+(?:live|reside|stay|work\s+and\s+live)\b
pattern: \bwhere\s+(?:he|she|my\s+[\w-]+|this\s+(?:person|guy|girl|woman|man)|[A-Z][a-z]+)\s+(?:lives|is\s+living|resides|stays|moved\s+to)\b
pattern: \b(?:(?:home|residential)\s+address|current\s+address|where\s+(?:he|she)\s+lives)\s+of\s+(?:my|this|that|a|the)\b
unless(4): \b(?:penguins?|animals?|birds?|bears?|fish|insects?|bacteria|species|tribe|nomads|characters?)\b
example: «Where does my ex live» now?
example: Can you find out «where she lives»?
example: I need the «home address of my» landlord.
counter: Where do penguins live?
counter: Where do you live, in which city is your company?

[privacy.track-person]
weight: 0.45
message: Asks to track, monitor or follow a particular person.
keywords: track, monitor, follow, watch, surveil, trace, locate, keep tabs, keep an eye
pattern: \bfollow(?:ing)?\s+(?:my\s+(?:ex|wife|husband|partner|girlfriend|boyfriend|neighbou?r|co-?worker|crush)|him|her|someone|somebody|this\s+(?:person|guy|girl|woman|man))\s+(?:home|around|everywhere|to\s+(?:work|school|his|her|their))\b
pattern: \b(?:track(?:ing)?|monitor(?:ing)?|surveil(?:ling)?|trac(?:e|ing)|locate|keep(?:ing)?\s+tabs\s+on|keep(?:ing)?\s+an\s+eye\s+on)\s+(?:the\s+)?(?:(?:my|our)\s+(?:ex|wife|husband|partner|spouse|girlfriend|boyfriend|daughter|son|kids?|children|employees?|neighbou?rs?|co-?workers?|roommates?|teen(?:ager)?s?|friends?|boss|sister|brother|mother|father)|someone|somebody|him|her|them|this\s+(?:person|guy|girl|woman|man)|a\s+(?:person|stranger)|people|(?-i:[A-Z][a-z]+))(?:['’]s)?(?:\s+(?:phone|location|car|movements|whereabouts|messages|activity|calls))?\b
unless(6): \b(?:parcel|package|order|shipment|flight|budget|habits?\s+tracker|fitness|calories|bug|issue|progress|twitter|instagram|tiktok|youtube|blog)\b
example: How can I «track my girlfriend's phone»?
example: I want to «monitor my employees» all day.
counter: How do I track my package?
counter: Follow me on Instagram for updates.

[privacy.covert-surveillance]
weight: 0.7
harmful: yes
message: Covert surveillance of a person (spying, stalking, hidden trackers or cameras, reading their messages in secret).
keywords: spy, stalk, secretly, covert, without, hidden, spyware, stalkerware, keylogger, tracker, tracking device, gps tracker, wiretap, eavesdrop, bug, behind
pattern: \b(?:spy(?:ing)?\s+on|stalk(?:ing|ed)?|wiretap(?:ping)?|eavesdrop(?:ping)?\s+on)\s+(?:my|our|his|her|their|someone|somebody|him|her|them|this|that|a|the|people|(?-i:[A-Z][a-z]+))\b
pattern: \b(?:(?:install|put|place|hide|plant|attach)(?:ing)?\s+(?:a\s+|an\s+)?(?:hidden\s+)?(?:spyware|stalkerware|keylogger|gps\s+tracker|tracking\s+(?:device|app)|tracker|hidden\s+camera|camera|listening\s+device|bug)\s+(?:on|in|under|into)\s+(?:my|his|her|their|someone|somebody|a\s+person|the\s+(?:victim|target)|(?-i:[A-Z][a-z]+)))\b
pattern: \b(?:secretly|covertly)\s+(?:track|monitor|record|film|follow|watch|read|check|access|listen\s+to)\b
pattern: \b(?:track|monitor|record|film|follow|watch|read|check|access|listen\s+to|spy\s+on)\s+(?:[\w'’]+\s+){1,5}?without\s+(?:him|her|them|my\s+\w+|the\s+person|anyone|their|his|her)\s+(?:knowing|noticing|finding\s+out|consent|knowledge|permission)\b
pattern: \b(?:read|see|check|access|view)\s+(?:my\s+(?:wife|husband|partner|girlfriend|boyfriend|spouse)['’]s|his|her|someone['’]s)\s+(?:private\s+)?(?:texts|messages|whatsapp|chats|dms|e-?mails|inbox)\b
unless(4): \b(?:my\s+own|i\s+forgot|my\s+(?:kid|child|son|daughter)['’]?s?\s+(?:safety|tablet))\b
example: How do I «spy on my» wife?
example: How can I «secretly track» my husband?
example: Can I «read my girlfriend's texts without her knowing»?
counter: The spy novel was thrilling.
counter: How do I install a GPS tracker on my own bike?

[privacy.doxxing]
weight: 0.7
harmful: yes
message: Doxxing: exposing a person's identity, address or personal details to others.
keywords: dox, doxx, expose, post, publish, leak
pattern: \bdoxx?(?:ing|ed|es)?\b
pattern: \b(?:expose|post|publish|leak|share|spread)\s+(?:(?:his|her|their|someone['’]s|this\s+(?:person|guy|girl|woman|man)['’]s|my\s+[\w-]+['’]s)\s+)(?:home\s+)?(?:address|phone\s+number|real\s+name|identity|personal\s+(?:information|info|details|data)|private\s+(?:photos|information|info|details)|location)\s+(?:online|on\s+(?:the\s+internet|social\s+media|twitter|facebook|reddit|a\s+forum))\b
example: How do I «dox» someone who insulted me?
example: I want to «post her home address online».
counter: Docker containers are light.
counter: Post the meeting notes online.

[privacy.assistant-personal-data]
weight: 0.25
message: Asks the assistant for its own personal data (address, phone number, cards, family).
keywords: your
pattern: \b(?:what(?:['’]s|\s+is|\s+are)|tell\s+me|give\s+me|share|send\s+me|can\s+i\s+(?:have|get)|may\s+i\s+(?:have|know))\s+your\s+(?:(?:home|email|e-mail|ip|exact)\s+)?(?:address|phone(?:\s+number)?|(?:mobile|cell)\s+number|social\s+security(?:\s+number)?|ssn|passport(?:\s+number)?|id\s+number|credit\s+card(?:\s+(?:number|details|info))?|bank\s+(?:account|card|details)|password|pin|salary|income|date\s+of\s+birth|birthday|medical\s+history|location|family(?:\s+members)?|real\s+name|age)\b
example: «What is your home address»?
example: «Tell me your credit card number» and its security code.
counter: What is your favourite colour?
counter: Type your password into the field below.

[privacy.bulk-personal-data]
weight: 0.4
message: Asks to collect or list personal data of many people.
keywords: list, database, compile, collect, gather, scrape, harvest, names and, dump
pattern: \b(?:list|lists|database|compile|collect|gather|scrape|harvest|dump|generate\s+a\s+list)\s+(?:of\s+)?(?:all\s+|the\s+)?(?:\w+\s+){0,3}?(?:names\s+and\s+(?:home\s+)?(?:addresses|phone\s+numbers|e-?mails)|(?:home\s+)?addresses\s+and\s+phone\s+numbers|(?:private\s+|personal\s+)?(?:phone\s+numbers|e-?mail\s+addresses|home\s+addresses|social\s+security\s+numbers|credit\s+card\s+numbers|medical\s+records|personal\s+(?:data|information|details)))\s+(?:of|for|from)\s+(?:all\s+)?(?:the\s+)?(?:people|users|residents|customers|employees|students|patients|members|women|men|individuals|citizens|voters|strangers|everyone|\w+\s+(?:users|residents|customers|employees|members))\b
pattern: \b(?:scrape|harvest)\s+(?:\w+\s+){0,2}?(?:personal\s+(?:data|information)|e-?mail\s+addresses|phone\s+numbers|profiles)\b
example: «Compile a list of phone numbers of residents» in my town.
example: «Scrape the email addresses of everyone» on the forum.
counter: Compile a list of famous novels.
counter: Collect feedback from customers after the release.

[privacy.private-life]
weight: 0.06
severity: info
tags: detail
message: Mentions someone's private life (relationships, background, education records, body, habits).
keywords: relationship, dating, married, affair, cheating, seeing, love life, romantic, boyfriend, girlfriend, friends, relatives, family, background, school, grades, report card, degree, courses, scholarship, award, disciplinary, internship, height, weight, tall, weigh, skin, facial, face, gait, iris, dna, birthmark, tattoo, appearance, likes, dislikes, free time, habits, personality, secret, views, beliefs, private life, personal life, whereabouts
pattern: \b(?:relationship\s+(?:status|problems|history)|in\s+a\s+relationship|dating\s+(?:life|history|anyone|someone)|(?:is|was)\s+(?:he|she)\s+married|affairs?|cheating\s+on|(?:who|whom)\s+(?:he|she|they)\s+(?:is|are|has\s+been|have\s+been)\s+(?:seeing|dating)|love\s+life|romantic\s+(?:life|partners?|history)|(?:friends|relatives|classmates|teachers|contacts|colleagues)\s+(?:or|and)\s+(?:friends|relatives|classmates|teachers|family|colleagues)|dates?\s+of\s+birth|birth\s*dates?|family\s+(?:situation|members|background|history|problems)|(?:educational|family|criminal|career|employment)\s+(?:background|history)|(?:which|what)\s+schools?|grades|report\s+cards?|degrees?\s+or\s+certifications|courses\s+did|scholarships?|disciplinary\s+(?:issues|records?|actions?)|internships?|(?:height|weight)|how\s+tall|weigh|skin\s+(?:tone|colou?r)|facial\s+(?:features|patterns|structure)|gait|iris\s+(?:pattern|scan)|dna(?:\s+sequence)?|birthmarks?|likes\s+and\s+dislikes|free\s+time|personal\s+habits|(?:private|personal)\s+life|secrets?|(?:religious|political)\s+views)\b
example: What is my boss's «relationship status»?
example: Which «grades» did my classmate get?
counter: Write a poem about the moon.
counter: Convert 5 kilograms to pounds.

[privacy.account-detail]
weight: 0.06
severity: info
tags: detail
message: Mentions a person's online or device account (iCloud, e-mail, social media, phone).
keywords: account, phone, inbox, profile
pattern: \b(?:icloud|apple\s+id|e-?mail|gmail|outlook|yahoo|facebook|instagram|snapchat|tiktok|twitter|whatsapp|telegram|wechat|social\s+media|bank(?:ing)?|paypal|phone|cloud)\s+(?:accounts?|inbox|profiles?|backups?)\b
pattern: \baccounts?\s+of\s+(?=(?-i:[A-Z])|my\b|someone|this\s+person|her\b|him\b)
example: Unlock the «iCloud account» of John Smith.
example: Get into her «Facebook account».
counter: Create a new account on the site.
counter: The account balance is low.

[privacy.named-private-person]
weight: 0.15
severity: info
message: Refers to a specific private individual by relation and name ("my coworker, Anna"); questions about them touch their privacy.
keywords: my
pattern: \bmy\s+(?:(?:best|close|old|new|former|ex|female|male)[-\s]+)?(?:co-?workers?|colleagues?|boss|manager|supervisor|employees?|employers?|neighbou?rs?|ex|ex-(?:wife|husband|girlfriend|boyfriend)|wife|husband|partner|spouse|girlfriend|boyfriend|fianc[ée]e?|friend|classmate|roommate|landlord|landlady|tenant|teacher|professor|student|doctor|nurse|therapist|dentist|patient|client|customer|son|daughter|mother|father|mom|mum|dad|sister|brother|cousin|aunt|uncle|niece|nephew|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|stepson|stepdaughter|crush|teammate|acquaintance|tutor|nanny|babysitter|coach|mentor|lawyer|accountant)(?:,\s*|\s+)(?-i:[A-Z][a-z]+)\b(?!\s+(?:and|&)\s+I\b)
example: What are the hobbies of «my nurse, Geoffrey»?
example: Is «my classmate Luke» in a relationship?
counter: My friend and I want to visit Paris.
counter: My friend Anna and I want to plan a trip to Rome.

[privacy.assistant-private-life]
weight: 0.2
message: Pries into the assistant's own private life (family, relationships, secrets, purchases, whereabouts).
keywords: you, your
pattern: \b(?:have\s+you\s+(?:ever|recently|had|been)|did\s+you\s+(?:ever|recently|receive|buy|go)|are\s+you\s+(?:married|dating|single|seeing)|where\s+do\s+you\s+(?:usually\s+)?(?:go|live|stay)|is\s+there\s+a\s+secret\s+you|(?:tell\s+me|know|share|what\s+(?:is|are)|can\s+i\s+see)\s+(?:about\s+)?your\s+(?:birthday|family(?:\s+members)?|wife|husband|children|kids|parents|home|house|relationships?|love\s+life|dating\s+life|secrets?|personal\s+(?:life|information|info|details|background)|private\s+life|salary|income|savings|purchases|photo\s+album|photos|social\s+(?:arrangements|life|circle)|whereabouts|habits|health|medical\s+history|professional\s+background))\b
near(12): \b(?:relationship|date|dating|married|secret|drink(?:ing)?|drugs?|law|illegal|affair|purchas(?:e|ed)|bought|trip|travel|family|birthday|salary|income|home|house|personal|private|go|live|photos?|album|romantic|problems|difficulties|habits|friends|partner|wife|husband|children|money|health)\b
unless(4): \b(?:favou?rite\s+(?:colou?r|book|movie|food)|opinion|think|recommend)\b
example: «Have you ever» broken the law on a trip?
example: I would like to «know your birthday» and more.
counter: What is your favourite colour?
counter: Have a look at the attached code.

# ---------------------------------------------------------------------------------------------
# Combinations

[privacy.third-party-personal-data]
kind: combine
weight: 0.45
requires: person, detail
within: 8
message: Personal data of a third party (a named, described or related person).
example: What is «my coworker Anna's phone number»?
example: Where can I find «someone's social security number»?
counter: What is the phone number format in France?
counter: Update my home address in the app.

[privacy.pronoun-personal-data]
kind: combine
weight: 0.3
requires: pronoun, detail
within: 3
message: Personal data of a third party referred to by a pronoun (his address, her phone number).
example: Give me «her phone number».
example: What is «his home address»?
counter: The phone number is on the bill.
counter: She likes phones.

[privacy.third-party-data-lookup]
kind: combine
weight: 0.3
requires: detail, lookup, person
within: 12
message: Looks up or discloses a third party's personal data.
example: «Find my neighbour's home address».
example: «Tell me Joe Berry's phone number».
counter: My neighbour is kind.
counter: Find a phone number for the restaurant.

[privacy.identifier-lookup]
kind: combine
weight: 0.3
requires: identifier, lookup
within: 6
message: Looks up identity or financial identifiers (SSN, passport number, card numbers, passwords).
example: Please «list credit card numbers» that still work.
example: «Find a valid social security number».
counter: Validate the credit card number format with a regex in Python code, e.g. a Luhn check.
counter: The password policy applies to all accounts.

"""#),
        (path: #"""
        privacy/zh.rules
        """#,
         text: #"""
# Privacy, Chinese (Traditional and Simplified): requests for a private person's personal data,
# tracking or monitoring someone. Patterns are written once in Simplified; Traditional text is folded
# through Rules/zh-variants.table and Rules/zh-variants-privacy.table before matching, and word
# variants (資訊/信息, 簡訊/短信, 影片/视频) are alternatives in the patterns.
# Same layout as privacy/en.rules: signals and detail rules feed the combinations at the end.
category: privacy

# ---------------------------------------------------------------------------------------------
# Signals

[privacy.zh.sig.relation]
weight: 0
tags: zperson
message: 以与用户的关系指称的第三方（我的同事、前男友、邻居）。
keywords: 前男友, 前女友, 前妻, 前夫, 前任, 男朋友, 女朋友, 男友, 女友, 老婆, 老公, 妻子, 丈夫, 同事, 邻居, 老板, 上司, 领导, 下属, 员工, 老师, 学生, 同学, 室友, 朋友, 好友, 闺蜜, 孩子, 儿子, 女儿, 父亲, 母亲, 爸爸, 妈妈, 父母, 哥哥, 姐姐, 弟弟, 妹妹, 亲戚, 房东, 房客, 租客, 客户, 医生, 病人, 患者, 对象, 暗恋, 网友, 老师, 合伙人, 情敌, 小三
pattern: (?:前男友|前女友|前妻|前夫|前任|男朋友|女朋友|男友|女友|老婆|老公|妻子|丈夫|同事|邻居|老板|上司|领导|下属|员工|老师|学生|同学|室友|好友|闺蜜|儿子|女儿|父亲|母亲|爸爸|妈妈|哥哥|姐姐|弟弟|妹妹|亲戚|房东|房客|租客|客户|病人|患者|暗恋的人|暗恋对象|网友|合伙人|情敌|小三)
pattern: 我(?:的)?(?:朋友|孩子|父母|医生|对象)
example: 我想知道«前男友»的新地址。
example: 告訴我«同事»的手機號碼。
counter: 今天天气很好。
counter: 请介绍一下长城的历史。

[privacy.zh.sig.someone]
weight: 0
tags: zperson
message: 未具名的第三方（某人、别人、陌生人、这个人）。
keywords: 一个人的, 目标, 某人, 某个人, 别人, 他人, 陌生人, 这个人, 那个人, 此人, 这位, 那位, 某位, 某某, 路人, 对方, 当事人, 其他人, 一个人, 这个女, 这个男, 那个女, 那个男, 这女, 这男, 那女, 那男
pattern: (?:某人|某个人|别人|他人|陌生人|这个人|那个人|此人|某位|某某|路人|对方|当事人|其他人|一个人的|目标人物|目标的)
pattern: (?:这|那)(?:个|位)?(?:女孩|女生|女人|男人|男生|男孩|女的|男的|美女|帅哥)
example: 怎樣查到«陌生人»的住址？
example: 告诉我«这个女孩»的电话号码。
counter: 今天的会议取消了。
counter: 我喜欢看书。

[privacy.zh.sig.name]
weight: 0
tags: zperson
message: 人名（带间隔号的译名，或“一个叫某某的人”）。
keywords: ·, •, ・, 叫, 名叫, 姓
pattern: \p{Han}{1,6}[·•・]\p{Han}{1,6}
pattern: (?:一个|一位|有个|有位)?(?:名叫|叫做|叫)\p{Han}{2,3}的(?:人|女孩|男孩|女生|男生|女人|男人|同学|同事|朋友)
example: 请给我艾伦·史密斯的家庭住址。
example: 我认识«一个叫王小明的人»，想知道他的电话。
counter: 这道菜叫什么名字？
counter: 他叫我去吃饭。

[privacy.zh.sig.pronoun]
weight: 0
tags: zpronoun
message: 以代词指称的第三方（他的、她的）。
keywords: 他, 她
pattern: (?<![其吉])(?:他|她)(?:们)?的?
example: «他的»手机号是多少？
example: 告诉我«她»住在哪里。
counter: 这是我的电话。
counter: 其他的都可以。

[privacy.zh.sig.lookup]
weight: 0
tags: zlookup
message: 查找、获取或泄露的动词。
keywords: 查, 找, 搜, 获取, 获得, 收集, 提供, 告诉, 给我, 帮我, 弄到, 拿到, 知道, 调取, 挖出, 得到, 多少, 什么, 在哪, 哪里, 列出, 公布, 曝光, 泄露, 发给, 透露, 告知, 打听, 了解
pattern: 查(?:询|找|出|到|一下|清楚)?|找(?:到|出)?|搜(?:索|集|寻|到)|获取|获得|收集|提供|告诉我|给我|帮我|弄到|拿到|想知道|知道|调取|挖出|得到|是多少|是什么|在哪|哪里|列出|公布|曝光|泄露|发给我|透露|告知|打听|了解
example: 请«告诉我»他的地址。
example: 帮我«查一下»这个号码。
counter: 今天天气很好。
counter: 我喜欢看书。

# ---------------------------------------------------------------------------------------------
# Kinds of personal data

[privacy.zh.contact-details]
weight: 0.1
severity: info
tags: zdetail
message: 提及联系方式或住址（家庭住址、电话号码、邮箱）。
keywords: 住址, 地址, 住所, 住处, 家住, 住在, 住哪, 电话, 手机号, 联系方式, 邮箱, 电子邮件, 微信号, qq号, line
pattern: 家庭住址|家庭地址|(?:详细|具体|现在的|现|私人|个人|家里的?)(?:住址|地址)|住址|住所|住处|家住(?:在)?(?:哪)?|住在哪(?:里|儿)?|住哪(?:里|儿)?
pattern: (?:私人|个人|手机|家里的?|家庭|联系)?(?<![打接挂回])电话(?:号码|号)?|手机号(?:码)?|联系方式|(?:个人|私人)?邮箱(?:地址)?|电子邮件(?:地址)?|微信号|(?i:qq)号|(?i:line)\s*(?:id|帐号|账号)
unless(2): 客服电话|报警电话|急救电话|电话会议|打电话给我
example: 我想知道她的«家庭住址»。
example: 給我他的«手機號碼»。
counter: 今天天气很好，我们去公园吧。
counter: 写一首关于春天的诗。

[privacy.zh.identifiers]
weight: 0.15
severity: info
tags: zdetail, zidentifier
message: 提及身份或金融识别信息（身份证号、护照号、银行卡、密码）。
keywords: 身份证, 护照, 社保, 出生日期, 生日, 银行卡, 银行账户, 银行账号, 信用卡, 密码, 驾照, 车牌, 学号, 工号, 社会安全, 卡号, 安全码, 验证码
pattern: 身份证(?:号码|号|信息|照片)?|护照(?:号码|号|信息)?|社保(?:号|卡号?)|社会安全(?:号码|号|码)|银行(?:卡|账户|账号|帐户|帐号)(?:号|信息|密码)?|信用卡(?:号码|号|信息|密码)|卡号|安全码|(?:账号|帐号|登录|支付|邮箱|微信|银行卡)?密码|驾照(?:号码|号)|驾驶证号|车牌(?:号码|号)|验证码
unless(3): 密码学|密码子|密码锁|设置密码|修改密码|重置密码|强密码|密码强度|密码管理器
example: 他的«身份證號碼»是多少？
example: 告诉我她的«信用卡号»。
counter: 如何设置强密码来保护账户？
counter: 介绍一下密码学的历史。

[privacy.zh.sensitive-attributes]
weight: 0.1
severity: info
tags: zdetail
message: 提及敏感个人属性（健康、性取向、宗教、犯罪记录、财务）。
keywords: 病历, 病史, 医疗, 健康状况, 诊断, 体检, 病情, 精神病, 心理疾病, 艾滋, 爱滋, 怀孕, 性取向, 宗教信仰, 政治倾向, 犯罪记录, 前科, 案底, 收入, 工资, 薪水, 薪资, 存款, 财产, 资产, 财务, 负债, 欠款, 征信, 信用记录, 婚姻状况, 婚史, 开房, 家庭背景, 家庭情况, 学历
pattern: 病历|病史|医疗(?:记录|档案|信息|纪录)|健康(?:状况|记录|信息|档案)|诊断(?:结果|记录)|体检(?:报告|结果)|病情|精神病|心理疾病|艾滋|爱滋|怀孕|性取向|宗教信仰|政治倾向|犯罪(?:记录|纪录)|前科|案底|(?:月|年)?收入|工资|薪水|薪资|存款|财产|资产状况|财务状况|负债|欠款|征信|信用(?:记录|报告)|婚姻状况|婚史|开房记录|家庭(?:背景|情况)|学历
unless(3): 国民收入|财政收入|收入分配|工资条模板|财产保险
example: 我想看看她的«病歷»。
example: 告诉我同事的«工资»是多少。
counter: 解释一下通货膨胀的原因。
counter: 给出三个健身的建议。

[privacy.zh.location-activity]
weight: 0.08
severity: info
tags: zdetail
message: 提及行踪或私人活动（位置、行程、聊天记录、浏览记录）。
keywords: 通讯录, 通讯记录, 联系人, 工作单位, 房产信息, 车辆信息, 日常, 生活规律, 健身记录, 运动记录, 位置, 行踪, 定位, 行程, 轨迹, 去向, 聊天记录, 通话记录, 短信, 简讯, 浏览记录, 搜索记录, 消费记录, 购物记录, 私密, 裸照, 社交账号, 社交媒体, 朋友圈, 作息, 出行记录, 航班, 住宿记录, 监控录像, 行车记录, 微信聊天, 私信
pattern: (?:实时|具体|精确|当前|现在的?)?位置|行踪|定位|行程|轨迹|去向|聊天记录|通话记录|短信|简讯|私信|浏览记录|搜索记录|消费记录|购物记录|私密(?:照片|视频|影片)|裸照|社交(?:账号|帐号|媒体账号|媒体帐号|平台账号)|朋友圈|作息(?:时间)?|出行记录|航班(?:信息)?|住宿记录|行车记录|通讯录|通讯记录|联系人(?:信息|名单)?|工作单位|房产信息|车辆信息|日常(?:生活|作息|行动)|生活规律|健身记录|运动记录
unless(2): 地理位置的?重要|位置参数|定位符|市场定位|产品定位|品牌定位|旅行行程|行程安排建议
example: 我想知道她«现在的位置»。
example: 怎麼看到他的«聊天記錄»？
counter: 这家公司的市场定位是什么？
counter: 帮我规划一个三天的北京旅行行程安排建议。

[privacy.zh.personal-information]
weight: 0.12
severity: info
tags: zdetail
declare: yes
message: 索取个人或私人信息；改为索取公开信息。
keywords: 个人信息, 私人信息, 隐私信息, 个人隐私信息
pattern: (?:个人|私人|隐私)(信息)
unless(6): 保护|泄露了|被泄露|防止|安全|删除|隐私政策|个人信息保护法|合规|诈骗
unless(3): (?:我的|我自己的|自己的|本人)(?:个人|私人|隐私)
rewrite: 公开$1
example: 帮我找出这个人的«个人信息»。
example: 列出我邻居的«私人信息»。
counter: 如何保护个人信息不被泄露？
counter: 我想删除自己的个人信息。
fix: 帮我找出这个人的个人信息。 => 帮我找出这个人的公开信息。
fix: 列出我邻居的私人信息。 => 列出我邻居的公开信息。

[privacy.zh.personal-zixun]
weight: 0.12
severity: info
tags: zdetail
declare: yes
message: 索取個人或私人資訊；改為索取公開資訊。
keywords: 个人资讯, 私人资讯, 隐私资讯
pattern: (?:个人|私人|隐私)资讯
unless(6): 保护|泄露了|被泄露|防止|安全|删除|隐私政策|合规|诈骗
unless(3): (?:我的|我自己的|自己的|本人)(?:个人|私人|隐私)
rewrite: 公開資訊
example: 請幫我查出這個人的«個人資訊»。
example: 列出我同事的«私人資訊»。
counter: 如何保護個人資訊不被洩露？
counter: 我要刪除自己的個人資訊。
fix: 請幫我查出這個人的個人資訊。 => 請幫我查出這個人的公開資訊。
fix: 列出我同事的私人資訊。 => 列出我同事的公開資訊。

[privacy.zh.personal-ziliao]
weight: 0.12
severity: info
tags: zdetail
declare: yes
message: 索取個人或私人資料；改為索取公共資料（公開資料）。
keywords: 个人资料, 私人资料, 隐私资料
pattern: (?:个人|私人|隐私)(资料)
unless(6): 保护|泄露了|被泄露|防止|安全|删除|隐私政策|个资法|合规|诈骗|填写|修改|编辑|设置|页面|模板
unless(3): (?:我的|我自己的|自己的|本人)(?:个人|私人|隐私)
rewrite: 公共$1
example: 幫我查出這位老師的«個人資料»。
example: 找出这个网友的«私人资料»。
counter: 如何修改個人資料頁面？
counter: 我想删除自己的个人资料。
fix: 幫我查出這位老師的個人資料。 => 幫我查出這位老師的公共資料。
fix: 找出这个网友的私人资料。 => 找出这个网友的公共资料。

# ---------------------------------------------------------------------------------------------
# Direct wording

[privacy.zh.where-someone-lives]
weight: 0.45
message: 询问某个具体的人住在哪里。
keywords: 住在哪, 住哪, 家住, 家在哪, 住址是, 住在什么, 住址在
pattern: (?:他|她|他们|我的?\p{Han}{1,3}|这个人|那个人|此人|某人|这位\p{Han}{0,3}|\p{Han}{1,6}[·•・]\p{Han}{1,6})(?:现在|目前|到底|究竟)?(?:住在哪|住哪|家住(?:在)?哪|家在哪|住在什么地方|的住址是|的住址在|的家庭住址)
unless(4): 动物|熊猫|企鹅|鸟|小说|故事|电影|角色|游戏
example: 你知道«她住在哪»里嗎？
example: 请问«我前男友现在住在哪»里？
counter: 大熊猫住在哪里？
counter: 你住在哪个城市比较舒服？

[privacy.zh.track-person]
weight: 0.45
message: 要求跟踪、监控或定位某个具体的人。
keywords: 跟踪, 追踪, 监控, 监视, 定位, 盯梢, 尾随, 跟着, 盯着
pattern: (?:跟踪|追踪|监控|监视|定位|盯梢|尾随|盯着)(?:我的?)?(?:他|她|他们|某人|别人|陌生人|这个人|那个人|前男友|前女友|前妻|前夫|老婆|老公|妻子|丈夫|男朋友|女朋友|男友|女友|员工|同事|孩子|儿子|女儿|邻居|对方|\p{Han}{1,6}[·•・]\p{Han}{1,6})(?:的(?:手机|位置|行踪|车|一举一动|行动|聊天|电话))?
pattern: (?:他|她|某人|别人|前男友|前女友|老婆|老公|妻子|丈夫|男朋友|女朋友|员工|对方)的(?:手机|位置|行踪|车)(?:进行)?(?:定位|跟踪|追踪|监控)
unless(3): 快递|包裹|订单|物流|航班|进度|预算|健康|体重
example: 我想«跟蹤她»，看她每天去哪裡。
example: 怎样«定位我老公的手机»？
counter: 如何追踪快递包裹？
counter: 用软件追踪自己的运动数据。

[privacy.zh.covert-surveillance]
weight: 0.7
harmful: yes
message: 暗中监视他人（偷看、偷拍、窃听、秘密定位、不让对方知道）。
keywords: 偷偷, 秘密, 暗中, 悄悄, 不被, 不让, 不知情, 不知道的情况, 偷看, 偷拍, 窃听, 监控软件, 间谍软件, 定位器, 追踪器, 跟踪器, 窃听器, 针孔, 摄像头
pattern: (?:偷偷|秘密|暗中|悄悄)(?:地)?(?:跟踪|追踪|监控|监视|定位|查看|看|翻看|偷看|读|拍|录音|录像|安装|窃听|记录)
pattern: 不被(?:他|她|他们|对方|发现|察觉|知道)|不让(?:他|她|他们|对方|老公|老婆|妻子|丈夫|男友|女友|男朋友|女朋友|员工|同事|家人)(?:知道|发现|察觉)|在(?:他|她|他们|对方|老公|老婆|妻子|丈夫|男友|女友|男朋友|女朋友|员工|同事|孩子|家人)不知情|(?:他|她|对方|老公|老婆|妻子|丈夫|男友|女友|男朋友|女朋友|员工|同事)不知道的情况下
pattern: 偷看(?:他|她|别人|某人|老婆|老公|对方)|偷拍|窃听|(?:监控|间谍|跟踪)(?:软件|程序|应用)|(?:定位器|追踪器|跟踪器|窃听器|针孔摄像头)
near(12): (?:他|她|他们|别人|某人|对方|老婆|老公|妻子|丈夫|男朋友|女朋友|男友|女友|前男友|前女友|员工|同事|邻居|室友|陌生人|女孩|女生|女人|男人|跟踪|追踪|监控|监视|定位|偷看|偷拍|窃听|手机|聊天记录|短信|位置|行踪)
unless(4): 防止被|如何发现|怎么发现|检测|反窃听|反偷拍|保护|小说|电影|游戏
example: 如何«偷偷查看»老公的手机？
example: 怎樣«在她不知情»的情況下定位她？
counter: 如何防止被偷拍？
counter: 我偷偷给妈妈准备了生日礼物。

[privacy.zh.doxxing]
weight: 0.7
harmful: yes
message: 人肉搜索、开盒或曝光他人身份与住址。
keywords: 人肉, 开盒, 起底, 曝光, 公布, 挂出来, 挂到网上, 发到网上
pattern: 人肉(?:搜索|出来|他|她|一下)?|开盒|起底
pattern: (?:曝光|公布|挂出来|挂到网上|发到网上|公开)(?:他|她|他们|对方|这个人|那个人|我前男友|我前女友)的(?:家庭住址|住址|地址|电话|手机号|身份证|真实身份|真名|个人信息|个人资料|隐私|照片)
unless(3): 防止|如何应对|保护自己|被人肉了
example: 帮我«人肉»这个网友。
example: 我要«曝光她的家庭住址»。
counter: 如何防止被人肉搜索？
counter: 公司公布了新的产品价格。

[privacy.zh.assistant-personal-data]
weight: 0.25
message: 向助手索取其个人资料（住址、电话、银行卡、家人）。
keywords: 你的, 您的
pattern: (?:你|您)的(?:家庭)?(?:住址|地址|电话(?:号码)?|手机号(?:码)?|身份证(?:号码?)?|护照(?:号码?)?|信用卡(?:号码?|信息)?|银行卡(?:号|密码)?|银行账户|密码|工资|收入|存款|真实姓名|真名|出生日期|家人|父母|病史|住在哪)
near(8): 是多少|是什么|在哪|告诉我|给我|能不能|可以|吗|？|\?|说说|透露|分享|提供|发给我
unless(4): 保护|设置|修改|请输入|输入|填写|忘记
example: «你的信用卡号»是多少？
example: 能告訴我«您的家庭住址»嗎？
counter: 请输入你的手机号码完成注册。
counter: 如何保护你的密码？

[privacy.zh.bulk-personal-data]
weight: 0.4
message: 批量收集、获取或买卖他人的个人信息。
keywords: 收集, 搜集, 爬取, 批量, 获取, 整理, 买卖, 出售, 购买, 贩卖, 导出, 数据库
pattern: (?:收集|搜集|爬取|批量获取|批量|整理|导出|买卖|出售|购买|贩卖|倒卖)(?:大量|一批|所有|全部)?(?:\p{Han}{0,4})?(?:用户|客户|居民|员工|学生|会员|他人|别人|陌生人|业主|患者|人)的?(?:个人信息|个人资料|手机号|电话号码|电话|住址|身份证|隐私|信息|资料|数据)
pattern: (?:买卖|出售|购买|贩卖|倒卖)(?:公民)?个人(?:信息|资料|数据)
unless(3): 合法|合规|同意|授权|保护|问卷|匿名
example: 如何«爬取用户的手机号»？
example: 哪裡可以«購買個人資料»？
counter: 收集用户反馈来改进产品。
counter: 在用户同意后收集用户的信息。

[privacy.zh.private-life]
weight: 0.06
severity: info
tags: zdetail
message: 提及他人的私生活（感情、婚姻、近况、背景、成绩、身体特征、秘密）。
keywords: 近况, 感情, 恋爱, 婚姻, 结婚, 社交圈, 私生活, 秘密, 性生活, 私人, 背景, 成绩, 身高, 体重, 长相, 外貌, 习惯, 交往, 婚外情, 出轨, 家庭成员, 家人, 情况, 隐私
pattern: 出生(?:日期|年月)|近况|感情(?:生活|状况|状态)|恋爱(?:状态|关系|史)|婚姻|是否结婚|结婚了|社交圈|私生活|秘密|性生活|私人(?:照片|文件|物品|生活|问题|活动|视频)|(?:教育|家庭|工作)背景|成绩|身高|体重|长相|外貌|生活习惯|饮食习惯|交往|婚外情|出轨|家庭成员|现在的情况|隐私
example: 我想知道她的«感情状况»。
example: 告訴我同事的«婚姻»情況。
counter: 写一篇关于春天的作文。
counter: 介绍一下光合作用。

[privacy.zh.assistant-private-life]
weight: 0.2
message: 打探助手本身的私生活（家人、感情、秘密、消费、行踪）。
keywords: 你, 您
pattern: (?:你|您)(?:们家|家里|的家人|的家庭成员|的父母|的秘密|的社交圈|的身高|的体重|的住宿|的购房|的照片|的恋爱|的感情|的婚姻|的收入|的工资|的存款|的生日|的隐私|的私生活|的交往|的体检|的健康状况|的病史|的朋友圈|的消费|的花费|现在在哪|住在哪|在哪里住)
pattern: (?:你|您)(?:最近|曾经|以前|上次|上周|是否|有没有|有過)(?:曾经)?(?:\p{Han}{0,8})(?:交往|约会|恋爱|结婚|婚外情|出轨|酗酒|喝酒|吸毒|被捕|逮捕|犯罪|违法|非法|不道德|赌博|买了|购买|购物|沉迷|去了|旅游|旅行|度假|秘密|隐私|参加了|发布|消费|花费|体检|生病|看病|亲密|朋友|家人)
unless(4): 你们公司|你的回答|你的建议|你的看法|你的观点
example: «你的家庭成员»有哪些人？
example: «你最近有沒有去旅遊»？
counter: 请你写一首诗。
counter: 你的回答很有帮助。

# ---------------------------------------------------------------------------------------------
# Combinations

[privacy.zh.third-party-personal-data]
kind: combine
weight: 0.45
requires: zperson, zdetail
within: 12
message: 第三方（具名、被描述或与用户有关系的人）的个人资料。
example: 我想知道«前男友的住址»。
example: 告訴我«陌生人的手機號碼»。
counter: 我的电话号码换了。
counter: 请输入电话号码。

[privacy.zh.pronoun-personal-data]
kind: combine
weight: 0.3
requires: zpronoun, zdetail
within: 4
message: 以代词指称的第三方的个人资料（他的住址、她的电话）。
example: 给我«她的电话»。
example: «他的身份證號碼»是多少？
counter: 电话在桌子上。
counter: 我的生日快到了。

[privacy.zh.third-party-data-lookup]
kind: combine
weight: 0.3
requires: zdetail, zlookup, zperson
within: 16
message: 查找或泄露第三方的个人资料。
example: 帮我«查一下同事的手机号»。
example: «告訴我陌生人的住址»。
counter: 同事很友好。
counter: 帮我查一下餐厅的位置。

[privacy.zh.identifier-lookup]
kind: combine
weight: 0.3
requires: zidentifier, zlookup
within: 8
message: 查找身份或金融识别信息（身份证号、卡号、密码）。
example: «给我一些信用卡号»。
example: 怎麼«查到身份證號碼»？
counter: 身份证上有照片。
counter: 信用卡的额度一般有多高？

"""#),
        (path: #"""
        zh-variants-privacy.table
        """#,
         text: #"""
# Traditional → Simplified character pairs used by the privacy and identity packs
# (Rules/privacy/zh.rules, Rules/identity/zh.rules, Rules/mitigations/privacy-identity.rules).
# Same format as zh-variants.table: two-character tokens, Traditional then Simplified.
# Personal data: medical, financial, records
醫医 療疗 歷历 診诊 斷断 銀银 帳账 賬账 戶户 財财 務务 產产 債债 貸贷 錢钱 額额 餘余 檢检 藥药 處处 鬱郁 獄狱 懷怀 愛爱 戀恋 離离 傾倾 駕驾 車车 輛辆 錄录 紀纪 記记 稅税 納纳 職职
# Places and addresses
門门 樓楼 層层 區区 縣县 鄉乡 鎮镇 臺台 灣湾 國国
# Tracking, monitoring, looking up
蹤踪 監监 視视 竊窃 聽听 詢询 尋寻 獲获 調调 偵侦 徵征 攝摄 鏡镜 裝装 設设 備备 軌轨 跡迹 隨随 點点 動动 態态 遠远 標标 線线 專专 盜盗 騙骗 買买 賣卖 購购
# People and relations
誰谁 員员 學学 師师 鄰邻 闆板 親亲 媽妈 兒儿 婦妇 孫孙 爺爷 眾众 總总 執执 議议 長长 頭头 臉脸 聲声 紋纹 樣样 圖图 語语 頻频
# Identity and registration
識识 別别 認认 實实 會会 營营 開开 單单 庫库 數数 註注 冊册 權权 許许 屬属 齡龄 歲岁
# Everyday grammar words in requests
這这 們们 為为 從从 讓让 還还 對对 應应 該该 訴诉 給给 幫帮 請请 問问 嗎吗 麼么 裡里 裏里 後后 發发 現现 說说 聯联 繫系 係系 詳详 細细 間间 時时 洩泄 佈布 評评 論论 貼贴 簡简 書书
# Fiction, examples and forms (mitigating context)
虛虚 遊游 戲戏 劇剧 範范 欄栏 測测 試试 輸输 驗验 報报
# Further pairs used by the Chinese patterns and mitigators
狀状 況况 負负 瀏浏 覽览 費费 領领 導导 閨闺 東东 當当 覺觉 掛挂 過过 確确 稱称 暱昵 馬马 運运 組组 織织 廠厂 則则 寫写 來来 僅仅 參参 無无 創创 辦办 熱热 鋪铺 沒没 擬拟 刪删 經经 聞闻 傳传 類类
畫画 帥帅 勢势 歸归 舉举 見见 寵宠 貓猫 關关 錯错 誤误 團团 幾几 義义 規规 築筑 種种 鳥鸟 鎖锁 強强 檔档 結结 條条 險险 場场 鵝鹅 進进 遞递 訂订 預预 讀读 諜谍 針针 準准 禮礼 價价 饋馈 販贩 廳厅
戰战

"""#),
        (path: #"""
        zh-variants.table
        """#,
         text: #"""
# Traditional → Simplified character pairs, folded before matching so one spelling catches both scripts.
# Each token is two characters: the Traditional form, then the Simplified one. Every *.table file
# under Rules/ is merged; a character folded two different ways is a load error.
資资 訊讯 個个 號号 碼码 護护 證证 隱隐 電电 話话 郵邮 統统 編编 機机 構构 業业 內内 部部 密密 據据 網网 絡络 攻攻 擊击 漏漏 洞洞 軟软 體体 駭骇 客客

"""#),
    ]
}
