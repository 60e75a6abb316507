# Ukuk — English texts.
# Message ids of rules are the engine's rule ids with '.' written as '-'.

money = { $amount } som

## Input errors (the engine's error codes). $path is the JSON path.

error-invalid_json = The input is not valid JSON (line { $line }, column { $column }).
error-wrong_type = Expected { $expected }, found { $found }.
error-unknown_field = Unknown field "{ $field }". Known fields here: { $known }.
error-missing_field = The field "{ $field }" is required.
error-invalid_date = "{ $value }" is not a date of the form YYYY-MM-DD.
error-date_before_rules = { $value } is before { $start }, the first day the calculator has rules for.
error-after_date = { $value } is after the evaluation date { $date }.
error-birth_after_date = The birth date { $value } is after the evaluation date { $date }.
error-application_before_birth = The application date { $value } is before the birth on { $birth }.
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
error-too_many = { $count } entries is more than the accepted { $max }.
error-no_members = A household needs at least one member.
error-coefficient_below_one = The regional coefficient { $value } is below 1.
error-invalid_choice = "{ $value }" is not one of: { $choices }.
error-only_for_foreign = "{ $field }" is only given for a foreign citizen.
error-invalid_country = "{ $value }" is not a two-letter country code such as "RU".
error-hero_mother_male = Only a woman can be a hero mother (баатыр эне).
error-year_out_of_range = The year { $value } is not between 1900 and { $max }.
error-zero_children = A birth has at least one child.
error-invalid_animal = "{ $value }" is not an animal name: use lowercase letters and "_".
