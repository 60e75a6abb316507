# Ukuk — буйрук сабынын тексттери (кыргызча).

## Буйрук сабы.

cli-help =
    ukuk — Кыргызстандагы үй-бүлө кайсы мамлекеттик жөлөкпулдарга укуктуу экенин эсептейт.

    Колдонуу:
      ukuk eval [ФАЙЛ|-]      JSON түрүндө жазылган бир үй-бүлөнү ФАЙЛдан (- же ФАЙЛ көрсөтүлбөсө,
                              стандарттык киргизүүдөн) окуп эсептейт жана жыйынтыкты JSON түрүндө чыгарат.
      ukuk rules [--date D]   D күнү (демейки: бүгүн) колдонулуп жаткан ар бир сумманы, чекти жана
                              куракты укуктук булагы менен кошо чыгарат.
      ukuk help [eval|rules]  Буйрукту түшүндүрөт.
      ukuk synth | batch | simulate  Аналитиктердин буйруктары: "ukuk help synth" ж.б. караңыз.

    Бардык буйруктар үчүн параметрлер:
      --lang ky|ru|en         Жардамдын жана билдирүүлөрдүн тили (демейки: LANG боюнча, болбосо кыргызча).
      --today ЖЖЖЖ-АА-КК      Бул күндү бүгүн деп эсептөө ("date" жок үй-бүлө ушул күнгө карата эсептелет).

    Чыгуу коду: 0 — жыйынтык чыгарылды; 2 — киргизилген маалыматта каталар бар (алар
    {"{"}"errors": [...]{"}"} түрүндө чыгарылат) же буйрук түшүнүксүз.
cli-help-eval =
    ukuk eval [ФАЙЛ|-] — бир үй-бүлөнү эсептөө.

    Үй-бүлөнү JSON түрүндө жазыңыз (документацияны караңыз: members, assets, births, unemployment), мисалы:
      {"{"} "date": "2020-06-15", "members": [{"{"} "id": "mother", "birth_date": "1990-05-01", "sex": "female" {"}"}] {"}"}
    андан кийин иштетиңиз:  ukuk eval household.json
    же:                     cat household.json | ukuk eval -

    Жыйынтыкта ар бир жөлөкпул көрсөтүлөт: анын абалы (eligible — укугу бар, not_eligible — укугу жок,
    needs_information — маалымат жетишсиз), өлчөмү, мөөнөттөрү, ал эми "reasons" бөлүгүндө — текшерилген
    ар бир эреже, салыштырылган сандар жана укуктук булагы менен. Киргизилген маалыматта ката болсо,
    эч нерсе эсептелбейт: ар бир ката JSON ичиндеги орду менен (мисалы, members[1].birth_date)
    көрсөтүлөт, чыгуу коду 2 болот.
cli-help-rules =
    ukuk rules [--date ЖЖЖЖ-АА-КК] — белгилүү бир күнү колдонулуп жаткан эрежелер.

    Калькулятор ошол күнү (демейки: бүгүн) колдонгон ар бир сумманы, чекти, куракты жана тизмени
    чыгарат: күчүнө кирген күнү, булагы (акт, берене, колдонмонун саптары) жана түшүнүксүз жерлерди
    кантип окуганыбыз менен. "rules_verified_until" ар бир файл боюнча маанилер акыркы жолу качан
    текшерилгенин көрсөтөт; андан кийинки күндөр "stale" деп белгиленет: аларга таянуудан мурун
    учурдагы расмий булактан текшериңиз.
cli-see-help = Колдонуу тартибин көрүү үчүн "ukuk help" буйругун иштетиңиз.
cli-error-too-many-args = eval бир гана файлды кабыл алат (же стандарттык киргизүү үчүн -).
cli-error-read = { $file } окулбай калды: { $problem }
cli-error-date = "{ $value }" ЖЖЖЖ-АА-КК түрүндөгү дата эмес.
cli-error-unknown-arg = Белгисиз аргумент "{ $arg }".
cli-error-unknown-command = Белгисиз буйрук "{ $command }".
cli-error-lang = --lang үчүн ky, ru же en жазыңыз.
cli-error-missing-value = { $flag } үчүн маани берилген жок.

# The rules explorer (rules.html), the web twin of `ukuk rules`.
rules-page-title = Эрежелер жана алардын булактары
rules-page-intro = Калькулятор колдонгон ар бир эреже жана маани: качан күчүнө киргени, мурунку жана кийинки маанилери, булагы жана булактын даражасы.
rules-page-date = Кайсы күнгө
rules-page-all = Бардык маанилер даталары менен көрсөтүлдү.
rules-page-on = { $date } күнү күчүндөгү маанилер белгиленди.
rules-page-now = Ошол күнү күчүндө
rules-page-earlier = Мурунку
rules-page-later = Кийинки
rules-page-none = Бул күнү мааниси жок (али күчүнө кире элек же күчүн жоготкон).
rules-page-contents = Мазмуну
rules-page-rules = Текшерилүүчү эрежелер
rules-page-values = Маанилер
rules-page-grade = Булактын даражасы
rules-page-period = { $from } – { $until }
rules-page-period-open = { $from } баштап
rules-page-file-shared = Бардык жөлөкпулдар үчүн жалпы маанилер
rules-page-file-livestock = Малды майда мүйүздүү мал бирдигине (МММ) которуу

## Аналитиктердин буйруктары (ukuk synth, batch, simulate).

cli-help-synth =
    ukuk synth --households N [--seed S] [--date D] --out FILE — синтетикалык калк.

    Кыргызстанга окшош N үй чарбасын жазат (өлчөмү, балдар, чоң ата-чоң энелер, кирешелер, мал,
    унаалар, коэффициенттери менен тогуз аймак, бийик тоолуу жерлер, жыл ичиндеги төрөлүүлөр,
    жумуш издегендер), ар биринин салмагы бар: салмактардын суммасы — өлкөдөгү үй чарбалардын саны.
    СИНТЕТИКАЛЫК маалымат, статистика эмес: чыныгы изилдөө маалыматтары жарыяланган эмес; ага
    эсептелген сандар өлкө үчүн баа эмес. Бир эле seed ошол эле файлды берет. Курак D күнүнө
    (бүгүн) эсептелет. FILE .parquet же .csv (бир адамга бир сап) же .jsonl (сапта бир үй чарба)
    менен бүтөт.
cli-help-batch =
    ukuk batch INPUT --out OUTPUT [--date D] [--reasons] [--strict] — файлдагы бардык үй чарбалар.

    INPUT жана OUTPUT .parquet, .csv же .jsonl менен бүтөт. Ар бир үй чарбага бир сап жазат: ар бир
    жөлөкпулдун абалы жана суммасы (--reasons менен себептери да JSON түрүндө). Күнү жок үй
    чарбалар D күнүнө (бүгүн) эсептелет. Окулбаган үй чарба сабынын номери менен көрсөтүлүп,
    өткөрүлүп кетет (чыгуу коду 3), --strict менен иш токтойт (чыгуу коду 2).
cli-help-simulate =
    ukuk simulate INPUT --reform REFORM [--date D] [--strict] [--json] [--chart FILE.svg] — реформанын баасы.

    REFORM — жаңы маанилери жана күндөрү бар TOML файлы, "ukuk rules" аталыштары менен:
      title = "Кепилденген минималдуу киреше 1 500 сом"
      [[change]]
      param = "shared.gmi"
      from = "2026-01-01"
      value = "1500.00"
    Колдонуудагы эрежелер жана реформа үчүн чыгарат: салмактуу алуучулар, ар бир жөлөкпулдун
    айлык жана жылдык баасы, утуп жана уттуруп калган үй чарбалар, адам башына кирешенин
    децилдери боюнча орточо өзгөрүү. --json ошону JSON түрүндө чыгарат; --chart ар бир
    жөлөкпулдун жылдык чыгымын, азыр жана реформа менен, SVG файлына тартат.
cli-error-missing-flag = { $flag } көрсөтүлүшү керек.
cli-error-missing-input = Кирүүчү файлды көрсөтүңүз.
cli-error-too-many-inputs = Бир гана кирүүчү файлды көрсөтүңүз.
cli-error-number = "{ $value }" — бүтүн сан эмес.
cli-error-run = { $problem }
cli-synth-done = { $households } синтетикалык үй чарба { $file } файлына { $seconds } секундда жазылды.
cli-batch-done = { $households } үй чарба { $file } файлына { $seconds } секундда эсептелди (секундасына { $rate }).
cli-bad-rows = Өткөрүлүп кеткен үй чарбалар: { $count }:
cli-bad-more = … жана дагы { $count }.
cli-sim-title = Реформа: { $title } — { $households } үй чарба, { $date } күнүнө эрежелер
cli-sim-benefit = жөлөкпул
cli-sim-recipients = алуучулар
cli-sim-monthly = айына, сом
cli-sim-yearly = жылына, сом
cli-sim-baseline = азыр
cli-sim-reform = реформа
cli-sim-total = бардыгы
cli-sim-gainers = Утуп калган үй чарбалар: { $gain }; уттурган: { $lose } (салмагы менен).
cli-sim-deciles = Үй чарбанын жөлөкпулдарынын жылдык орточо өзгөрүшү, адам башына кирешенин децилдери боюнча:
cli-sim-decile = { $decile }. адам башына { $income } сомго чейин: { $households } үй чарба, { $change } сом
cli-sim-chart-title = { $title }: жылдык чыгым
cli-sim-chart-axis = жылына миллион сом
cli-sim-unknown = { $benefit }: азыр { $baseline } үй чарба жана реформа менен { $reform } аны алууга укуктуу, бирок өлчөмү жарыяланган эмес; алар чыгымга кошулган жок.
cli-progress = үй чарба

## Калктын файлдарындагы жана реформа файлдарындагы каталар (ukuk batch, ukuk simulate; crates/ukuk-pop/src/problem.rs).
pop-place-line = { $line }-сап
pop-place-lines = { $first }-{ $last }-саптар
pop-place-row = { $row }-жазуу
pop-place-rows = { $first }-{ $last }-жазуулар
pop-place-header = баш сап
pop-bad-row = { $place }: { $problems }
pop-bad-row-household = { $place } ({ $household } үй чарбасы): { $problems }
pop-strict = { $row } (--strict: токтотулду)
pop-detail = { $detail }
pop-file = { $file }: { $detail }
pop-unknown-format = { $file }: белгисиз формат; кеңейтүүсү .parquet, .csv же .jsonl болушу керек
pop-not-parquet = { $file }: Parquet файлы эмес: { $detail }
pop-cannot-read = окуу мүмкүн болгон жок: { $detail }
pop-not-json = JSON эмес: { $detail }
pop-not-object = JSON объекти эмес
pop-id-type = id сап же сан болушу керек
pop-weight-type = weight сан болушу керек
pop-weight = «{ $weight }» салмагы 0 же андан чоң сан эмес
pop-not-csv = CSV эмес: { $detail }
pop-not-csv-line = { $line }-сап CSV эмес: { $detail }
pop-cells = { $line }-сапта { $cells } уяча, баш сапта { $header }
pop-rows-apart = бул үй чарбанын саптары файлда катары менен турбайт
pop-empty-id = household_id бош
pop-unknown-column = белгисиз «{ $column }» тилкеси (тилкелердин тизмеси README'де, «Population files» бөлүмүндө)
pop-missing-column = «{ $column }» тилкеси жок
pop-not-boolean = { $column } тилкеси: «{ $value }» true да, false да эмес
pop-not-whole = { $column } тилкеси: «{ $value }» бүтүн сан эмес
pop-no-rows = саптары жок үй чарба
pop-no-member-id = member_id тилкеси: member_id жок сап
pop-bad-status = status тилкеси: «{ $value }» citizen, kairylman же foreign эмес
pop-newborn-date = birth_applicant тилкеси: жаңы төрөлгөн баланын сабында birth_date болушу керек
pop-two-seekers = insured_months_last_36 тилкеси: бир үй чарбадан эки адам жумушсуздук боюнча жөлөкпул сурайт, ал эми таблицага бирөө гана батат
pop-cell-not-a-number = { $row }-жазуу, { $column } тилкеси: { $value } сан эмес
pop-cell-negative-scale = { $row }-жазуу, { $column } тилкеси: ондук сандын масштабы терс
pop-cell-decimal = { $row }-жазуу, { $column } тилкеси: { $detail }
pop-cell-type = { $row }-жазуу, { $column } тилкеси: { $kind } түрүндөгү тилкени окууга болбойт
pop-columns-change = тилкелер бир жазуулар топтомунан экинчисине өзгөрөт
pop-not-a-date = { $file }:{ $line }: «{ $value }» дата эмес

## Реформа файлындагы же эрежелер файлындагы каталар (crates/ukuk-rulesgen: экөөнө бирдей текшерүүлөр).
rules-expected-string = сап күтүлгөн, бирок { $found } табылды
rules-expected-table = таблица күтүлгөн, бирок { $found } табылды
rules-expected-codes = коддордун тизмеси күтүлгөн, бирок { $found } табылды
rules-not-a-date = «{ $value }» ЖЖЖЖ-АА-КК түрүндөгү дата эмес
rules-code = «{ $value }» кичине тамгалардан турган код (же өлкөнүн эки тамгалуу коду) болушу керек
rules-twice = «{ $value }» эки жолу жазылган
rules-negative-value = «{ $value }» мааниси терс: суммалар, ставкалар жана чектер терс болбойт
rules-negative-rate = «{ $value }» коэффициенти терс: суммалар, ставкалар жана чектер терс болбойт
rules-not-decimal-value = «{ $value }» мааниси дата да (ЖЖЖЖ-АА-КК), "810.00" сыяктуу так ондук сан да эмес
rules-not-decimal-rate = «{ $value }» коэффициенти дата да (ЖЖЖЖ-АА-КК), "810.00" сыяктуу так ондук сан да эмес
rules-negative-count = { $value } мааниси терс: саны, жашы жана чектер терс болбойт
rules-too-large = { $value } мааниси өтө чоң
rules-not-whole = бүтүн сан эмес
rules-float = калкыма чекиттүү сандарга болбойт: суммаларды жана ставкаларды сап катары жазыңыз, мисалы "2.5"
rules-unknown-vehicle = белгисиз «{ $value }» унаа түрү (белгилүүлөрү: { $known })
rules-unknown-income = белгисиз «{ $value }» киреше түрү (белгилүүлөрү: { $known })
rules-unknown-animal = которуу таблицасында белгисиз «{ $value }» мал (белгилүүлөрү: { $known })
rules-rate-type = «{ $animal }» коэффициенти сап түрүндөгү ондук сан болушу керек, бирок { $found } табылды
rules-value-type = маанинин колдоого алынбаган түрү: { $found }
rules-toml = TOML эмес: { $detail }
reform-change-list = change тизме болушу керек: [[change]] блокторун жазыңыз
reform-change-key = change: белгисиз «{ $key }» ачкычы (param, from, until, value күтүлөт)
reform-missing-param = change: 'param' жок (`ukuk rules` чыгаргандай параметрдин аты, мисалы "shared.gmi")
reform-unknown-param = белгисиз «{ $param }» параметри (`ukuk rules` бардык аттарды чыгарат)
reform-missing-from = { $param } өзгөрүүсү: 'from' жок (жаңы маани күчүнө кирген күн)
reform-missing-value = { $param } өзгөрүүсү: 'value' жок
reform-value-kind = { $param } өзгөрүүсү: маани параметрдикиндей { $kind ->
        [decimal] ондук сан
        [int] бүтүн сан
        [date] дата
        [codes] коддордун тизмеси
       *[units] которуу таблицасы
    } болушу керек, { $got ->
        [decimal] ондук сан
        [int] бүтүн сан
        [date] дата
        [codes] коддордун тизмеси
       *[units] которуу таблицасы
    } эмес
reform-until-before-from = { $param } өзгөрүүсү: until { $until } from { $from } күнүнөн мурун
reform-key = белгисиз «{ $key }» ачкычы (title жана [[change]] блоктору күтүлөт)
reform-nothing = реформа эч нерсени өзгөртпөйт: [[change]] блокторун кошуңуз
