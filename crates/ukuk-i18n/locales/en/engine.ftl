# Ukuk — English texts of the engine: rules, benefits, documents, errors.
#
# Message ids of rules are the engine's rule ids with '.' written as '-'
# (`family_assistance.income_below_gmi` → `family_assistance-income_below_gmi`).
# A rule's message is its short title; its attributes say the outcome:
#   .pass     the rule is met
#   .fail     the rule is not met
#   .unknown  a fact is missing (only for rules that can be undecided)
#   .fix      what would change a refusal (only where it can change)
#   .note     an extra remark: show it only when every variable it uses is in
#             the reason's `detail` (and, for a list, the list is not empty)
#
# Variables are the keys of the reason's `detail`, verbatim. How a caller
# passes each value (tests/i18n.rs checks the files against this):
#   - money: formatted with its currency, e.g. `format_money` → "1 200,00 сом";
#   - dates: formatted, e.g. `format_date` → "15.06.2020";
#   - decimal numbers (units, coefficients): `format_number`;
#   - whole numbers: plain digits (plural selects read them);
#   - booleans: "true" or "false" (the texts select on them);
#   - text codes that name something are passed as their name, the message
#     `<prefix>-<code>`: kind → vehicle-, category → category-, rules → rules-;
#   - text codes the texts select on are passed raw: `missing`, `basis` and
#     `status` (their names, for other uses, are value-<code> and
#     residence-<code>);
#   - lists: each item named like the key's single value (categories, others
#     → category-, bars → bar-), others as they are, joined with ", ";
#   - anything else (member ids, country codes, animal names) as it is.

money = { $amount } som

## Benefits, statuses and periods.

-birth-payment = «Балага сүйүнчү»
-family-assistance = «Үй-бүлөгө көмөк»

benefit-birth_payment = { -birth-payment } — one-time payment at a child's birth
    .description = A one-time payment for every child born, whatever the family's income.
benefit-family_assistance = { -family-assistance } — monthly family assistance
    .description = A monthly payment for poor families with children under 16 whose income per person is below the guaranteed minimum income.
benefit-social_benefit = Monthly social benefit
    .description = A monthly benefit, whatever the income, for people with no right to a pension: children with disabilities or living with HIV, orphans, people with disabilities, hero mothers and elderly people.
benefit-bala_yrysy = «Бала ырысы» — for every child under 3
    .description = A monthly payment from 1 July 2026 for every child under 3, whatever the family's income.
benefit-high_mountain_help = High-mountain help — for the 3rd and later children under 3
    .description = A monthly payment from 2026 for the third and each later child under 3, born from 1 January 2026, in families living in high-mountain, remote or special border settlements, whatever the income.
benefit-bala_bereke = «Бала береке» — for the 4th and later children
    .description = A one-time sum, from 100 000 to 2 000 000 som, for the fourth and each later child born from 1 January 2026 to a mother living in a high-mountain or remote area, paid at the child's first birthday.
benefit-officer_insurance = Insurance sum for a law-enforcement officer
    .description = A one-time sum for an officer of a law-enforcement body, or the family, after death, disability or an injury in service (Law No. 102 of 2019, art. 74).
benefit-unemployment_allowance = Unemployment allowance
    .description = A monthly allowance for citizens registered as unemployed who have at least 12 months of insurance record in the last 3 years.

status-eligible = Entitled
status-not_eligible = Not entitled
status-needs_information = More information needed

period-monthly = a month
period-once = once

## Which rules a warning is about (`rules` in warning-rules_not_verified).

rules-birth_payment = { -birth-payment }
rules-family_assistance = { -family-assistance }
rules-social_benefit = the monthly social benefit
rules-bala_yrysy = «Бала ырысы»
rules-high_mountain_help = the high-mountain help
rules-bala_bereke = «Бала береке»
rules-officer_insurance = the officers' insurance sums
rules-unemployment_allowance = the unemployment allowance
rules-livestock = the livestock conversion table
rules-shared = the guaranteed minimum income and the age of a child

## Warnings.

warning-rules_not_verified = The rules for { $rules } were last checked against official sources on { $verified_until }. Amounts and conditions may have changed since then: confirm them at the office before relying on this result.
warning-combination_unpublished = { $benefit } and { $other } are both due. Whether they are paid together is not yet published: both are shown; the office decides.
warning-choose_one = { $benefit } ({ $amount } a month) and { $other } ({ $other_amount } a month) cannot be received together: the family chooses one. The larger is { $larger }.
warning-residence_readings_differ = { $benefit }: the mother has lived in the area for { $years } years. The later report asks { $required_years }, an earlier one { $earlier_report_years }: the calculator applies { $required_years }; confirm at the office.
warning-press_source = { $parameter } ({ $benefit }) rests on press reports of { $act }, not on the text of the act: confirm it at the office before relying on it.

## How good a source is: the `grade` of a reason and of a value.

grade-official = the text of the act on an official site
grade-act_text = the text of the act in a legal database
grade-handbook = the handbook for social workers (2021)
grade-press = press reports
grade-press-note = This figure rests on press reports, not on the text of the act: confirm it at the office.

## Dated values that can rest on press reports (`parameter` in warning-press_source).

param-bala_yrysy-amount_per_child = The amount of «Бала ырысы»
param-bala_yrysy-child_age_limit = The age limit of «Бала ырысы»
param-high_mountain_help-amount_per_child = The amount of the high-mountain help
param-high_mountain_help-min_birth_order = The child from which the high-mountain help is paid
param-high_mountain_help-child_age_limit = The age limit of the high-mountain help
param-high_mountain_help-born_from = The birth date from which the high-mountain help is paid
param-bala_bereke-amount_4th = The sum for the 4th child
param-bala_bereke-amount_5th = The sum for the 5th child
param-bala_bereke-amount_6th = The sum for the 6th child
param-bala_bereke-amount_7th = The sum for the 7th child
param-bala_bereke-amount_8th = The sum for the 8th child
param-bala_bereke-amount_9th = The sum for the 9th child
param-bala_bereke-amount_10th_and_later = The sum for the 10th and later children
param-bala_bereke-min_birth_order = The child from which «Бала береке» is paid
param-bala_bereke-born_from = The birth date from which «Бала береке» is paid
param-bala_bereke-claims_from = The day claims for «Бала береке» open
param-bala_bereke-age_paid_years = The age at which «Бала береке» is paid
param-bala_bereke-residence_years_applied = The years of residence asked for «Бала береке»
param-bala_bereke-residence_years_reported_earlier = The years of residence of the earlier report
param-shared-gmi = The guaranteed minimum income
param-birth_payment-multiple_birth_min_children = The rule for triplets and more
param-birth_payment-multiple_birth_amount_per_child = The payment for each of triplets and more
param-social_benefit-amount_general_disability_1 = The benefit for group I disability from general illness
param-social_benefit-amount_general_disability_2 = The benefit for group II disability from general illness
param-social_benefit-amount_general_disability_3 = The benefit for group III disability from general illness
param-social_benefit-amount_hero_mother = The hero mothers' benefit
param-social_benefit-amount_elderly = The elderly citizens' benefit
param-social_benefit-amount_elderly_high_mountain = The benefit for elderly citizens in high-mountain areas
param-social_benefit-amount_full_orphan = The benefit for full orphans
param-social_benefit-amount_lost_breadwinner = The loss-of-breadwinner benefit
param-social_benefit-amount_parents_unknown = The benefit for children whose parents are unknown
param-unemployment_allowance-press_reported_base = The reported base of the unemployment allowance
param-unemployment_allowance-press_reported_average = The reported average unemployment allowance
param-birth_payment-amount_per_child = The birth payment per child
param-birth_payment-application_window_months = Months after the birth to apply for the birth payment
param-birth_payment-born_from = The birth date from which the birth payment is paid
param-birth_payment-collection_months = Months to collect an assigned birth payment
param-birth_payment-payout_working_days = Working days to pay the birth payment
param-family_assistance-amount_per_child = The family assistance amount per child
param-family_assistance-car_age_limit_years = Age of a car below which it counts against family assistance, in years
param-family_assistance-child_age_limit = The age limit of a child for family assistance
param-family_assistance-counted_income = Incomes counted for family assistance
param-family_assistance-disqualifying_vehicles = Vehicles that bar family assistance
param-family_assistance-grant_months = Months for which family assistance is granted
param-family_assistance-livestock_units_limit_per_member = Livestock limit per family member, in small-livestock units
param-family_assistance-not_counted_income = Incomes not counted for family assistance
param-family_assistance-reapplication_bar_months = Months before a family refused for false information may apply again
param-family_assistance-report_changes_days = Days to report a change in the family
param-family_assistance-social_contract_bar_years = Years after a social contract before family assistance
param-livestock-units = Livestock conversion into small-livestock units
param-officer_insurance-death_years = Years of pay for an officer's death
param-officer_insurance-disability_years_1 = Years of pay for group I disability
param-officer_insurance-disability_years_2 = Years of pay for group II disability
param-officer_insurance-disability_years_3 = Years of pay for group III disability
param-officer_insurance-exclusions = When the insurance sum is not paid
param-officer_insurance-injury_times_light = Monthly pays for a light injury
param-officer_insurance-injury_times_moderate = Monthly pays for a moderate injury
param-officer_insurance-injury_times_severe = Monthly pays for a severe injury
param-officer_insurance-insured_after_service_months = Months after leaving service still insured
param-officer_insurance-months_per_year = Months of pay in a year
param-shared-child_age_limit = The age up to which a person is a child
param-shared-pension_age_female = Pension age of a woman
param-shared-pension_age_male = Pension age of a man
param-shared-treaty_countries = Countries with a pension treaty
param-social_benefit-amount_child_disability = The benefit for a child with a disability
param-social_benefit-amount_child_hiv = The benefit for a child living with HIV
param-social_benefit-amount_child_of_hiv_mother = The benefit for a child born to a mother living with HIV
param-social_benefit-amount_childhood_disability_1 = The benefit for group I disability from childhood
param-social_benefit-amount_childhood_disability_2 = The benefit for group II disability from childhood
param-social_benefit-amount_childhood_disability_3 = The benefit for group III disability from childhood
param-social_benefit-elderly_age_female = Age of an elderly woman for the social benefit
param-social_benefit-elderly_age_male = Age of an elderly man for the social benefit
param-social_benefit-hero_mother_age = Age of a hero mother for her benefit
param-social_benefit-hiv_mother_child_months = Age in months until which a child of a mother living with HIV gets the benefit
param-unemployment_allowance-insured_months_required = Months of insurance needed for the unemployment allowance
param-unemployment_allowance-max_paid_months = Longest payment of the unemployment allowance, in months
param-unemployment_allowance-max_paid_window_months = The period in which that longest payment is counted, in months
param-unemployment_allowance-min_age = Youngest age for the unemployment allowance
param-unemployment_allowance-record_window_months = The period in which the insurance months are counted, in months
param-unemployment_allowance-registration_bars = Who cannot be registered as unemployed
param-unemployment_allowance-start_day_after_registration = Day after registration from which the allowance is paid

## What every benefit needs to know.

shared-member_facts_given = Each member's date of birth and sex
    .pass = Every member's date of birth and sex are given.
    .unknown = { $missing ->
        [sex] { $member }: sex not chosen yet — the result waits for it.
       *[birth_date] { $member }: date of birth not given yet — the result waits for it.
    }
    .fail = { $missing ->
        [sex] { $member }: sex not chosen yet — the result waits for it.
       *[birth_date] { $member }: date of birth not given yet — the result waits for it.
    }

## «Балага сүйүнчү»: the one-time payment at a birth.

birth_payment-has_birth = A child's birth is recorded
    .pass = A birth is recorded for this household.
    .fail = No birth is entered for this household (a child born in the last year).
    .fix = Enter the newborn with the date of birth; twins or triplets born the same day are one birth.

birth_payment-born_on_or_after_start = Born on or after the start of the payment
    .pass = The child was born on { $birth_date }, on or after { $start_date }.
    .fail = The child was born on { $birth_date }, before { $start_date }: the payment is for children born from that day on.

birth_payment-not_full_state_support = The child is not under full state support
    .pass = The child born on { $birth_date } is not under full state support.
    .fail = The child born on { $birth_date } is under full state support: the payment is not made for such children.

birth_payment-applicant_status = The applicant may receive the payment
    .pass = { $status ->
        [kairylman] { $applicant } is a kairylman and may apply (with a copy of the kairylman certificate).
        [foreign] { $applicant } is a citizen of { $country }, a party to the 1994 agreement, with a residence permit, and may apply (with a copy of the permit).
       *[citizen] { $applicant } is a citizen of the Kyrgyz Republic and may apply.
    }
    .fail = { $status ->
        [full_state_support] { $applicant } is on full state support, which the law on state benefits does not cover.
       *[foreign] { $applicant } is a citizen of { $country }, { $country_listed ->
            [true] a party to the 1994 agreement, but has no residence permit in the Kyrgyz Republic.
           *[false] which is not a party to the 1994 agreement (parties: { $countries }).
        }
    }
    .fix = { $status ->
        [full_state_support] A parent or guardian living with the child who is not on full state support can apply instead.
       *[foreign] { $country_listed ->
            [true] With a residence permit in the Kyrgyz Republic { $applicant } could apply; a parent or guardian living with the child who is a citizen or a kairylman can also apply.
           *[false] A parent or guardian living with the child who is a citizen of the Kyrgyz Republic or a kairylman can apply instead.
        }
    }
    .unknown = { $missing ->
        [applicant] It is not stated who applies: a parent or guardian living with the child, or a person with a power of attorney.
       *[status] The citizenship or residence status of { $applicant } is not stated.
    }

birth_payment-applicant_lives_with_child = The applicant lives with the child
    .pass = { $role ->
        [proxy] { $applicant } applies with a power of attorney, which does not require living with the child.
        [guardian] { $applicant } is the child's guardian and lives with the child (bring the court's decision on guardianship).
       *[parent] { $applicant } is a parent living with the child.
    }
    .fail = { $applicant } does not live with the child: a parent or guardian must live with the child to apply.
    .fix = The parent or guardian who lives with the child can apply, or give { $applicant } a power of attorney.

birth_payment-applied_within_window = Applied within six months of the birth
    .pass = { $days_late ->
        [0] Applied on { $application_date }, in time: the deadline is { $deadline } ({ $window_months } months after the birth).
       *[other] Not applied yet. The deadline is { $deadline } ({ $window_months } months after the birth): { $days_left ->
            [one] { $days_left } day left.
           *[other] { $days_left } days left.
        }
    }
    .fail = { $missing ->
        [application_date] No application date is given and the deadline of { $deadline } ({ $window_months } months after the birth) has passed: a claim made on the calculation date would be { $days_late ->
            [one] { $days_late } day
           *[other] { $days_late } days
        } late. If the family applied in time, give the date it applied.
       *[other] Applied on { $application_date }, { $days_late ->
            [one] { $days_late } day
           *[other] { $days_late } days
        } after the deadline of { $deadline } ({ $window_months } months after the birth).
    }
    .unknown = The application date is not given and the deadline of { $deadline } has passed: whether the application was in time cannot be checked.

birth_payment-amount = Amount of the payment
    .pass = { $children ->
        [one] { $total } for one child.
       *[other] { $total } for { $children } children born at once ({ $amount_per_child } per child).
    }
    .fail = The amount for this birth cannot be determined.

birth_payment-payout = When the money arrives
    .pass = The money reaches the account within { $working_days } working days of the application (an SMS tells when) and can be collected at the bank for at least { $collect_months } months.
    .fail = When the money arrives cannot be said.
    .note = To be safe, collect it by { $collect_until }.

## «Үй-бүлөгө көмөк»: monthly family assistance.

family_assistance-rules_in_force = Rules in force on the date
    .pass = The rules of family assistance in force on { $date } are known.
    .fail = There are no rules of family assistance for { $date }.
    .unknown = The calculator has no rules of family assistance for { $date }; they start on { $rules_from }.

family_assistance-covered = Covered by the law on state benefits
    .pass = { $status ->
        [not_stated] The citizenship of { $member } is not given. The law covers citizens of the Kyrgyz Republic, kairylmans and citizens of the treaty states with a residence permit; the office checks the passport.
        [kairylman] { $member } is a kairylman, whom the law on state benefits covers.
        [foreign] { $member } is a citizen of { $country }, a treaty state, with a residence permit, whom the law on state benefits covers.
       *[citizen] { $member } is a citizen of the Kyrgyz Republic, whom the law on state benefits covers.
    }
    .fail = No adult of the family is covered by the law on state benefits: { $member } is a citizen of { $country }, { $country_listed ->
        [true] a treaty state, but has no residence permit in the Kyrgyz Republic.
       *[false] which is not a treaty state (the treaty states: { $countries }).
    }
    .fix = A parent or guardian who is a citizen of the Kyrgyz Republic, a kairylman, or a citizen of a treaty state with a residence permit can apply.

family_assistance-applicant = Who applies
    .pass = One of the parents, or a guardian, applies for the family.
    .fail = Only a parent or a guardian can apply for family assistance.

family_assistance-children_under_limit = Children under the age limit
    .pass = { $children ->
        [one] One child under { $age_limit } in the family.
       *[other] { $children } children under { $age_limit } in the family.
    }
    .fail = No child under { $age_limit } in the family.
    .note = Children under full state support are not counted: { $in_full_state_support }.

family_assistance-income_below_gmi = Income per person below the guaranteed minimum income
    .pass = Counted income of { $total_income } a month for { $members ->
        [one] one person
       *[other] { $members } people
    } is { $per_capita_income } per person, below the guaranteed minimum income (GMI) of { $gmi }.
    .fail = { $members ->
        [0] No family member can be counted (everyone is under full state support), so there is no income per person to compare with the guaranteed minimum income (GMI) of { $gmi }.
       *[other] Counted income of { $total_income } a month for { $members } people is { $per_capita_income } per person, not below the guaranteed minimum income (GMI) of { $gmi } (difference { $difference }). Income equal to the GMI is not enough.
    }
    .fix = { $members ->
        [0] At least one family member who is not under full state support is needed.
       *[other] Counted family income would have to be below { $max_total_income } a month in total.
    }
    .note = Not counted: pensions, state benefits, maternity, funeral and unemployment benefits ({ $not_counted_income } a month).
    .reading = Not counted as family members: { $left_out }, on full state support (our reading of the handbook: the family does not keep them).

family_assistance-passenger_car = No newer passenger car in working order
    .pass = { $working ->
        [false] The passenger car made in { $year } is not in working order, so it is not counted.
       *[true] The passenger car made in { $year } is { $age_years } years old, counting its year of manufacture: older than { $limit_years } years, so it is not counted.
    }
    .fail = A passenger car in working order made in { $year } is { $age_years ->
        [one] { $age_years } year old
       *[other] { $age_years } years old
    }, counting its year of manufacture. A car of { $limit_years } years or less shows means and bars the benefit.
    .fix = Only a passenger car made in { $newest_allowed_year } or earlier, or one not in working order, would not bar the benefit.

family_assistance-heavy_vehicle = No lorry, minibus, tractor or combine in working order
    .pass = { $working ->
        [false] Vehicle: { $kind } ({ $year }), not in working order, so it is not counted.
       *[true] Vehicle: { $kind } ({ $year }), does not bar the benefit.
    }
    .fail = Vehicle: { $kind } ({ $year }), in working order: it bars the benefit, whatever its age.
    .fix = Without this vehicle in working order the family would not be barred.

family_assistance-livestock_within_limit = Livestock within the limit per person
    .pass = The livestock makes { $units } small-livestock units (МММ): { $per_member } per family member, not more than { $limit_per_member }.
    .fail = The livestock makes { $units } small-livestock units (МММ): { $per_member } per family member, more than the limit of { $limit_per_member }.
    .fix = The family's livestock would have to be { $max_units } units or less in total.

family_assistance-livestock_convertible = Every animal can be converted to small-livestock units
    .pass = Not in the conversion table: { $animals }. They do not change the result: the limit is exceeded without them.
    .fail = Not in the conversion table: { $animals }.
    .unknown = Not in the conversion table: { $animals }. The handbook gives no rate for them, so the result depends on how the office of labour and social development counts them.

family_assistance-no_social_contract = No recent social contract
    .pass = The social contract signed on { $signed_on } no longer bars the benefit: the bar ended on { $bar_until }.
    .fail = The family signed a social contract on { $signed_on }: for { $bar_years ->
        [one] { $bar_years } year
       *[other] { $bar_years } years
    }, until { $bar_until }, it cannot receive family assistance.
    .fix = The family can apply again after { $bar_until }.

family_assistance-amount = Amount of family assistance
    .pass = { $children ->
        [one] { $per_child } a month for one child
       *[other] { $per_child } a month for each of { $children } children, { $total } in total
    } ({ $amount_per_child } × regional coefficient { $region_coefficient }).
    .fail = The amount of family assistance cannot be determined.

family_assistance-schedule = Each month at the rate in force that month
    .pass = From { $changes_on } the monthly amount changes from { $amount_before } to { $amount_after } ({ $amount_per_child } a child): each of the { $months } months is paid at the rate in force in that month.
    .fail = The months of payment cannot be worked out.

family_assistance-duties = What the family must do while it is paid
    .pass = Report any change in income or in the family, a move, or leaving the country to the office within { $report_within_days } days. If the office finds that facts were concealed, payment stops, the money paid is returned, and no new application is accepted for { $reapplication_bar_months } months.
    .fail = The family's duties cannot be shown.

## Livestock conversion.

livestock-units = Livestock converted to small-livestock units
    .pass = The livestock was converted to small-livestock units (МММ) with the table in force.
    .fail = No livestock conversion table is in force on this date.

## The monthly social benefit.

social_benefit-rules_in_force = Rules in force on the date
    .pass = The rules of the social benefit in force on { $date } are known.
    .fail = There are no rules of the social benefit for { $date }.
    .unknown = The calculator has no rules of the social benefit for { $date }.

social_benefit-covered = Covered by the law on state benefits
    .pass = { $status ->
        [not_stated] The citizenship of { $member } is not given. The law covers citizens of the Kyrgyz Republic, kairylmans and citizens of the treaty states with a residence permit; the office checks the passport.
        [kairylman] { $member } is a kairylman, whom the law on state benefits covers.
        [foreign] { $member } is a citizen of { $country }, a treaty state, with a residence permit, whom the law on state benefits covers.
       *[citizen] { $member } is a citizen of the Kyrgyz Republic, whom the law on state benefits covers.
    }
    .fail = { $member } is a citizen of { $country }, { $country_listed ->
        [true] a treaty state, but has no residence permit in the Kyrgyz Republic: the law on state benefits does not cover { $member }.
       *[false] which is not a treaty state (the treaty states: { $countries }): the law on state benefits does not cover { $member }.
    }
    .fix = { $country_listed ->
        [true] With a residence permit in the Kyrgyz Republic { $member } would be covered.
       *[false] Only citizens of the Kyrgyz Republic, kairylmans and citizens of the treaty states with a residence permit are covered.
    }

social_benefit-not_in_state_support = Full state support
    .pass = { $member } is on full state support, but a full orphan or a child whose parents are unknown is still covered by the law on state benefits.
    .fail = { $member } is on full state support: the law on state benefits does not cover people on full state support, except full orphans and children whose parents are unknown (categories: { $categories }).

social_benefit-no_pension_right = No right to a pension
    .pass = { $member } has no right to a pension.
    .fail = { $member } has a right to a pension, so the social benefit is not paid (categories: { $categories }).
    .unknown = { $member } may qualify ({ $categories }), but it is not stated whether { $member } has a right to a pension. A person with a right to a pension gets no social benefit: answer this question.

social_benefit-category = Category of the social benefit
    .pass = { $member }: { $category }, { $amount } a month.
    .fail = { $member } is not in the category “{ $category }”.
    .unknown = { $missing ->
        [disability_group] { $member }: the disability group is not given, and an adult's amount depends on it (group I, II or III, as on the МСЭК certificate).
       *[other] { $member }: { $category }; the amount for this date is not known.
    }

social_benefit-no_category = In a category of the social benefit
    .pass = { $member } is in a category of the social benefit.
    .fail = { $member } ({ $age ->
        [one] { $age } year old
       *[other] { $age } years old
    }) is in none of the categories of the social benefit.

social_benefit-highest_chosen = One benefit per person: the highest
    .pass = A person receives only one social benefit, of their choice. For { $member } the highest is shown: { $category }, { $amount } a month.
    .fail = No category of the social benefit could be chosen for { $member }.
    .note = { $member } also qualifies as: { $others }. The person may choose one of these instead.

social_benefit-breadwinner_added = Loss-of-breadwinner benefit paid on top
    .pass = { $member } also receives { $amount } a month for the loss of a breadwinner, on top of any other social benefit.
    .fail = The loss-of-breadwinner benefit is not added for { $member }.

social_benefit-amount = Amount of the social benefit
    .pass = { $member }: { $base } × regional coefficient { $region_coefficient } = { $amount } a month.
    .fail = The amount of the social benefit for { $member } cannot be determined.

## The unemployment allowance.

unemployment_allowance-questions_answered = The facts about the unemployment are given
    .pass = The facts needed for the unemployment allowance are given.
    .fail = The facts needed for the unemployment allowance are not given.
    .unknown = { $missing ->
        [unemployment] Not given: who is seeking the allowance, when they were registered as unemployed and their insurance record.
       *[other] The calculator has no rules for a registration on { $registered_on }.
    }

unemployment_allowance-citizen = Citizen of the Kyrgyz Republic
    .pass = { $member } is a citizen of the Kyrgyz Republic.
    .fail = { $member } is a foreign citizen: only citizens of the Kyrgyz Republic can be registered as unemployed.
    .unknown = { $status ->
        [kairylman] { $member } is a kairylman. The handbook names citizens only: the employment assistance office decides.
       *[other] The citizenship of { $member } is not stated.
    }

unemployment_allowance-min_age = Old enough to register
    .pass = { $member } was { $age } on the day of registration; registration is from { $min_age }.
    .fail = { $member } was { $age } on the day of registration: people under { $min_age } cannot be registered as unemployed.
    .fix = { $member } can register from the age of { $min_age }.

unemployment_allowance-no_registration_bar = Nothing bars the registration
    .pass = Nothing stated bars the registration of { $member } as unemployed.
    .fail = { $member } cannot be registered as unemployed: { $bars }.
    .fix = Registration becomes possible when none of these applies any more.

unemployment_allowance-not_first_time_or_long_break = Not a first-time job seeker, no long break
    .pass = { $member } is not seeking work for the first time and is not returning after a break of more than two years.
    .fail = { $first_time_job_seeker ->
        [true] { $member } is seeking work for the first time: the allowance is not assigned.
       *[false] { $member } is returning to work after a break of more than two years: the allowance is not assigned.
    }
    .fix = After working again long enough, with contributions paid to the Social Fund, the allowance can be assigned.

unemployment_allowance-insured_record = Enough unbroken insurance record
    .pass = { $member } has { $insured_months } months of insurance record in the last { $window_months } months; { $required_months } unbroken months are needed. { $continuous ->
        [true] The record is unbroken.
       *[other] The months must follow each other without a gap: the Social Fund's statement shows it.
    }
    .fail = { $continuous ->
        [false] { $member } has { $insured_months } months of insurance record in the last { $window_months } months, but with gaps: { $required_months } months without a break are needed.
       *[other] { $member } has { $insured_months ->
            [one] { $insured_months } month
           *[other] { $insured_months } months
        } of insurance record in the last { $window_months } months; { $required_months } are needed.
    }
    .fix = { $continuous ->
        [false] { $required_months } months in a row of insured work, with contributions paid to the Social Fund, would be needed.
       *[other] { $shortfall ->
            [one] One more month
           *[other] { $shortfall } more months
        } of insured work, with contributions paid to the Social Fund, would be needed.
    }

unemployment_allowance-months_left = Months of allowance left
    .pass = { $paid_months ->
        [one] One month
       *[other] { $paid_months } months
    } of the maximum { $max_months } paid in the last { $window_months } months: { $remaining_months } left.
    .fail = The maximum of { $max_months } months within { $window_months } months has already been paid.

unemployment_allowance-start = Start and end of payment
    .pass = Registered on { $registered_on }; paid from { $starts } to { $ends } { $basis ->
        [after_severance] (from the day after the average wage kept on dismissal ended on { $severance_until }).
       *[day_after_registration] (from day { $start_day } of registration, the day of registration being day 1).
    }
    .fail = The start of payment cannot be determined.
    .reading = The handbook also says the allowance counts from the first day of recognition as unemployed; the office decides on recognition within the first ten days, so the calculator takes day { $start_day } as that day.

unemployment_allowance-amount_not_published = The amount is not published
    .pass = The amount depends on the work record, by a scale the government sets that is not published, so it is not computed here. The employment assistance office sets it.
    .fail = The amount cannot be determined.
    .note = For orientation only, not a legal scale: the press reported a base of { $press_reported_base } and an average of { $press_reported_average } (2021).

## «Бала ырысы»: a monthly payment for every child under 3.

bala_yrysy-rules_in_force = The payment exists for the months paid
    .pass = «Бала ырысы» is paid from 1 July 2026; here from { $starts }.
    .fail = «Бала ырысы» exists from { $rules_from }; a payment starting on { $starts } is too early.
    .fix = Apply in { $rules_from } or later: the payment starts the month after.

bala_yrysy-children_under_limit = Children under { $age_limit }
    .pass = { $children ->
        [one] One child under { $age_limit } on { $starts }, whatever the family's income.
       *[other] { $children } children under { $age_limit } on { $starts }, whatever the family's income.
    }
    .fail = No child under { $age_limit } on { $starts }.

bala_yrysy-start = From when and until when
    .pass = For { $member }: from { $starts } to { $ends }, the end of the month in which { $member } turns 3 (a month is paid when the child is under 3 on its first day).
    .fail = The months of payment cannot be worked out.
    .reading = Our reading, as for family assistance: the payment starts on the 1st of the month after the application; the decree's own procedure was not found.

bala_yrysy-amount = Amount of «Бала ырысы»
    .pass = { $children ->
        [one] { $total } a month for one child.
       *[other] { $amount_per_child } a month for each of { $children } children: { $total } in total.
    }
    .fail = The amount cannot be determined.

## High-mountain help: the 3rd and later children under 3 in high-mountain settlements.

high_mountain_help-rules_in_force = The help exists for the months paid
    .pass = The high-mountain help is paid from 1 January 2026; here from { $starts }.
    .fail = The high-mountain help exists from { $rules_from }; a payment starting on { $starts } is too early.

high_mountain_help-settlement = A high-mountain, remote or special border settlement
    .pass = The family lives in a high-mountain, remote or special border settlement.
    .fail = The family does not live in a high-mountain, remote or special border settlement (the list of Cabinet Resolution No. 692 of 2025).
    .fix = Families living in a settlement on that list can receive it.

high_mountain_help-children_under_limit = Children under { $age_limit }
    .pass = { $children ->
        [one] One child under { $age_limit } on { $starts }.
       *[other] { $children } children under { $age_limit } on { $starts }.
    }
    .fail = No child under { $age_limit } on { $starts }.

high_mountain_help-born_from = Born on or after { $born_from }
    .pass = { $member } was born on { $birth_date }, on or after { $born_from }.
    .fail = { $member } was born on { $birth_date }, before { $born_from }: the help is for children born from that day.

high_mountain_help-child_order = The third or a later child
    .pass = { $member } is child number { $order } of the mother{ $order_from ->
        [household] , counting the children in the household (give the order if older children live elsewhere)
       *[given] {""}
    }: the help is for child number { $min_order } and later.
    .fail = { $member } is child number { $order } of the mother{ $order_from ->
        [household] , counting the children in the household; if older children live elsewhere, give the child's order
       *[given] {""}
    }: the help is for child number { $min_order } and later.

high_mountain_help-start = From when and until when
    .pass = For { $member }: from { $starts } to { $ends }, the end of the month in which { $member } turns 3.
    .fail = The months of payment cannot be worked out.
    .reading = Our reading, as for family assistance: the payment starts on the 1st of the month after the application.

high_mountain_help-amount = Amount of the high-mountain help
    .pass = { $amount_per_child } a month for each of { $children } { $children ->
        [one] child
       *[other] children
    }: { $total } a month, whatever the income, without a regional coefficient.
    .fail = The amount cannot be determined.

high_mountain_help-not_with_family_assistance = Not together with family assistance
    .pass = The family can receive either this help ({ $amount } a month) or family assistance ({ $other_amount } a month), not both. The larger is { $larger }: the family chooses when it applies.
    .fail = The choice between the two cannot be shown.

## «Бала береке»: one-time sums for the 4th and later children.

bala_bereke-rules_in_force = «Бала береке» exists on the date
    .pass = «Бала береке» is for children born from 1 January 2026.
    .fail = «Бала береке» exists from { $rules_from }; on { $date } it does not yet.

bala_bereke-settlement = A high-mountain or remote area
    .pass = The family lives in a high-mountain or remote area.
    .fail = The family does not live in a high-mountain or remote area.
    .fix = Mothers living in a high-mountain or remote area can receive it.

bala_bereke-young_children = A child born from { $born_from }
    .pass = There is a child born from { $born_from }.
    .fail = No child born from { $born_from } in the household.

bala_bereke-born_from = Born on or after { $born_from }
    .pass = { $member } was born on { $birth_date }, on or after { $born_from }.
    .fail = { $member } was born on { $birth_date }, before { $born_from }: «Бала береке» is for children born from that day.

bala_bereke-child_order = The fourth or a later child
    .pass = { $member } is child number { $order } of the mother{ $order_from ->
        [household] , counting the children in the household
       *[given] {""}
    }: «Бала береке» is for child number { $min_order } and later.
    .fail = { $member } is child number { $order } of the mother{ $order_from ->
        [household] , counting the children in the household; if older children live elsewhere, give the child's order
       *[given] {""}
    }: «Бала береке» is for child number { $min_order } and later.

bala_bereke-residence = The mother's years in the area
    .pass = The mother has lived in the area for { $years } years; { $required_years } are asked{ $only_later_reading ->
        [true] {" "}by the later report (an earlier one said { $earlier_report_years }: confirm at the office).
       *[false] .
    }
    .fail = The mother has lived in the area for { $years } years; { $required_years } are asked (an earlier report said { $earlier_report_years }).
    .unknown = How many years has the mother lived in the high-mountain or remote area? { $required_years } years are asked by the later report, { $earlier_report_years } by an earlier one.
    .fix = After { $required_years } years of living there, the mother can claim it.

bala_bereke-due = The sum for the child
    .pass = For { $member }, child number { $order }: { $amount } once, due on { $due } (the first birthday is { $first_birthday }; claims are accepted from { $claims_from }).
    .fail = The sum cannot be determined.

## Insurance sums for law-enforcement officers (Law No. 102, art. 74).

officer_insurance-event = An insured event of a law-enforcement officer
    .pass = An insured event of a law-enforcement officer is given.
    .fail = No insured event of a law-enforcement officer is given (death, disability, a group raised, death after a disability, or an injury in the line of duty).

officer_insurance-insured_period = The event falls inside the insured period
    .pass = { $in_service ->
        [true] The officer was in service on { $event_date }: insured from the first to the last day of service.
       *[false] The event on { $event_date } falls inside the year after service ended on { $left_service_on }, and follows from harm or illness of the service period.
    }
    .fail = The event on { $event_date } falls outside the insured period: the officer is insured in service, and for one year after it only for death or disability that follows from harm or illness of the service period; an injury that does not end service counts only in service.
    .unknown = The event on { $event_date } is within a year after service ended: does it follow from harm or illness of the service period?

officer_insurance-no_exclusion = Nothing excludes the sum
    .pass = None of the exclusions of part 14 applies.
    .fail = No sum is paid: { $exclusions }.

officer_insurance-amount = The insurance sum
    .pass = { $monthly_pay } monthly pay × { $months } × { $years } years = { $amount }.
    .fail = { $years ->
        [0] The new disability group is not higher than the one paid: nothing is added.
       *[other] The sum cannot be determined for this date.
    }
    .unknown = { $missing ->
        [disability_group] Not given: the disability group.
        [previous_group] Not given: the disability group before it was raised.
       *[monthly_pay] Not given: the monthly pay of the last post.
    }

officer_insurance-injury_amount = The sum for an injury that does not end service
    .pass = { $post_salary } salary of the post and rank × { $times } = { $amount }.
    .fail = This sum exists for injuries from { $in_force_from }.
    .unknown = { $missing ->
        [injury_severity] Not given: how severe the injury was (severe, moderate or light, as the medical institution decided).
       *[post_salary] Not given: the salary of the post and rank.
    }

officer_insurance-payer = Who pays
    .pass = { $payer ->
        [agency] The law-enforcement agency pays it from its own budget.
       *[social_fund] The Social Fund pays it from the republican budget, on the agency's recommendation, after the departmental commission decides.
    }
    .fail = Who pays cannot be said.

## Categories of the social benefit.

category-child_disability = Child with a disability (incl. cerebral palsy)
category-child_hiv = Child living with HIV or AIDS
category-child_of_hiv_mother = Infant born to a mother living with HIV
category-childhood_disability_1 = Disabled from childhood, group I
category-childhood_disability_2 = Disabled from childhood, group II
category-childhood_disability_3 = Disabled from childhood, group III
category-general_disability_1 = Disabled by general illness, group I
category-general_disability_2 = Disabled by general illness, group II
category-general_disability_3 = Disabled by general illness, group III
category-hero_mother = Hero mother (баатыр эне) of pension age
category-elderly = Elderly citizen
category-elderly_high_mountain = Elderly citizen living in a high-mountain area
category-full_orphan = Full orphan (тоголок жетим)
category-parents_unknown = Child whose parents are both unknown
category-lost_breadwinner = Child who lost a breadwinner

## Documents.

document-aids_centre_certificate = Certificate from the regional AIDS centre
document-applicant_passport = Applicant's passport
document-application = Application
document-bank_details = Bank account details
document-breadwinner_death_certificate = Death certificate of the breadwinner
document-child_birth_certificate_copy = Copy of the child's birth certificate
document-children_birth_certificates = Children's birth certificates
document-court_guardianship_decision = Court decision appointing the guardian
document-employment_office_certificate = Certificate from the employment office for each unemployed adult able to work
document-employment_record_book = Employment record book (or its duplicate)
document-family_composition_certificate = Certificate of family composition from the place of residence
document-family_income_statement = Statement of the family's total income
document-hero_mother_certificate = Hero mother certificate
document-identity_document = Identity document
document-insurance_account_statement = Statement of the personal insurance account from the Social Fund
document-kairylman_certificate_copy = Copy of the kairylman certificate
document-land_certificate = Land certificate stating the size and quality of the land
document-livestock_certificate = Certificate of the livestock kept
document-msec_disability_certificate = Disability certificate from the medical and social expert commission (МСЭК)
document-no_pension_right_certificate = Social Fund certificate that there is no right to a pension
document-passport = Passport
document-power_of_attorney = Power of attorney
document-residence_certificate = Certificate of the place of residence
document-residence_permit_copy = Copy of the residence permit of the child's parent

## Where to apply.

where-population_service_centre_or_civil_registry = The population service centre (КТБ/ЦОН) or the civil registry office (ЗАГС) where you live
where-district_social_development_office = The district or city office of labour and social development where you live
where-employment_assistance_office = The employment assistance office

## Officers' insurance: documents, office, exclusions, questions.

document-insurance_claim_application = Application for the insurance sum by the person entitled to it
document-internal_investigation_conclusion = Conclusion of the internal investigation of the death or disability
document-pay_certificate = Certificate of the officer's monthly pay on the day of the insured event
document-death_certificate_notarised_copy = Notarised copy of the death certificate
document-inheritance_certificate = Certificate of the right of inheritance
document-msec_group_conclusion = Conclusion of the authorised body (МСЭК) on the disability group and the loss of working capacity
document-injury_circumstances_act = Act on the circumstances of the wound, contusion or injury (or the certificate of illness)
where-law_enforcement_agency = The personnel service of the law-enforcement agency, which sends the case to the Social Fund
exclusion-crime = a criminal act of the officer
exclusion-unlawful_act_or_deliberate_harm = an unlawful act or deliberate harm by the officer
exclusion-intoxication = intoxication directly linked to the event
exclusion-self_harm = deliberate self-harm or an attempt on one's own life
value-birth_date = date of birth
value-sex = sex
value-officer = the officer's insured event
value-monthly_pay = the monthly pay of the last post
value-post_salary = the salary of the post and rank
value-previous_group = the disability group before it was raised
value-injury_severity = how severe the injury was
value-cause_in_service = whether it follows from harm or illness of the service period

## Livestock, vehicles and income types.

animal-sheep = sheep
animal-goat = goat
animal-cow = cow
animal-ox = ox
animal-heifer = heifer
animal-horse = horse
animal-calf = calf
animal-bull = bull

vehicle-passenger_car = passenger car
vehicle-lorry = lorry
vehicle-minibus = minibus
vehicle-tractor = tractor
vehicle-combine = combine harvester

income-wages = Wages
income-stipend = Stipend
income-business = Business income
income-land = Income from land and garden plots
income-livestock = Income from livestock
income-other = Other income
income-pension = Pension
income-state_benefits = State benefits
income-maternity = Maternity benefit
income-funeral = Funeral grant
income-unemployment = Unemployment benefit

## Reasons that bar registration as unemployed.

bar-old_age_pensioner = receives an old-age pension
bar-missed_appointments = did not come within the set time (10 days) to be offered a job or to be registered
bar-refused_two_job_offers = first-time job seeker without a trade who refused two suitable jobs within 10 days
bar-refused_training_twice = twice refused vocational training or paid public works
bar-false_documents = gave documents with knowingly false information about work and earnings
bar-convicted = sentenced to correctional labour or imprisonment
bar-employed = employed (also while on leave or sick leave)
bar-civil_servant = holds a state or municipal service post
bar-self_employed = self-employed or an entrepreneur
bar-farm_producer = produces farm goods for sale (incl. in a farm or a cooperative)
bar-irrigated_land = family member holding at least 0.05 ha of irrigated farm land
bar-civil_law_contractor = works under a civil-law contract for work or services
bar-military_or_police = serves in the army, police, national security, customs, fire service or prison service
bar-full_time_student = full-time student
bar-non_profit_employee = works in a non-profit organisation
bar-founder = founder (participant) of an organisation

## Residence status of a member.

residence-citizen = citizen of the Kyrgyz Republic
residence-kairylman = kairylman (ethnic Kyrgyz with a kairylman certificate)
residence-foreign = foreign citizen
residence-unknown = status not stated
residence-not_stated = status not stated
residence-full_state_support = on full state support

## Who applies for the birth payment (`role`).

role-parent = a parent
role-guardian = a guardian
role-proxy = a person with a power of attorney

## Codes in reasons' details.

value-day_after_registration = counted from the day of registration
value-after_severance = from the day after the average wage kept on dismissal ends
value-applicant = who applies
value-status = the applicant's citizenship or residence status
value-application_date = the date of the application
value-disability_group = the disability group
value-mother_residence_years = how many years the mother has lived in the area
value-pension_right = whether the person has a right to a pension
value-unemployment = the facts about the unemployment (registration, insurance record)

## Input errors (the engine's error codes). This English text is also the
## `message` of the JSON contract.

error-invalid_json = The input is not valid JSON (line { $line }, column { $column }).
error-wrong_type = Expected { $expected ->
        [whole_number] a whole number
        [decimal_string] an amount as a string, e.g. "3000.00"
       *[other] { $expected }
    }, found { $found }.
error-unknown_field = Unknown field "{ $field }". Known fields here: { $known }.
error-missing_field = The field "{ $field }" is required.
error-invalid_date = "{ $value }" is not a date of the form YYYY-MM-DD.
error-date_before_rules = { $value } is before { $start }, the first day the calculator has rules for.
error-after_date = { $value } is after the evaluation date { $date }.
error-birth_after_date = The birth date { $value } is after the evaluation date { $date }.
error-application_before_birth = The application date { $value } is before the birth on { $birth }.
error-birth_before_applicant = The birth on { $value } is before the applicant was born ({ $applicant_birth }).
error-severance_before_registration = The severance period cannot end ({ $value }) before the registration ({ $registered_on }).
error-amount_not_string = Write amounts as decimal strings, e.g. "3000.00", not as the number { $value }.
error-invalid_amount = "{ $value }" is not an amount; write it like "3000.00".
error-negative = { $value } is negative; it must be zero or more.
error-too_many_decimals = "{ $value }" has more than two decimal places.
error-too_large = { $value } is larger than the accepted maximum of { $max }.
error-not_whole_number = { $value } is not a whole number.
error-invalid_id = "{ $value }" is not a usable id: give 1 to { $max } characters.
error-duplicate_id = The id "{ $value }" is used by another member.
error-unknown_member = No member has the id "{ $value }".
error-too_many = At most { $max } are accepted here; { $count } were given.
error-no_members = A household needs at least one member.
error-coefficient_below_one = The regional coefficient { $value } is below 1.
error-invalid_choice = "{ $value }" is not one of: { $choices }.
error-only_for_foreign = "{ $field }" is only given for a foreign citizen.
error-invalid_country = "{ $value }" is not a two-letter country code such as "RU".
error-hero_mother_male = Only a woman can be a hero mother (баатыр эне).
error-year_out_of_range = The year { $value } is not between 1900 and { $max }.
error-zero_children = A birth has at least one child.
error-pension_right_contradicts_income = A pension is given as this person's income, so they have a right to a pension: "pension_right" cannot be false.
error-invalid_animal = "{ $value }" is not an animal name: use lowercase letters and "_".

## Sources (`cite` in rules/*.toml): the handbook, acts, the press.

source-handbook = Handbook, lines { $lines }
source-article = art. { $article }
source-part = part { $part }
source-item = item { $item }
source-press = { $outlet }
    .dated = { $outlet }, { $date }
source-page = { $site } website
    .dated = { $site } website, { $date }
act-law = Law of the Kyrgyz Republic
    .full = Law of the Kyrgyz Republic No. { $number } of { $date }
    .dated = Law of the Kyrgyz Republic of { $date }
    .numbered = Law of the Kyrgyz Republic No. { $number }
act-law_amendment = Amendments to a law
    .full = Amendments to Law No. { $number }, signed { $date }
    .dated = Amendments to a law, signed { $date }
    .numbered = Amendments to Law No. { $number }
act-presidential_decree = Presidential Decree
    .full = Presidential Decree No. { $number } of { $date }
    .dated = Presidential Decree of { $date }
    .numbered = Presidential Decree No. { $number }
act-government_decree = Government Decree
    .full = Government Decree No. { $number } of { $date }
    .dated = Government Decree of { $date }
    .numbered = Government Decree No. { $number }
act-government_order = Government Order
    .full = Government Order No. { $number } of { $date }
    .dated = Government Order of { $date }
    .numbered = Government Order No. { $number }
act-government_decision = Government decision
    .full = Government decision No. { $number } of { $date }
    .dated = Government decision of { $date }
    .numbered = Government decision No. { $number }
act-cabinet_resolution = Cabinet of Ministers Resolution
    .full = Cabinet of Ministers Resolution No. { $number } of { $date }
    .dated = Cabinet of Ministers Resolution of { $date }
    .numbered = Cabinet of Ministers Resolution No. { $number }
