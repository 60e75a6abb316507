# Ukuk — веб-тиркеменин тексттери (кыргызча).
# Эсептөөнүн коддору (жөлөкпулдар, эрежелер, документтер, каталар) engine.ftl файлында.

app-title = Ukuk
app-page-title = Ukuk — үй-бүлөңүз кайсы мамлекеттик жөлөкпулдарды ала алат?
app-tagline = Үй-бүлөңүз кайсы мамлекеттик жөлөкпулдарды ала алат? Бир нече суроого жооп бериңиз — жыйынтык ошол замат өзгөрөт.
app-lang-name = Кыргызча
# The languages by their own names (on the buttons, before a language is loaded).
app-lang-ky = Кыргызча
app-lang-ru = Русский
app-lang-en = English
app-language = Тил

## Купуялык.

app-privacy = Баары ушул түзмөктө эсептелет. Эч нерсе эч жакка жөнөтүлбөйт жана өзүңүз сурамайынча сакталбайт.
# The first screen, while the calculator itself is still arriving (a slow connection).
app-loading = Эсептегич жүктөлүп жатат. Байланыш жай болсо, бир нече секунд кетиши мүмкүн; ага чейин туулган күнүн жаза бериңиз.
app-remember = Жоопторумду ушул түзмөктө сакта
app-forget = Баарын өчүрүү

## Суроолор.

app-questions = Үй-бүлө тууралуу суроолор
app-members = Үй-бүлөдө кимдер жашайт
app-members-note = Чогуу жашап, чарбаны бирге жүргүзгөндөрдүн баарын кошуңуз: ата-эне, балдар, чоң ата, чоң эне.
app-member-default = { $n }-адам
app-age = { $age } жашта
app-add-member = + Адам кошуу
app-remove = Өчүрүү
app-remove-named = Өчүрүү: { $what }
app-member-name = Аты (милдеттүү эмес)
app-member-name-note = Адамдарды айырмалоо үчүн гана. Ушул түзмөктөн чыкпайт.
app-birth-date = Туулган күнү
app-sex = Жынысы
app-sex-female = Аял
app-sex-male = Эркек
app-status = Жарандыгы
app-country = Кайсы өлкөнүн жараны
app-country-other = Башка өлкө
app-country-code = Өлкөнүн коду (эки тамга)
app-country-code-note = Мисалы, KG, RU, TR.
app-choose = — тандаңыз —
app-residence-permit = Кыргыз Республикасында жашоого уруксаты бар
app-disabled = Ден соолугунун мүмкүнчүлүгү чектелген (майыптыгы бар)
app-disability-group = Майыптык тайпасы
app-group-1 = 1-тайпа
app-group-2 = 2-тайпа
app-group-3 = 3-тайпа
app-since-childhood = Бала чагынан
app-hiv = ВИЧ менен жашайт
app-mother-hiv = Энеси ВИЧ менен жашайт
app-orphan = Жетимдик
app-orphan-none = Жетим эмес
app-orphan-full = Тоголок жетим (ата-энесинин экөө тең каза болгон)
app-orphan-lost_breadwinner = Баккан адамын жоготкон
app-orphan-parents_unknown = Ата-энесинин экөө тең белгисиз
app-hero-mother = Баатыр эне
app-pension-right = Пенсияга укугу бар
app-pension-right-note = Социалдык фонддун ар кандай пенсиясы (жашы, майыптыгы же баккан адамын жоготкону боюнча) — алып жатса же алууга укугу болсо.
app-mother-residence-years = Эне бул жерде канча жыл жашайт
app-mother-residence-years-note = «Бала береке» үчүн: кичүү балдардын энеси бул бийик тоолуу же алыскы аймакта жашаган толук жылдар.
app-birth-order = Бул энесинин канчанчы баласы?
app-birth-order-note = Биринчиси — 1. Энесинин башка жерде жашаган балдарын да санаңыз; бош калтырсаңыз, бул жерде көрсөтүлгөн балдар гана саналат.
app-officer = Укук коргоо органдарынын кызматкерлери
app-officer-open = Үй-бүлөдө кызматта каза болгон, майып болгон же жаракат алган укук коргоо органынын кызматкери бар (же болгон)
app-officer-event = Эмне болду
app-officer-event-death = Кызматта (же андан кийинки бир жылдын ичинде) каза болду
app-officer-event-disability = Майып болуп, кызматты улантууга мүмкүнчүлүгү жок
app-officer-event-group_raised = Майыптык тобу жогорулатылды
app-officer-event-death_after_disability = Майыптык белгиленгенден кийин каза болду
app-officer-event-injury = Кызматтык милдетин аткарууда жаракат алып, кызматын улантууда
app-officer-event-date = Учурдун датасы
app-officer-left = Кызматтын акыркы күнү
app-officer-left-note = Кызматкер кызматта болсо, бош калтырыңыз.
app-officer-cause = Учур кызмат мезгилиндеги зыяндын же оорунун кесепетинен болдубу?
app-officer-pay = Акыркы кызмат орду боюнча акчалай үлүш
app-officer-pay-note = Органдын маалымкатындагыдай толук айлык акчалай үлүш.
app-officer-salary = Кызмат орду жана наамы боюнча кызматтык маяна
app-officer-salary-note = Толук акчалай үлүш эмес, кызмат орду жана наамы боюнча маяна гана.
app-officer-severity = Жаракаттын оордугу (медициналык мекеменин корутундусу боюнча)
app-officer-severity-severe = Оор
app-officer-severity-moderate = Орточо
app-officer-severity-light = Жеңил
app-officer-group = Майыптык тобу
app-officer-previous-group = Жогорулатылганга чейинки топ
app-officer-exclusions = Учурга булардын бири тиешелүүбү?
app-answer-yes = Ооба
app-answer-no = Жок
app-birth-applicant-role = Арыз ээси —
app-birth-lives-apart = Арыз ээси бала менен жашабайт
app-unemployment-continuous = Бул айлардын 12си үзгүлтүксүз, катары менен болгонбу?
app-full-state-support = Толук мамлекеттик камсыздоодо (мисалы, мамлекеттик балдар үйүндө жашайт)
app-income = Айлык киреше
app-income-given = { $count } сумма
app-income-note = Бир айлык суммалар, сом менен. 3000 же 3 000,50 деп жазсаңыз болот.
app-income-counted = «Үй-бүлөгө көмөк» үчүн эсептелет
app-income-not-counted = «Үй-бүлөгө көмөк» үчүн эсептелбейт

app-assets = Мүлк
app-vehicles = Унаалар
app-vehicles-note = Үй-бүлөнүн жеңил жана жүк ташуучу унаалары, микроавтобустары, тракторлору жана комбайндары.
app-vehicle-kind = Түрү
app-vehicle-year = Чыгарылган жылы
app-vehicle-working = Жүрүп турат (жарактуу)
app-add-vehicle = + Унаа кошуу
app-livestock = Мал
app-livestock-note = Үй-бүлө ар бир түрдөн канча баш мал кармайт.
app-animal-rate = { $animal } (ар бири { $units } бирдик)
app-other-animal-kind = Жаныбар
app-other-animal-name = Кайсы жаныбар
app-count = Канча
app-add-other-animal = + Башка жаныбар
app-animal-camel = төө
app-animal-yak = топоз
app-animal-donkey = эшек
app-animal-pig = чочко
app-animal-poultry = үй канаттуулары
app-animal-other_animal = башка жаныбар
app-livestock-line = { $units } майда мүйүздүү мал бирдиги (МММ), бир адамга { $per_member }; чеги — бир адамга { $limit }.
app-livestock-within = Чектен ашкан жок.
app-livestock-over = Чектен ашты.
app-livestock-unconverted = Которуу таблицасында жок: { $animals }. Аларды кантип эсептөөнү бөлүм чечет.
app-livestock-waiting = Жоопторда ката калбаганда мал бирдиктери көрсөтүлөт.

app-births = Баланын төрөлүшү
app-birth-applicant = Ким кайрылат
app-birth-application-date = Кайрылган күнү
app-birth-application-date-note = Азырынча кайрыла элек болсоңуз, бош калтырыңыз: акыркы мөөнөт көрсөтүлөт.

app-unemployment = Жумуш издөө
app-unemployment-open = Үй-бүлөдө бирөө жумушсуз катары каттоодо турат же катталгысы келет
app-unemployment-member = Ким
app-unemployment-registered = Жумушсуз катары катталган күнү
app-unemployment-registered-note = Бош калса, эсептөө күнү алынат.
app-unemployment-insured = Акыркы 3 жылдагы камсыздандыруу стажы (ай)
app-unemployment-insured-note = Акыркы 36 айдын ичинде Социалдык фондго төгүм төлөнгөн айлар.
app-unemployment-paid = Акыркы 3 жылда жумушсуздук боюнча жөлөкпул канча ай төлөндү
app-unemployment-severance = Бошотулгандан кийин орточо эмгек акы канчага чейин сакталат
app-unemployment-severance-note = Уюм жоюлганда же штат кыскарганда гана. Башка учурда бош калтырыңыз.
app-unemployment-first-time = Биринчи жолу жумуш издеп жатат
app-unemployment-long-break = Эки жылдан ашык тыныгуудан кийин жумушка кайтып жатат
app-unemployment-bars = Булардын бири туура келеби?
app-unemployment-bars-note = Бул адамга туура келгендердин баарын белгилеңиз.

app-place = Жер жана күн
app-region-coefficient = Райондук коэффициент
app-region-coefficient-note = Көпчүлүк жерде 1. Айрым бийик тоолуу жана алыскы конуштарда жогору — өзүңүздүкүн райондук социалдык өнүктүрүү башкармалыгынан билиңиз.
app-high-mountain = Үй-бүлө бийик тоолуу аймакта жашайт
app-eval-date = Эсептөө күнү
app-eval-date-note = Демейки боюнча бүгүн. Кеңешчи ошол күнү колдонулган эрежелерди көрүү үчүн башка күндү тандай алат.

## Киргизүүдөгү каталар.

app-hint-needed = Эсептөөгө кошуу үчүн толтуруңуз.
app-error-required = Бул суроого жооп бериңиз.
app-error-whole-number = «{ $value }» бүтүн сан эмес. Сан менен гана жазыңыз, мисалы 3.
app-errors-title = Бул жоопторду оңдоңуз
app-error-place-member = { $member }
app-error-place-birth = { $n }-төрөт
app-error-place-vehicle = { $n }-унаа
app-error-place-form = Суроолор

## Жыйынтык.

app-results = Жыйынтык
app-jump = Жыйынтыкты көрүү
app-jump-amount = Айына { $amount } — жыйынтыкты көрүү
app-jump-errors = Жоопторду оңдоо керек — тизмени көрүү
app-summary-monthly = Бардыгы айына: { $amount }.
app-summary-once = Бардыгы бир жолу: { $amount }.
app-summary-none = Бул жооптор боюнча үй-бүлө бул жөлөкпулдардын бирин да албайт. Эмне өзгөрсө ала алаарын төмөндөн караңыз.
app-warning-stale = Бул эрежелер расмий булактар менен акыркы жолу { $verified } салыштырылган. Андан бери суммалар жана шарттар өзгөргөн болушу мүмкүн: бул жыйынтыкка таянуудан мурун кызматтан тактап алыңыз.
app-warning-stale-which = Кайсы эрежелер
app-rules-date = { $date } күнү колдонулган эрежелер. Расмий булактар менен { $verified } чейин текшерилген.
app-amount-monthly = айына { $amount }
app-amount-once = бир жолу { $amount }
app-amount-unknown = Сумманы кызмат белгилейт
app-dates = Мөөнөтү: { $starts } — { $ends }
app-starts = Башталышы: { $starts }
app-due-on = Төлөнүүчү күнү: { $date }
app-per-member = { $member }: { $amount }
app-breadwinner-included = Анын ичинде баккан адамын жоготкону үчүн { $amount }.
app-other-categories = Анын ордуна тандаса болот: { $categories }
app-birth-line = Төрөлгөн күнү { $date } ({ $children } бала)
app-birth-deadline = Акыркы мөөнөт: { $deadline }.
app-why = Эмне үчүн
app-fix = Эмне өзгөрсө болот:
app-source = Укуктук булагы
app-source-grade = Булактын ишенимдүүлүгү: { $grade }.
app-schedule = Ай сайын
app-schedule-run = { $from } – { $until }: айына { $amount }
app-answer-unemployment = Жумуш издөө боюнча суроолорго жооп бериңиз
app-documents = Документтер жана кайда кайрылуу керек
app-where = Кайда:
app-benefit-verified = Бул эрежелер расмий булактар менен { $date } чейин текшерилген.
app-footer = Ukuk — чечим эмес, жардамчы: жөлөкпулду төлөгөн кызмат чечет. Социалдык кызматкерлер үчүн колдонмого (2020–2021) жана андан кийинки расмий өзгөртүүлөргө негизделген.

## 1994-жылкы балалуу үй-бүлөлөргө төлөмдөр тууралуу макулдашуунун өлкөлөрү.

app-country-RU = Россия
app-country-MD = Молдова
app-country-UZ = Өзбекстан
app-country-TJ = Тажикстан
app-country-KZ = Казакстан
app-country-AM = Армения
app-country-BY = Беларусь

## Ишенимдүү анкета: бош жооптор, кайтаруу, даталар.

app-member-to-fill = толтуруу керек
app-age-months = { $months } айлык
app-date-format = кк.аа.жжжж
app-births-none = Үй-бүлө мүчөлөрүнүн арасына жазылган бир жашка чейинки бала бул жерде көрүнөт — бала төрөлгөндө берилүүчү бир жолку төлөм үчүн. Эгиздер же үчөмдөр (бир туулган күн) — бир төрөт.
app-birth-title = { $date } төрөт: { $names }
app-calc-date-today = Бүгүнкү күнгө эсептелди, { $date }
app-calc-date-other = { $date } күнүнө эсептелди (бүгүнкү эмес)
app-calc-date-change = Күндү өзгөртүү
app-calc-date-reset = Бүгүнкү күнгө кайтуу
app-new-family = Жаңы үй-бүлө
app-forget-confirm = Бардык жоопторду өчүрөсүзбү: { $people } адам, киреше, мүлк жана бул түзмөктө сакталган көчүрмө?
app-forget-yes = Ооба, өчүрүү
app-forget-no = Жокко чыгаруу
app-undo = Кайтаруу
app-undo-member = Өчүрүлдү: { $member }.
app-undo-new-family = Жаңы үй-бүлө башталды.
app-undo-forget = Бардык жооптор өчүрүлдү, бул түзмөктө эч нерсе сакталган жок. Кийинки өзгөртүүгө чейин аларды кайтарса болот (алар ушул барактын эсинде гана).
app-summary-assumes = Суммалар жана мөөнөттөр { $date } кайрылсаңыз деп эсептелди.
app-headline = { $benefit }: { $amount }
app-headline-from = { $benefit }: { $from } баштап { $amount }
app-group-asking = Сиздин жообуңуз керек
app-group-refused = Бул жооптор боюнча берилбейт
app-unasked = { $benefit }: үй-бүлөдө кимдир бирөө жумуш издеп жатабы?
app-warnings-count = Эскертүүлөр ({ $count })
app-error-date = «{ $value }» — дата эмес. Күнүн, айын жана жылын жазыңыз: 01.05.1990.
app-error-amount = «{ $value }» — сумма эмес. 3000 же 3 000,50 деп жазсаңыз болот.
app-error-coefficient = «{ $value }» — коэффициент эмес. Сан жазыңыз, мисалы 1 же 1,15.
benefit-short-birth_payment = «Балага сүйүнчү»
benefit-short-family_assistance = «Үй-бүлөгө көмөк»
benefit-short-social_benefit = Социалдык жөлөкпул
benefit-short-unemployment_allowance = Жумушсуздук боюнча жөлөкпул
benefit-short-bala_yrysy = «Бала ырысы»
benefit-short-high_mountain_help = Бийик тоолуу аймакка көмөк
benefit-short-bala_bereke = «Бала береке»
benefit-short-officer_insurance = Кызматкердин камсыздандыруу суммасы
app-held = Бул жыйынтыктар жогорудагы жооптор оңдолгондо көрсөтүлөт:

## Иш: сактоо, ачуу, шилтеме, салыштыруу, басып чыгаруу.

app-case = Үй-бүлөнүн иши
app-save = Файлга сактоо
app-open = Файлды ачуу
app-share = Шилтеме менен бөлүшүү
app-share-warning = Бул шилтемеде үй-бүлөнүн жооптору бар (туулган күндөр, киреше, мүлк). Аны ишенген адамга гана бериңиз. Шилтеменин бул бөлүгү серверге жөнөтүлбөйт.
app-share-link = Шилтеме
app-compare = Башка вариант менен салыштыруу
app-print = Үй-бүлө үчүн басып чыгаруу
app-open-failed = Файл ачылган жок; анкета өзгөргөн жок.
app-open-not-json = Бул Ukuk сактаган үй-бүлө файлы эмес.
app-open-refused = Файлдагы ката: { $path } — { $message }
app-undo-opened = Файлдагы үй-бүлө ачылды.
app-compare-title = Эки вариантты салыштыруу
app-scenario-a = А варианты
app-scenario-b = Б варианты
app-compare-end = Салыштырууну жабуу
app-compare-editing-a = Анкетада азыр А варианты.
app-compare-editing-b = Анкетада азыр Б варианты: өзгөртүңүз да, айырманы көрүңүз.
app-compare-benefit = Жөлөкпул
app-compare-total = Бардыгы айына
app-print-title = Ukuk: үй-бүлө ала турган жөлөкпулдар

## Купуялык.

app-rules-link = Эрежелер жана алардын булактары
privacy-link = Купуялык
privacy-title = Ukuk жана сиздин маалыматыңыз
privacy-where = Эсептин баары ушул түзмөктө, браузердин ичинде жүрөт. Жооптор (туулган күндөр, киреше, ден соолук, мүлк) эч бир серверге жөнөтүлбөйт: барак сайттын өз файлдарынан башка эч нерсе жүктөбөйт.
privacy-stored = Өзүңүз «Жоопторумду ушул түзмөктө сакта» белгисин койбосоңуз, эч нерсе сакталбайт. Колдонмонун өз файлдары гана (жооптор эмес) интернетсиз ачылышы үчүн браузерде сакталат.
privacy-files = Файлга сактоо жана шилтеме менен бөлүшүү — сиз тандаганда гана. Шилтемеде үй-бүлөнүн жооптору бар; алар шилтеменин «#» белгисинен кийинки бөлүгүндө, ал бөлүк серверге жөнөтүлбөйт.
privacy-embed = Эсептегичти башка сайтка үч жол менен коюуга болот, ар биринде эсеп түзмөктө жүрөт. 1) Ошол сайттын барагындагы <ukuk-calculator> тэги: эсептегич ошол барактын ичинде иштейт, ошондуктан сайт сиз жазгандын баарын жана натыйжаны көрө алат; эсептегич анын сактагычына эч нерсе жазбайт. 2) Башка сайттагы iframe (embed.html): ал сайт жоопторду да, натыйжаны да көрө албайт, эсептегич ага өзүнүн бийиктигин гана айтат. 3) JavaScript API: жоопторду сайттын өз барагы берет жана көрөт.
privacy-forget = Унутуу: «Баарын өчүрүү» баскычы жоопторду жана сакталган көчүрмөнү өчүрөт (бир ирет сурап, бир аз убакытка кайтаруу мүмкүнчүлүгүн берет).
privacy-back = Эсептегичке кайтуу
