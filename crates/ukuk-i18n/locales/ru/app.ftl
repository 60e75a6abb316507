# Ukuk — тексты веб-приложения (русский).
# Коды расчёта (пособия, правила, документы, ошибки) — в engine.ftl.

app-title = Ukuk
app-page-title = Ukuk — какие государственные пособия может получить ваша семья?
app-tagline = Какие государственные пособия может получить ваша семья? Ответьте на несколько вопросов — результат меняется сразу.
app-lang-name = Русский
# The languages by their own names (on the buttons, before a language is loaded).
app-lang-ky = Кыргызча
app-lang-ru = Русский
app-lang-en = English
app-language = Язык

## Конфиденциальность.

app-privacy = Всё считается на этом устройстве. Ничего никуда не отправляется и не сохраняется, если вы сами не попросите.
# The first screen, while the calculator itself is still arriving (a slow connection).
app-loading = Калькулятор загружается. При медленной связи это займёт несколько секунд; пока можно ввести дату рождения.
app-remember = Запомнить ответы на этом устройстве
app-forget = Забыть всё

## Вопросы.

app-questions = Вопросы о семье
app-members = Кто живёт в семье
app-members-note = Добавьте всех, кто живёт вместе и ведёт общее хозяйство: родителей, детей, бабушек и дедушек.
app-member-default = Человек { $n }
app-age = { $age ->
        [one] { $age } год
        [few] { $age } года
       *[many] { $age } лет
    }
app-add-member = + Добавить человека
app-remove = Удалить
app-remove-named = Удалить: { $what }
app-member-name = Имя (необязательно)
app-member-name-note = Только чтобы различать людей. Остаётся на этом устройстве.
app-birth-date = Дата рождения
app-sex = Пол
app-sex-female = Женщина
app-sex-male = Мужчина
app-status = Гражданство
app-country = Страна гражданства
app-country-other = Другая страна
app-country-code = Код страны (две буквы)
app-country-code-note = Например, KG, RU, TR.
app-choose = — выберите —
app-residence-permit = Есть вид на жительство в Кыргызской Республике
app-disabled = Есть инвалидность
app-disability-group = Группа инвалидности
app-group-1 = I группа
app-group-2 = II группа
app-group-3 = III группа
app-since-childhood = Инвалидность с детства
app-hiv = Живёт с ВИЧ
app-mother-hiv = Мать живёт с ВИЧ
app-orphan = Сиротство
app-orphan-none = Не сирота
app-orphan-full = Круглый сирота (оба родителя умерли)
app-orphan-lost_breadwinner = Потерял(а) кормильца
app-orphan-parents_unknown = Оба родителя неизвестны
app-hero-mother = Мать-героиня (баатыр эне)
app-pension-right = Есть право на пенсию
app-pension-right-note = Любая пенсия Социального фонда (по возрасту, по инвалидности, по потере кормильца), получаемая или положенная.
app-mother-residence-years = Сколько лет мать живёт здесь
app-mother-residence-years-note = Для «Бала береке»: полных лет, которые мать младших детей живёт в этой высокогорной или отдалённой местности.
app-birth-order = Какой это по счёту ребёнок матери?
app-birth-order-note = 1 — первый. Считайте и детей матери, которые живут отдельно; пусто — считаются только дети, указанные здесь.
app-officer = Сотрудники правоохранительных органов
app-officer-open = В семье есть (или был) сотрудник правоохранительного органа, который погиб, стал инвалидом или получил травму на службе
app-officer-event = Что произошло
app-officer-event-death = Погиб на службе (или в течение года после неё)
app-officer-event-disability = Стал инвалидом и не может продолжать службу
app-officer-event-group_raised = Группа инвалидности повышена
app-officer-event-death_after_disability = Умер после установления инвалидности
app-officer-event-injury = Получил травму при исполнении и продолжает службу
app-officer-event-date = Дата случая
app-officer-left = Последний день службы
app-officer-left-note = Оставьте пустым, если сотрудник ещё служил.
app-officer-cause = Наступил ли случай вследствие вреда или болезни периода службы?
app-officer-pay = Денежное довольствие по последней должности
app-officer-pay-note = Всё ежемесячное денежное довольствие, как в справке органа.
app-officer-salary = Должностной оклад по должности и званию
app-officer-salary-note = Только оклад по должности и званию, а не всё довольствие.
app-officer-severity = Тяжесть травмы (по заключению медицинского учреждения)
app-officer-severity-severe = Тяжкая
app-officer-severity-moderate = Средней тяжести
app-officer-severity-light = Лёгкая
app-officer-group = Группа инвалидности
app-officer-previous-group = Группа до повышения
app-officer-exclusions = Относится ли к случаю что-то из этого?
app-answer-yes = Да
app-answer-no = Нет
app-birth-applicant-role = Заявитель — это
app-birth-lives-apart = Заявитель не живёт с ребёнком
app-unemployment-continuous = Были ли 12 из этих месяцев подряд, без перерыва?
app-full-state-support = На полном государственном обеспечении (например, живёт в государственном детском доме)
app-income = Доход в месяц
app-income-given = { $count ->
        [one] { $count } сумма
        [few] { $count } суммы
       *[many] { $count } сумм
    }
app-income-note = Суммы в месяц, в сомах. Можно писать 3000 или 3 000,50.
app-income-counted = Учитывается для «Үй-бүлөгө көмөк»
app-income-not-counted = Не учитывается для «Үй-бүлөгө көмөк»

app-assets = Имущество
app-vehicles = Транспорт
app-vehicles-note = Легковые и грузовые машины, микроавтобусы, тракторы и комбайны семьи.
app-vehicle-kind = Вид
app-vehicle-year = Год выпуска
app-vehicle-working = На ходу (исправен)
app-add-vehicle = + Добавить транспорт
app-livestock = Скот
app-livestock-note = Сколько животных каждого вида держит семья.
app-animal-rate = { $animal } (по { $units } ед.)
app-other-animal-kind = Животное
app-other-animal-name = Какое животное
app-count = Сколько
app-add-other-animal = + Другое животное
app-animal-camel = верблюд
app-animal-yak = як
app-animal-donkey = осёл
app-animal-pig = свинья
app-animal-poultry = птица
app-animal-other_animal = другое животное
app-livestock-line = { $units } ед. МРС, { $per_member } на человека; предел — { $limit } на человека.
app-livestock-within = В пределах нормы.
app-livestock-over = Больше нормы.
app-livestock-unconverted = Нет в таблице пересчёта: { $animals }. Как их считать, решает управление.
app-livestock-waiting = Единицы скота появятся, когда в ответах не будет ошибок.

app-births = Рождение ребёнка
app-birth-applicant = Кто обращается
app-birth-application-date = Дата обращения
app-birth-application-date-note = Оставьте пустым, если ещё не обращались: будет показан последний срок.

app-unemployment = Поиск работы
app-unemployment-open = Кто-то в семье стоит или хочет встать на учёт как безработный
app-unemployment-member = Кто
app-unemployment-registered = Дата регистрации безработным
app-unemployment-registered-note = Оставьте пустым — будет взята дата расчёта.
app-unemployment-insured = Месяцев страхового стажа за последние 3 года
app-unemployment-insured-note = Месяцы с взносами в Социальный фонд за последние 36 месяцев.
app-unemployment-paid = Сколько месяцев пособия по безработице уже выплачено за последние 3 года
app-unemployment-severance = Средний заработок после увольнения сохраняется до
app-unemployment-severance-note = Только при увольнении по ликвидации или сокращению штата. Иначе оставьте пустым.
app-unemployment-first-time = Ищет работу впервые
app-unemployment-long-break = Возвращается к работе после перерыва больше двух лет
app-unemployment-bars = Относится ли что-то из этого?
app-unemployment-bars-note = Отметьте всё, что относится к этому человеку.

app-place = Место и дата
app-region-coefficient = Районный коэффициент
app-region-coefficient-note = Обычно 1. Выше в некоторых высокогорных и отдалённых населённых пунктах — свой коэффициент узнайте в районном управлении социального развития.
app-high-mountain = Семья живёт в высокогорной местности
app-eval-date = Дата расчёта
app-eval-date-note = По умолчанию сегодня. Консультант может выбрать другую дату, чтобы увидеть правила на тот день.

## Ошибки ввода.

app-hint-needed = Заполните, чтобы учесть в расчёте.
app-error-required = Пожалуйста, ответьте на этот вопрос.
app-error-whole-number = «{ $value }» — не целое число. Пишите только цифры, например 3.
app-errors-title = Исправьте эти ответы
app-error-place-member = { $member }
app-error-place-birth = Рождение { $n }
app-error-place-vehicle = Транспорт { $n }
app-error-place-form = Вопросы о семье

## Результат.

app-results = Результат
app-jump = Посмотреть результат
app-jump-amount = { $amount } в месяц — посмотреть результат
app-jump-errors = Некоторые ответы нужно исправить — посмотреть список
app-summary-monthly = Всего в месяц: { $amount }.
app-summary-once = Всего единовременно: { $amount }.
app-summary-none = С такими ответами семья не получает ни одного из этих пособий. Ниже — что могло бы это изменить.
app-warning-stale = Эти правила последний раз сверялись с официальными источниками { $verified }. С тех пор суммы и условия могли измениться: уточните их в службе, прежде чем полагаться на этот результат.
app-warning-stale-which = Какие правила
app-rules-date = Правила на { $date }. Сверены с официальными источниками по { $verified }.
app-amount-monthly = { $amount } в месяц
app-amount-once = { $amount } единовременно
app-amount-unknown = Сумму назначает служба
app-dates = С { $starts } по { $ends }
app-starts = С { $starts }
app-due-on = К выплате { $date }
app-per-member = { $member }: { $amount }
app-breadwinner-included = В том числе { $amount } по потере кормильца.
app-other-categories = Можно выбрать вместо этого: { $categories }
app-birth-line = Рождение { $date } ({ $children ->
        [one] { $children } ребёнок
        [few] { $children } ребёнка
       *[many] { $children } детей
    })
app-birth-deadline = Обратиться до { $deadline }.
app-why = Почему
app-fix = Что могло бы это изменить:
app-source = Правовой источник
app-source-grade = Надёжность источника: { $grade }.
app-schedule = По месяцам
app-schedule-run = { $from } – { $until }: { $amount } в месяц
app-answer-unemployment = Ответить на вопросы о поиске работы
app-documents = Документы и куда обращаться
app-where = Куда:
app-benefit-verified = Эти правила сверены с официальными источниками по { $date }.
app-footer = Ukuk — подсказка, а не решение: решает служба, которая выплачивает пособие. Основано на справочнике для социальных работников (2020–2021) и более поздних официальных изменениях.

## Страны соглашения 1994 года о выплатах семьям с детьми.

app-country-RU = Россия
app-country-MD = Молдова
app-country-UZ = Узбекистан
app-country-TJ = Таджикистан
app-country-KZ = Казахстан
app-country-AM = Армения
app-country-BY = Беларусь

## Доверие к анкете: пустые ответы, отмена, даты.

app-member-to-fill = нужно заполнить
app-age-months = { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
       *[many] { $months } месяцев
    }
app-date-format = дд.мм.гггг
app-births-none = Ребёнок младше года, указанный среди членов семьи, появится здесь — для единовременной выплаты при рождении. Двойня или тройня (одна дата рождения) — одно рождение.
app-birth-title = Рождение { $date }: { $names }
app-calc-date-today = Расчёт на сегодня, { $date }
app-calc-date-other = Расчёт на { $date } (не на сегодня)
app-calc-date-change = Изменить дату
app-calc-date-reset = Вернуть сегодняшнюю дату
app-new-family = Новая семья
app-forget-confirm = Стереть все ответы: { $people ->
        [one] { $people } человека
       *[other] { $people } человек
    }, доходы, имущество и сохранённую на этом устройстве копию?
app-forget-yes = Да, стереть
app-forget-no = Отмена
app-undo = Вернуть
app-undo-member = Удалено: { $member }.
app-undo-new-family = Начата новая семья.
app-undo-forget = Все ответы стёрты, на этом устройстве ничего не сохранено. До следующего изменения их можно вернуть (они есть только в памяти этой страницы).
app-summary-assumes = Суммы и сроки — если обратиться { $date }.
app-headline = { $benefit }: { $amount }
app-headline-from = { $benefit }: { $amount } с { $from }
app-group-asking = Нужен ваш ответ
app-group-refused = Не положено при этих ответах
app-unasked = { $benefit }: ищет ли кто-нибудь в семье работу?
app-warnings-count = Замечания ({ $count })
app-error-date = «{ $value }» — не дата. Пишите день, месяц и год: 01.05.1990.
app-error-amount = «{ $value }» — не сумма. Можно писать 3000 или 3 000,50.
app-error-coefficient = «{ $value }» — не коэффициент. Пишите число, например 1 или 1,15.
benefit-short-birth_payment = «Балага сүйүнчү»
benefit-short-family_assistance = «Үй-бүлөгө көмөк»
benefit-short-social_benefit = Социальное пособие
benefit-short-unemployment_allowance = Пособие по безработице
benefit-short-bala_yrysy = «Бала ырысы»
benefit-short-high_mountain_help = Помощь в высокогорье
benefit-short-bala_bereke = «Бала береке»
benefit-short-officer_insurance = Страховая сумма сотруднику
app-held = Эти результаты появятся, когда ответы выше будут исправлены:

## Дело: сохранить, открыть, ссылка, сравнение, печать.

app-case = Дело семьи
app-save = Сохранить в файл
app-open = Открыть файл
app-share = Поделиться ссылкой
app-share-warning = В этой ссылке — ответы семьи (даты рождения, доходы, имущество). Передавайте её только тому, кому доверяете. Эта часть ссылки на сервер не отправляется.
app-share-link = Ссылка
app-compare = Сравнить с другим вариантом
app-print = Распечатать для семьи
app-open-failed = Файл не открыт; анкета не изменилась.
app-open-not-json = Это не файл семьи, сохранённый Ukuk.
app-open-refused = Ошибка в файле: { $path } — { $message }
app-undo-opened = Открыта семья из файла.
app-compare-title = Сравнение двух вариантов
app-scenario-a = Вариант А
app-scenario-b = Вариант Б
app-compare-end = Закрыть сравнение
app-compare-editing-a = В анкете сейчас вариант А.
app-compare-editing-b = В анкете сейчас вариант Б: измените его и посмотрите разницу.
app-compare-benefit = Пособие
app-compare-total = Всего в месяц
app-print-title = Ukuk: пособия, которые может получить семья

## Конфиденциальность.

app-rules-link = Правила и их источники
privacy-link = Конфиденциальность
privacy-title = Ukuk и ваши данные
privacy-where = Всё считается на этом устройстве, в браузере. Ответы (даты рождения, доходы, здоровье, имущество) не отправляются ни на какой сервер: страница загружает только собственные файлы сайта.
privacy-stored = Ничего не сохраняется, если вы сами не отметите «Запомнить ответы на этом устройстве». Браузер хранит только файлы самого приложения (не ответы), чтобы оно открывалось без интернета.
privacy-files = Сохранить в файл и поделиться ссылкой — только по вашему выбору. В ссылке — ответы семьи; они в части ссылки после «#», а эта часть на сервер не отправляется.
privacy-embed = Калькулятор можно встроить в другой сайт тремя способами, и в каждом всё считается на устройстве. 1) Тег <ukuk-calculator> на странице этого сайта: калькулятор работает внутри страницы, поэтому сайт может видеть всё, что вы вводите, и результат; в хранилище сайта калькулятор ничего не пишет. 2) iframe на другом сайте (embed.html): тот сайт не видит ни ответов, ни результата, калькулятор сообщает ему только свою высоту. 3) JavaScript API: ответы передаёт и видит сама страница сайта.
privacy-forget = Забыть: кнопка «Забыть всё» стирает ответы и сохранённую копию (спрашивает один раз и позволяет вернуть их на короткое время).
privacy-back = Вернуться к калькулятору
