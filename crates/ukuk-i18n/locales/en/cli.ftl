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
