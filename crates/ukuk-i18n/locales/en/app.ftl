# Ukuk — web app texts (English).
# Engine codes (benefits, rules, documents, errors) are in engine.ftl.

app-title = Ukuk
app-page-title = Ukuk — which state benefits can your family get?
app-tagline = Which state benefits can your family get? Answer a few questions; the result updates as you type.
app-lang-name = English
# The languages by their own names (on the buttons, before a language is loaded).
app-lang-ky = Кыргызча
app-lang-ru = Русский
app-lang-en = English
app-language = Language

## Privacy.

app-privacy = Everything is calculated on this device. Nothing is sent anywhere, and nothing is saved unless you ask.
# The first screen, while the calculator itself is still arriving (a slow connection).
app-loading = The calculator is loading. On a slow connection this takes a few seconds; meanwhile, you can enter the date of birth.
app-remember = Remember my answers on this device
app-forget = Forget everything

## The questions.

app-questions = Questions about the family
app-members = Who lives in the family
app-members-note = Add everyone who lives and keeps house together: parents, children, grandparents.
app-member-default = Person { $n }
app-age = { $age ->
        [one] { $age } year old
       *[other] { $age } years old
    }
app-add-member = + Add a person
app-remove = Remove
app-remove-named = Remove: { $what }
app-member-name = Name (optional)
app-member-name-note = Only to tell people apart. It stays on this device.
app-birth-date = Date of birth
app-sex = Sex
app-sex-female = Woman
app-sex-male = Man
app-status = Citizenship
app-country = Country of citizenship
app-country-other = Another country
app-country-code = Country code (two letters)
app-country-code-note = For example KG, RU, TR.
app-choose = — choose —
app-residence-permit = Has a residence permit in the Kyrgyz Republic
app-disabled = Has a disability
app-disability-group = Disability group
app-group-1 = Group I
app-group-2 = Group II
app-group-3 = Group III
app-since-childhood = Disabled since childhood
app-hiv = Lives with HIV
app-mother-hiv = The mother lives with HIV
app-orphan = Orphan status
app-orphan-none = Not an orphan
app-orphan-full = Full orphan (both parents dead)
app-orphan-lost_breadwinner = Lost a breadwinner
app-orphan-parents_unknown = Both parents unknown
app-hero-mother = Hero mother (баатыр эне)
app-pension-right = Has a right to a pension
app-pension-right-note = Any pension from the Social Fund (old age, disability, loss of breadwinner), received or due.
app-mother-residence-years = Years the mother has lived here
app-mother-residence-years-note = For «Бала береке»: whole years the mother of the youngest children has lived in this high-mountain or remote area.
app-birth-order = Which child of the mother is this?
app-birth-order-note = 1 for the first. Count the mother's children who live elsewhere too; leave empty to count only the children listed here.
app-officer = Law-enforcement officers
app-officer-open = Someone in the family is, or was, an officer of a law-enforcement body who died, became disabled or was injured in service
app-officer-event = What happened
app-officer-event-death = Died in service (or within a year after it)
app-officer-event-disability = Became disabled, and could not serve any more
app-officer-event-group_raised = The disability group was raised
app-officer-event-death_after_disability = Died after a disability was set
app-officer-event-injury = Was injured in the line of duty, and still serves
app-officer-event-date = Date of the event
app-officer-left = Last day of service
app-officer-left-note = Leave empty if the officer was still serving.
app-officer-cause = Did it follow from harm or illness of the service period?
app-officer-pay = Monthly pay of the last post
app-officer-pay-note = The whole monthly pay (акчалай үлүш), as on the agency's certificate.
app-officer-salary = Salary of the post and rank
app-officer-salary-note = The post-and-rank salary only (кызматтык маяна), not the whole pay.
app-officer-severity = How severe the injury was (as the medical institution decided)
app-officer-severity-severe = Severe
app-officer-severity-moderate = Moderate
app-officer-severity-light = Light
app-officer-group = Disability group
app-officer-previous-group = The group before it was raised
app-officer-exclusions = Does any of these apply to the event?
app-answer-yes = Yes
app-answer-no = No
app-birth-applicant-role = The applicant is
app-birth-lives-apart = The applicant does not live with the child
app-unemployment-continuous = Were 12 of these months in a row, without a break?
app-full-state-support = Under full state support (for example, lives in a state children's home)
app-income = Monthly income
app-income-given = { $count ->
        [one] 1 amount
       *[other] { $count } amounts
    }
app-income-note = Amounts per month, in som. You can write 3000 or 3 000,50.
app-income-counted = Counted for family assistance
app-income-not-counted = Not counted for family assistance

app-assets = Property
app-vehicles = Vehicles
app-vehicles-note = Cars, lorries, minibuses, tractors and combines the family owns.
app-vehicle-kind = Kind
app-vehicle-year = Year made
app-vehicle-working = In working order
app-add-vehicle = + Add a vehicle
app-livestock = Livestock
app-livestock-note = How many animals of each kind the family keeps.
app-animal-rate = { $animal } ({ $units } { $units ->
        [one] unit
       *[other] units
    } each)
app-other-animal-kind = Animal
app-other-animal-name = Which animal
app-count = How many
app-add-other-animal = + Another animal
app-animal-camel = camel
app-animal-yak = yak
app-animal-donkey = donkey
app-animal-pig = pig
app-animal-poultry = poultry
app-animal-other_animal = another animal
app-livestock-line = { $units } units (МММ), { $per_member } per person; limit { $limit } per person.
app-livestock-within = Within the limit.
app-livestock-over = Over the limit.
app-livestock-unconverted = Not in the conversion table: { $animals }. The office decides how to count them.
app-livestock-waiting = The livestock units are shown once the answers have no errors.

app-births = Births
app-birth-applicant = Who applies
app-birth-application-date = Date of application
app-birth-application-date-note = Leave empty if you have not applied yet: you will see the deadline.

app-unemployment = Looking for work
app-unemployment-open = Someone in the family is registered, or wants to register, as unemployed
app-unemployment-member = Who
app-unemployment-registered = Date of registration as unemployed
app-unemployment-registered-note = Leave empty to use the date of the calculation.
app-unemployment-insured = Months of insured work in the last 3 years
app-unemployment-insured-note = Months with contributions to the Social Fund in the last 36 months.
app-unemployment-paid = Months of unemployment allowance already paid in the last 3 years
app-unemployment-severance = Average wage kept after dismissal until
app-unemployment-severance-note = Only after dismissal on liquidation or staff reduction. Leave empty otherwise.
app-unemployment-first-time = Looking for work for the first time
app-unemployment-long-break = Returning to work after a break of more than two years
app-unemployment-bars = Does any of these apply?
app-unemployment-bars-note = Tick each that applies to this person.

app-place = Place and date
app-region-coefficient = Regional coefficient
app-region-coefficient-note = 1 in most places. Higher in some high-mountain and remote settlements; the district office knows yours.
app-high-mountain = The family lives in a high-mountain area
app-eval-date = Date of the calculation
app-eval-date-note = Today by default. A counsellor can choose another date to see the rules in force then.

## Input problems.

app-hint-needed = Fill this in to include it in the calculation.
app-error-required = Please answer this question.
app-error-whole-number = “{ $value }” is not a whole number. Write digits only, for example 3.
app-errors-title = Please correct these answers
app-error-place-member = { $member }
app-error-place-birth = Birth { $n }
app-error-place-vehicle = Vehicle { $n }
app-error-place-form = Questions about the family

## The results.

app-results = Result
app-jump = See the result
app-jump-amount = { $amount } a month — see the result
app-jump-errors = Some answers need correcting — see the list
app-summary-monthly = In all, a month: { $amount }.
app-summary-once = In all, once: { $amount }.
app-summary-none = With these answers the family gets none of these benefits. See below what would change that.
app-warning-stale = These rules were last checked against official sources on { $verified }. Amounts and conditions may have changed since then: confirm them at the office before relying on this result.
app-warning-stale-which = Which rules
app-rules-date = Rules in force on { $date }. Checked against official sources up to { $verified }.
app-amount-monthly = { $amount } a month
app-amount-once = { $amount } once
app-amount-unknown = Amount set by the office
app-dates = From { $starts } to { $ends }
app-starts = From { $starts }
app-due-on = Due on { $date }
app-per-member = { $member }: { $amount }
app-breadwinner-included = Includes { $amount } for the loss of a breadwinner.
app-other-categories = Could choose instead: { $categories }
app-birth-line = Birth on { $date } ({ $children ->
        [one] 1 child
       *[other] { $children } children
    })
app-birth-deadline = Apply by { $deadline }.
app-why = Why
app-fix = What would change this:
app-source = Legal source
app-source-grade = Grade of the source: { $grade }.
app-schedule = Month by month
app-schedule-run = { $from } – { $until }: { $amount } a month
app-answer-unemployment = Answer the questions about looking for work
app-documents = Documents and where to apply
app-where = Where:
app-benefit-verified = These rules were checked against official sources up to { $date }.
app-footer = Ukuk is a guide, not a decision: the office that pays the benefit decides. Based on the handbook for social workers (2020–2021) and later official changes.

## Countries of the 1994 agreement on payments to families with children.

app-country-RU = Russia
app-country-MD = Moldova
app-country-UZ = Uzbekistan
app-country-TJ = Tajikistan
app-country-KZ = Kazakhstan
app-country-AM = Armenia
app-country-BY = Belarus

## A form to trust: empty answers, undo, dates.

app-member-to-fill = to fill in
app-age-months = { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
app-date-format = dd.mm.yyyy
app-births-none = A child under one year old entered among the people shows here, for the one-time payment at birth. Twins or triplets (one date of birth) are one birth.
app-birth-title = Birth on { $date }: { $names }
app-calc-date-today = Calculated for today, { $date }
app-calc-date-other = Calculated for { $date } (not today)
app-calc-date-change = Change the date
app-calc-date-reset = Back to today
app-new-family = New family
app-forget-confirm = Erase all the answers: { $people ->
        [one] { $people } person
       *[other] { $people } people
    }, incomes, property and the copy kept on this device?
app-forget-yes = Yes, erase
app-forget-no = Cancel
app-undo = Undo
app-undo-member = Removed: { $member }.
app-undo-new-family = A new family was started.
app-undo-forget = All answers erased; nothing is saved on this device. Until your next change they can be brought back (they are only in this page's memory).
app-summary-assumes = Amounts and dates assume you apply on { $date }.
app-headline = { $benefit }: { $amount }
app-headline-from = { $benefit }: { $amount } from { $from }
app-group-asking = Your answer is needed
app-group-refused = Not due with these answers
app-unasked = { $benefit }: is anyone in the family looking for work?
app-warnings-count = Notes ({ $count })
app-error-date = "{ $value }" is not a date. Write the day, month and year: 01.05.1990.
app-error-amount = "{ $value }" is not a sum. Write 3000 or 3 000,50.
app-error-coefficient = "{ $value }" is not a coefficient. Write a number such as 1 or 1,15.
benefit-short-birth_payment = «Balaga süyünchü» (birth payment)
benefit-short-family_assistance = «Üy-bülögö kömök» (family assistance)
benefit-short-social_benefit = Monthly social benefit
benefit-short-unemployment_allowance = Unemployment allowance
benefit-short-bala_yrysy = «Bala yrysy»
benefit-short-high_mountain_help = High-mountain help
benefit-short-bala_bereke = «Bala bereke»
benefit-short-officer_insurance = Officer's insurance sum
app-held = These results show once the answers above are corrected:

## The case: save, open, link, compare, print.

app-case = The family's case
app-save = Save to a file
app-open = Open a file
app-share = Share as a link
app-share-warning = This link holds the family's answers (dates of birth, incomes, property). Give it only to someone you trust. This part of the link is never sent to a server.
app-share-link = Link
app-compare = Compare with another scenario
app-print = Print for the family
app-open-failed = The file was not opened; the form is unchanged.
app-open-not-json = This is not a household file saved by Ukuk.
app-open-refused = A problem in the file: { $path } — { $message }
app-undo-opened = A household was opened from a file.
app-compare-title = Two scenarios compared
app-scenario-a = Scenario A
app-scenario-b = Scenario B
app-compare-end = Close the comparison
app-compare-editing-a = The form shows scenario A.
app-compare-editing-b = The form shows scenario B: change it and see the difference.
app-compare-benefit = Benefit
app-compare-total = In all, a month
app-print-title = Ukuk: the benefits the family can get

## Privacy.

app-rules-link = Rules and their sources
privacy-link = Privacy
privacy-title = Ukuk and your data
privacy-where = Everything is computed on this device, in the browser. The answers (dates of birth, incomes, health, property) are sent to no server: the page loads nothing but the site's own files.
privacy-stored = Nothing is stored unless you tick "Remember my answers on this device". The browser keeps only the app's own files (never answers), so that it opens without a connection.
privacy-files = Saving to a file and sharing a link happen only when you choose. A link holds the family's answers, in the part after "#", which is never sent to a server.
privacy-embed = The calculator can be put on another site in three ways; in each, the computing happens on your device. 1) The <ukuk-calculator> tag on that site's page: the calculator runs inside the page, so the site can see everything you type and the result; the calculator writes nothing to the site's storage. 2) An iframe on another site (embed.html): that site sees neither your answers nor the result; the calculator tells it only its own height. 3) The JavaScript API: the site's own page passes the answers in and sees them.
privacy-forget = To forget: "Forget everything" erases the answers and the saved copy (it asks once, and lets you undo for a short while).
privacy-back = Back to the calculator
