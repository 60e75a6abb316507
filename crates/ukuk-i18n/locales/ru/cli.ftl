# Ukuk — тексты командной строки (русский).

## Командная строка.

cli-help =
    ukuk — на какие государственные пособия имеет право семья в Кыргызстане.

    Использование:
      ukuk eval [ФАЙЛ|-]      Рассчитать одну семью, описанную в JSON (ФАЙЛ, или стандартный ввод
                              при - или без ФАЙЛА), и вывести результат в JSON.
      ukuk rules [--date Д]   Вывести все суммы, пороги и возрасты, действующие на дату Д (по умолчанию:
                              сегодня), каждую с правовым источником.
      ukuk help [eval|rules]  Объяснить команду.
      ukuk synth | batch | simulate  Команды аналитиков: см. "ukuk help synth" и другие.

    Параметры для всех команд:
      --lang ky|ru|en         Язык справки и сообщений (по умолчанию: из LANG, иначе кыргызский).
      --today ГГГГ-ММ-ДД      Считать этот день сегодняшним (семья без "date" рассчитывается на него).

    Код выхода: 0 — результат выведен; 2 — во входных данных есть ошибки (выводятся как
    {"{"}"errors": [...]{"}"}) или команда не распознана.
cli-help-eval =
    ukuk eval [ФАЙЛ|-] — рассчитать одну семью.

    Опишите семью в JSON (см. документацию: members, assets, births, unemployment), например:
      {"{"} "date": "2020-06-15", "members": [{"{"} "id": "mother", "birth_date": "1990-05-01", "sex": "female" {"}"}] {"}"}
    затем выполните:  ukuk eval household.json
    или:              cat household.json | ukuk eval -

    В результате перечислены все пособия: статус (eligible — есть право, not_eligible — нет права,
    needs_information — нужны сведения), сумма, даты, а в "reasons" — каждое проверенное правило
    со сравнёнными цифрами и правовым источником. Если во входных данных есть ошибки, ничего не
    рассчитывается: каждая ошибка указана с её местом в JSON (например, members[1].birth_date),
    а код выхода равен 2.
cli-help-rules =
    ukuk rules [--date ГГГГ-ММ-ДД] — правила, действующие на дату.

    Выводит все суммы, пороги, возрасты и списки, которые калькулятор применяет на эту дату (по
    умолчанию: сегодня), с датой вступления в силу, источником (акт, статья, строки справочника)
    и нашим толкованием неясных мест. "rules_verified_until" показывает по каждому файлу последний
    день, когда значения сверялись; более поздние даты помечены "stale": прежде чем на них
    полагаться, сверьтесь с актуальным официальным источником.
cli-see-help = Справка по использованию: "ukuk help".
cli-error-too-many-args = eval принимает один файл (или - для стандартного ввода).
cli-error-read = Не удалось прочитать { $file }: { $problem }
cli-error-date = "{ $value }" — не дата в формате ГГГГ-ММ-ДД.
cli-error-unknown-arg = Неизвестный аргумент "{ $arg }".
cli-error-unknown-command = Неизвестная команда "{ $command }".
cli-error-lang = Для --lang укажите ky, ru или en.
cli-error-missing-value = Для { $flag } не указано значение.

# The rules explorer (rules.html), the web twin of `ukuk rules`.
rules-page-title = Правила и их источники
rules-page-intro = Каждое правило и каждое значение, которое применяет калькулятор: когда вступило в силу, прежние и следующие значения, источник и степень его надёжности.
rules-page-date = На какую дату
rules-page-all = Показаны все значения с их датами.
rules-page-on = Отмечены значения, действующие на { $date }.
rules-page-now = Действует на эту дату
rules-page-earlier = Прежнее
rules-page-later = Следующее
rules-page-none = На эту дату значения нет (ещё не вступило в силу или уже утратило силу).
rules-page-contents = Содержание
rules-page-rules = Проверяемые правила
rules-page-values = Значения
rules-page-grade = Надёжность источника
rules-page-period = { $from } – { $until }
rules-page-period-open = С { $from }
rules-page-file-shared = Общие значения для всех пособий
rules-page-file-livestock = Перевод скота в единицы мелкого скота

## Команды аналитиков (ukuk synth, batch, simulate).

cli-help-synth =
    ukuk synth --households N [--seed S] [--date D] --out FILE — синтетическое население.

    Записывает N домохозяйств правдоподобного для Кыргызстана вида (размер, дети, бабушки и
    дедушки, доходы, скот, транспорт, девять областей с коэффициентами, высокогорье, рождения
    за год, ищущие работу), у каждого вес: сумма весов — число домохозяйств страны.
    СИНТЕТИЧЕСКИЕ данные, не статистика: настоящие данные обследований не опубликованы; цифры,
    посчитанные на них, — не оценка для страны. Одно и то же зерно (seed) даёт тот же файл.
    Возраст считается на D (сегодня). FILE оканчивается на .parquet или .csv (строка на
    человека) или на .jsonl (домохозяйство в строке).
cli-help-batch =
    ukuk batch INPUT --out OUTPUT [--date D] [--reasons] [--strict] — все домохозяйства файла.

    INPUT и OUTPUT оканчиваются на .parquet, .csv или .jsonl. Записывает строку на домохозяйство: для
    каждого пособия статус и сумму (с --reasons — и причины в JSON). Домохозяйства без даты
    считаются на D (сегодня). Домохозяйство, которое нельзя прочитать, указывается с номером
    строки и пропускается (код выхода 3), а с --strict останавливает работу (код выхода 2).
cli-help-simulate =
    ukuk simulate INPUT --reform REFORM [--date D] [--strict] [--json] [--chart FILE.svg] — стоимость реформы.

    REFORM — файл TOML с новыми значениями и датами, под именами из "ukuk rules":
      title = "Гарантированный минимальный доход 1 500 сомов"
      [[change]]
      param = "shared.gmi"
      from = "2026-01-01"
      value = "1500.00"
    Печатает для действующих правил и для реформы: взвешенное число получателей, стоимость
    каждого пособия в месяц и в год, домохозяйства, которые выигрывают и проигрывают, и среднее
    изменение по децилям дохода на человека. --json печатает то же в JSON; --chart рисует
    расходы на каждое пособие в год, сейчас и с реформой, в файл SVG.
cli-error-missing-flag = Нужно указать { $flag }.
cli-error-missing-input = Укажите входной файл.
cli-error-too-many-inputs = Укажите один входной файл.
cli-error-number = "{ $value }" — не целое число.
cli-error-run = { $problem }
cli-synth-done = { $households } синтетических домохозяйств записано в { $file } за { $seconds } с.
cli-batch-done = { $households } домохозяйств посчитано в { $file } за { $seconds } с ({ $rate } в секунду).
cli-bad-rows = Пропущено домохозяйств: { $count }:
cli-bad-more = … и ещё { $count }.
cli-sim-title = Реформа: { $title } — { $households } домохозяйств, правила на { $date }
cli-sim-benefit = пособие
cli-sim-recipients = получатели
cli-sim-monthly = в месяц, сом
cli-sim-yearly = в год, сом
cli-sim-baseline = сейчас
cli-sim-reform = реформа
cli-sim-total = всего
cli-sim-gainers = Выигрывают домохозяйств: { $gain }; проигрывают: { $lose } (с весами).
cli-sim-deciles = Среднее изменение пособий домохозяйства за год по децилям дохода на человека:
cli-sim-decile = { $decile }. до { $income } сом на человека: { $households } домохозяйств, { $change } сом
cli-sim-chart-title = { $title }: расходы в год
cli-sim-chart-axis = миллионов сомов в год
cli-sim-unknown = { $benefit }: сейчас { $baseline } домохозяйств и с реформой { $reform } имеют на него право, но размер не опубликован; в расходах их нет.
cli-progress = домохозяйств

## Ошибки в файлах населения и файлах реформ (ukuk batch, ukuk simulate; crates/ukuk-pop/src/problem.rs).
pop-place-line = строка { $line }
pop-place-lines = строки { $first }-{ $last }
pop-place-row = запись { $row }
pop-place-rows = записи { $first }-{ $last }
pop-place-header = заголовок
pop-bad-row = { $place }: { $problems }
pop-bad-row-household = { $place } (домохозяйство { $household }): { $problems }
pop-strict = { $row } (--strict: остановлено)
pop-detail = { $detail }
pop-file = { $file }: { $detail }
pop-unknown-format = { $file }: неизвестный формат; расширение должно быть .parquet, .csv или .jsonl
pop-not-parquet = { $file }: это не файл Parquet: { $detail }
pop-cannot-read = не удалось прочитать: { $detail }
pop-not-json = не JSON: { $detail }
pop-not-object = не объект JSON
pop-id-type = id должен быть строкой или числом
pop-weight-type = weight должен быть числом
pop-weight = вес «{ $weight }» — не число от 0 и больше
pop-not-csv = не CSV: { $detail }
pop-not-csv-line = строка { $line } — не CSV: { $detail }
pop-cells = в строке { $line } ячеек: { $cells }, в заголовке: { $header }
pop-rows-apart = строки этого домохозяйства идут в файле не подряд
pop-empty-id = household_id пуст
pop-unknown-column = неизвестный столбец «{ $column }» (столбцы перечислены в README, раздел «Population files»)
pop-missing-column = нет столбца «{ $column }»
pop-not-boolean = столбец { $column }: «{ $value }» — не true и не false
pop-not-whole = столбец { $column }: «{ $value }» — не целое число
pop-no-rows = домохозяйство без строк
pop-no-member-id = столбец member_id: строка без member_id
pop-bad-status = столбец status: «{ $value }» — не citizen, kairylman или foreign
pop-newborn-date = столбец birth_applicant: в строке новорождённого нужна birth_date
pop-two-seekers = столбец insured_months_last_36: пособие по безработице просят два человека одного домохозяйства, а таблица вмещает одного
pop-cell-not-a-number = запись { $row }, столбец { $column }: { $value } — не число
pop-cell-negative-scale = запись { $row }, столбец { $column }: отрицательный масштаб десятичного числа
pop-cell-decimal = запись { $row }, столбец { $column }: { $detail }
pop-cell-type = запись { $row }, столбец { $column }: столбец типа { $kind } прочитать нельзя
pop-columns-change = столбцы меняются от одного пакета записей к другому
pop-not-a-date = { $file }:{ $line }: «{ $value }» — не дата

## Ошибки в файле реформы или в файле правил (crates/ukuk-rulesgen: одни и те же проверки).
rules-expected-string = ожидалась строка, а не { $found }
rules-expected-table = ожидалась таблица, а не { $found }
rules-expected-codes = ожидался список кодов, а не { $found }
rules-not-a-date = «{ $value }» — не дата вида ГГГГ-ММ-ДД
rules-code = «{ $value }» должен быть кодом из строчных букв (или двухбуквенным кодом страны)
rules-twice = «{ $value }» указан дважды
rules-negative-value = значение «{ $value }» отрицательно: суммы, ставки и пределы не бывают отрицательными
rules-negative-rate = коэффициент «{ $value }» отрицателен: суммы, ставки и пределы не бывают отрицательными
rules-not-decimal-value = значение «{ $value }» — ни дата (ГГГГ-ММ-ДД), ни точное десятичное число вида "810.00"
rules-not-decimal-rate = коэффициент «{ $value }» — ни дата (ГГГГ-ММ-ДД), ни точное десятичное число вида "810.00"
rules-negative-count = значение { $value } отрицательно: количества, возрасты и пределы не бывают отрицательными
rules-too-large = значение { $value } слишком велико
rules-not-whole = не целое число
rules-float = числа с плавающей точкой не допускаются: пишите суммы и ставки строками, например "2.5"
rules-unknown-vehicle = неизвестный вид транспорта «{ $value }» (известны: { $known })
rules-unknown-income = неизвестный вид дохода «{ $value }» (известны: { $known })
rules-unknown-animal = неизвестное животное «{ $value }» в таблице пересчёта (известны: { $known })
rules-rate-type = коэффициент для «{ $animal }» должен быть десятичным числом в строке, а не { $found }
rules-value-type = неподдерживаемый тип значения: { $found }
rules-toml = это не TOML: { $detail }
reform-change-list = change должен быть списком: пишите блоки [[change]]
reform-change-key = change: неизвестный ключ «{ $key }» (ожидаются param, from, until, value)
reform-missing-param = change: нет 'param' (имени параметра, как его выводит `ukuk rules`, например "shared.gmi")
reform-unknown-param = неизвестный параметр «{ $param }» (`ukuk rules` выводит все имена)
reform-missing-from = изменение { $param }: нет 'from' (даты, с которой действует новое значение)
reform-missing-value = изменение { $param }: нет 'value'
reform-value-kind = изменение { $param }: значение должно быть { $kind ->
        [decimal] десятичным числом
        [int] целым числом
        [date] датой
        [codes] списком кодов
       *[units] таблицей пересчёта
    }, как у параметра, а не { $got ->
        [decimal] десятичным числом
        [int] целым числом
        [date] датой
        [codes] списком кодов
       *[units] таблицей пересчёта
    }
reform-until-before-from = изменение { $param }: until { $until } раньше, чем from { $from }
reform-key = неизвестный ключ «{ $key }» (ожидаются title и блоки [[change]])
reform-nothing = реформа ничего не меняет: добавьте блоки [[change]]
