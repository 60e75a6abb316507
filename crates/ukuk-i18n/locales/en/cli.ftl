# Ukuk — command-line texts (English).

## The command line.

cli-help =
    ukuk — what state benefits a household in Kyrgyzstan is entitled to.

    Usage:
      ukuk eval [FILE|-]      Evaluate one household described in JSON (FILE, or standard input
                              with - or no FILE) and print the result as JSON.
      ukuk rules [--date D]   Print every amount, threshold and age in force on D (default: today),
                              each with its legal source.
      ukuk help [eval|rules]  Explain a command.
      ukuk synth | batch | simulate  The analysts' commands: see "ukuk help synth" and the others.

    Options for every command:
      --lang ky|ru|en         Language of the help and messages (default: from LANG, else Kyrgyz).
      --today YYYY-MM-DD      Take this day as today (a household without "date" is evaluated on it).

    Exit status: 0 a result was printed; 2 the input has errors (printed as {"{"}"errors": [...]{"}"}),
    or the command was not understood.
cli-help-eval =
    ukuk eval [FILE|-] — evaluate one household.

    Write the household as JSON (see docs: members, assets, births, unemployment), for example:
      {"{"} "date": "2020-06-15", "members": [{"{"} "id": "mother", "birth_date": "1990-05-01", "sex": "female" {"}"}] {"}"}
    then run:  ukuk eval household.json
    or:        cat household.json | ukuk eval -

    The result lists every benefit: its status (eligible, not_eligible, needs_information), the amount,
    the dates, and under "reasons" each rule checked, with the figures compared and the legal source.
    If the input has mistakes, nothing is computed: every mistake is listed with its place in the
    JSON (for example members[1].birth_date), and the exit status is 2.
cli-help-rules =
    ukuk rules [--date YYYY-MM-DD] — the rules in force on a day.

    Prints every amount, threshold, age and list the calculator applies on that day (default: today),
    with the day it took effect, its source (act, article, handbook lines) and our reading of any
    unclear point. "rules_verified_until" tells, per file, the last day the values were checked;
    later days are marked "stale": check a current official source before relying on them.
cli-see-help = Run "ukuk help" for usage.
cli-error-too-many-args = eval takes one file (or - for standard input).
cli-error-read = Cannot read { $file }: { $problem }
cli-error-date = "{ $value }" is not a date of the form YYYY-MM-DD.
cli-error-unknown-arg = Unknown argument "{ $arg }".
cli-error-unknown-command = Unknown command "{ $command }".
cli-error-lang = --lang takes ky, ru or en.
cli-error-missing-value = { $flag } needs a value.

# The rules explorer (rules.html), the web twin of `ukuk rules`.
rules-page-title = Rules and their sources
rules-page-intro = Every rule and every value the calculator applies: when it took effect, its earlier and later values, its source and how reliable that source is.
rules-page-date = On which date
rules-page-all = All values are shown with their dates.
rules-page-on = Marked: the values in force on { $date }.
rules-page-now = In force on that date
rules-page-earlier = Earlier
rules-page-later = Later
rules-page-none = No value on this date (not yet in force, or no longer).
rules-page-contents = Contents
rules-page-rules = Rules checked
rules-page-values = Values
rules-page-grade = Source grade
rules-page-period = { $from } – { $until }
rules-page-period-open = From { $from }
rules-page-file-shared = Values shared by all benefits
rules-page-file-livestock = Livestock conversion into small-livestock units

## The analysts' commands (ukuk synth, batch, simulate).

cli-help-synth =
    ukuk synth --households N [--seed S] [--date D] --out FILE — a synthetic population.

    Writes N households with plausible Kyrgyz shapes (sizes, children, grandparents, incomes,
    herds, vehicles, the nine regions with their coefficients, high-mountain settlements, births
    in the year, job seekers), each with a weight: the weights sum to the country's households.
    SYNTHETIC, not statistics: real survey microdata is not public; no figure computed on it is an
    estimate for the country. The same seed gives the same file. Ages are counted to D (today).
    FILE ends in .parquet or .csv (one row per person) or .jsonl (one household per line).
cli-help-batch =
    ukuk batch INPUT --out OUTPUT [--date D] [--reasons] [--strict] — every household of a file.

    INPUT and OUTPUT end in .parquet, .csv or .jsonl. Writes one row per household: for each benefit its
    status and amount (with --reasons, the reasons as JSON). Households without a date are
    evaluated on D (today). A household that cannot be read is reported with its line and
    skipped (exit status 3), or, with --strict, stops the run (exit status 2).
cli-help-simulate =
    ukuk simulate INPUT --reform REFORM [--date D] [--strict] [--json] [--chart FILE.svg] — a reform costed.

    REFORM is a TOML file of new dated values, with the names of "ukuk rules":
      title = "The guaranteed minimum income at 1 500 som"
      [[change]]
      param = "shared.gmi"
      from = "2026-01-01"
      value = "1500.00"
    Prints, for the rules in force and for the reform: the weighted recipients and the monthly
    and yearly cost of each benefit, the households that gain and lose, and the mean change by
    decile of income per person. --json prints the same as JSON; --chart draws the
    yearly cost of each benefit, now and with the reform, as an SVG file.
cli-error-missing-flag = { $flag } is required.
cli-error-missing-input = Give the input file.
cli-error-too-many-inputs = Give one input file.
cli-error-number = "{ $value }" is not a whole number.
cli-error-run = { $problem }
cli-synth-done = { $households } synthetic households written to { $file } in { $seconds } s.
cli-batch-done = { $households } households evaluated into { $file } in { $seconds } s ({ $rate } a second).
cli-bad-rows = { $count } households were skipped:
cli-bad-more = … and { $count } more.
cli-sim-title = Reform: { $title } — { $households } households, rules on { $date }
cli-sim-benefit = benefit
cli-sim-recipients = recipients
cli-sim-monthly = cost a month, som
cli-sim-yearly = cost a year, som
cli-sim-baseline = now
cli-sim-reform = reform
cli-sim-total = total
cli-sim-gainers = Households that gain: { $gain }; that lose: { $lose } (weighted).
cli-sim-deciles = Mean change of a household's benefits a year, by decile of income per person:
cli-sim-decile = { $decile }. up to { $income } som a person: { $households } households, { $change } som
cli-sim-chart-title = { $title }: the cost a year
cli-sim-chart-axis = millions of som a year
cli-sim-unknown = { $benefit }: { $baseline } households now and { $reform } with the reform have it due with no published amount; they are not in the cost.
cli-progress = households

## Problems with population files and reform files (ukuk batch, ukuk simulate; crates/ukuk-pop/src/problem.rs).
pop-place-line = line { $line }
pop-place-lines = lines { $first }-{ $last }
pop-place-row = row { $row }
pop-place-rows = rows { $first }-{ $last }
pop-place-header = the header
pop-bad-row = { $place }: { $problems }
pop-bad-row-household = { $place } (household { $household }): { $problems }
pop-strict = { $row } (--strict: stopped)
pop-detail = { $detail }
pop-file = { $file }: { $detail }
pop-unknown-format = { $file }: unknown format; the extension must be .parquet, .csv or .jsonl
pop-not-parquet = { $file }: not a Parquet file: { $detail }
pop-cannot-read = cannot read: { $detail }
pop-not-json = not JSON: { $detail }
pop-not-object = not a JSON object
pop-id-type = id must be a string or a number
pop-weight-type = weight must be a number
pop-weight = weight '{ $weight }' is not a number of 0 or more
pop-not-csv = not CSV: { $detail }
pop-not-csv-line = line { $line } is not CSV: { $detail }
pop-cells = line { $line } has { $cells } cells, the header { $header }
pop-rows-apart = this household's rows are not together in the file
pop-empty-id = household_id is empty
pop-unknown-column = unknown column '{ $column }' (the columns are listed in the README, "Population files")
pop-missing-column = the column '{ $column }' is missing
pop-not-boolean = column { $column }: '{ $value }' is not true or false
pop-not-whole = column { $column }: '{ $value }' is not a whole number
pop-no-rows = a household without rows
pop-no-member-id = column member_id: a row without a member_id
pop-bad-status = column status: '{ $value }' is not citizen, kairylman or foreign
pop-newborn-date = column birth_applicant: a newborn's row needs its birth_date
pop-two-seekers = column insured_months_last_36: two people of one household seek the unemployment allowance; the table carries one
pop-cell-not-a-number = row { $row }, column { $column }: { $value } is not a number
pop-cell-negative-scale = row { $row }, column { $column }: a negative decimal scale
pop-cell-decimal = row { $row }, column { $column }: { $detail }
pop-cell-type = row { $row }, column { $column }: a column of type { $kind } cannot be read
pop-columns-change = the columns change between record batches
pop-not-a-date = { $file }:{ $line }: '{ $value }' is not a date

## Problems in a reform file or a rules file (crates/ukuk-rulesgen: the same checks for both).
rules-expected-string = expected a string, found { $found }
rules-expected-table = expected a table, found { $found }
rules-expected-codes = expected a list of codes, found { $found }
rules-not-a-date = '{ $value }' is not a date of the form YYYY-MM-DD
rules-code = '{ $value }' must be a lowercase code (or a two-letter country code)
rules-twice = '{ $value }' is listed twice
rules-negative-value = value '{ $value }' is negative: amounts, rates and limits are never negative
rules-negative-rate = rate '{ $value }' is negative: amounts, rates and limits are never negative
rules-not-decimal-value = value '{ $value }' is neither a date (YYYY-MM-DD) nor an exact decimal like "810.00"
rules-not-decimal-rate = rate '{ $value }' is neither a date (YYYY-MM-DD) nor an exact decimal like "810.00"
rules-negative-count = value { $value } is negative: counts, ages and limits are never negative
rules-too-large = value { $value } is too large
rules-not-whole = not a whole number
rules-float = floats are not allowed: write money and rates as strings, e.g. "2.5"
rules-unknown-vehicle = unknown vehicle kind '{ $value }' (known: { $known })
rules-unknown-income = unknown income type '{ $value }' (known: { $known })
rules-unknown-animal = unknown animal '{ $value }' in the conversion table (known: { $known })
rules-rate-type = the rate of '{ $animal }' must be a decimal string, found { $found }
rules-value-type = unsupported value type { $found }
rules-toml = not valid TOML: { $detail }
reform-change-list = change must be a list: write [[change]] blocks
reform-change-key = change: unknown key '{ $key }' (expected param, from, until, value)
reform-missing-param = change: missing 'param' (a parameter's name, as `ukuk rules` lists it, e.g. "shared.gmi")
reform-unknown-param = unknown parameter '{ $param }' (`ukuk rules` lists every name)
reform-missing-from = change of { $param }: missing 'from' (the date the new value takes effect)
reform-missing-value = change of { $param }: missing 'value'
reform-value-kind = change of { $param }: the value must be { $kind ->
        [decimal] a decimal
        [int] a whole number
        [date] a date
        [codes] a list of codes
       *[units] a conversion table
    } like the parameter's, not { $got ->
        [decimal] a decimal
        [int] a whole number
        [date] a date
        [codes] a list of codes
       *[units] a conversion table
    }
reform-until-before-from = change of { $param }: until { $until } is before from { $from }
reform-key = unknown key '{ $key }' (expected title and [[change]] blocks)
reform-nothing = the reform changes nothing: add [[change]] blocks
