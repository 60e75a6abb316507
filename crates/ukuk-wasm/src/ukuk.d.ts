// ---------------------------------------------------------------------------
// Ukuk's JavaScript API: types of the household contract (interface.md).
// Written by hand in crates/ukuk-wasm/src/ukuk.d.ts; wasm-bindgen copies it
// into ukuk.d.ts. Fields may be added in later versions (a new optional
// input field, a new benefit, a new result field); none is renamed or
// removed without a new contract `version`.
// ---------------------------------------------------------------------------

/** A calendar date, exactly `"YYYY-MM-DD"` (e.g. `"2020-06-15"`). */
export type IsoDate = string;

/**
 * An amount of money in som, as a decimal string with at most two places in
 * the input (`"3000.00"`, `"3000"`) and exactly two in results (`"810.00"`).
 * Never a JavaScript number: a number is refused with the code
 * `amount_not_string`.
 */
export type Money = string;

/** A person's sex, as the rules distinguish it (ages of the elderly benefit, hero mothers). */
export type Sex = "female" | "male";

/**
 * Citizenship or residence status. A kairylman is an ethnic Kyrgyz who has
 * come back to settle. A foreign citizen gives the two-letter ISO 3166 code
 * of the country (e.g. `"RU"`) and whether they hold a Kyrgyz residence permit.
 */
export type ResidenceStatus =
  | { kind: "citizen" }
  | { kind: "kairylman" }
  | { kind: "foreign"; country: string; residence_permit?: boolean | null };

/** A disability established by the medical commission (МСЭК). */
export interface Disability {
  /** Group 1, 2 or 3; may be left out for a child, whose benefit does not depend on it. */
  group?: 1 | 2 | 3 | null;
  /** The disability dates from childhood ("с детства"). */
  since_childhood?: boolean | null;
}

/** Orphan status: both parents lost, the breadwinner lost, or parents unknown. */
export type Orphan = "full" | "lost_breadwinner" | "parents_unknown";

/**
 * Monthly income by type. Missing types are zero. `wages`, `stipend`,
 * `business`, `land`, `livestock` and `other` count for family assistance;
 * `pension`, `state_benefits`, `maternity`, `funeral` and `unemployment` do not.
 */
export interface Income {
  wages?: Money | null;
  stipend?: Money | null;
  business?: Money | null;
  land?: Money | null;
  livestock?: Money | null;
  other?: Money | null;
  pension?: Money | null;
  state_benefits?: Money | null;
  maternity?: Money | null;
  funeral?: Money | null;
  unemployment?: Money | null;
}

/** One person of the household. Flags left out (or `null`) are `false`. */
export interface Member {
  /** Any label unique in the household (1 to 64 characters), e.g. `"mother"`. Results refer to members by it. */
  id: string;
  /**
   * Date of birth; not after the evaluation date. Extension: may be left out
   * while not known — the benefits that read the members then wait
   * (`needs_information`) and `questions` asks for it. So may `sex`.
   */
  birth_date?: IsoDate;
  sex?: Sex;
  /**
   * Citizenship or residence status (Law No. 163, art. 3: citizens, kairylmans and
   * citizens of treaty states with a residence permit are covered). Left out, the
   * birth payment asks for the applicant's; the other benefits show it as not stated.
   */
  status?: ResidenceStatus | null;
  /**
   * The person has a right to a pension (which bars the social benefit). Left
   * out, the social benefit asks (`needs_information`); a `pension` income
   * states it, and `false` with a pension income is an error.
   */
  pension_right?: boolean | null;
  disability?: Disability | null;
  /** The person lives with HIV. */
  hiv?: boolean | null;
  /** Extension: the child's place among its mother's children (1 for the first), counting those who left; default: read from the household. */
  birth_order?: number | null;
  /** The person's mother lives with HIV (a child's social benefit category). */
  mother_hiv?: boolean | null;
  orphan?: Orphan | null;
  /** «Баатыр эне», a hero mother (women only). */
  hero_mother?: boolean | null;
  /** The person lives in full state support (a state institution). */
  full_state_support?: boolean | null;
  income?: Income | null;
}

/** Kinds of vehicle the family assistance asset test knows. */
export type VehicleKind = "passenger_car" | "lorry" | "minibus" | "tractor" | "combine";

/** A vehicle the household owns. */
export interface Vehicle {
  kind: VehicleKind;
  /** Year of manufacture (a whole number, 1900 to the evaluation year). */
  year: number;
  /** Whether it runs; left out (or `null`), it is taken as working. */
  working?: boolean | null;
}

/** Animal names with a rate in the conversion table (small-livestock units). */
export type KnownAnimal = "sheep" | "goat" | "cow" | "ox" | "heifer" | "horse" | "calf" | "bull";

/**
 * Head counts by animal (whole numbers). Any other name (lowercase letters
 * and `_`, e.g. `"camel"`) is accepted and reported in
 * `livestock.unconverted` of the result.
 */
export type Livestock = { [animal in KnownAnimal]?: number } & { [animal: string]: number | undefined };

/** What the household owns, for the asset tests. */
export interface Assets {
  vehicles?: Vehicle[] | null;
  livestock?: Livestock | null;
}

/** One birth event (twins and triplets are one event with `children` 2 or 3). */
export interface Birth {
  /** The day of birth. */
  date: IsoDate;
  /** How many children were born at once (default 1). */
  children?: number | null;
  /** When the birth payment was applied for; left out, the result gives the deadline instead of a verdict. */
  application_date?: IsoDate | null;
  /** The `id` of the member who applies. */
  applicant?: string | null;
  /** Extension: who the applicant is to the child (default `"parent"`); a guardian brings the court's decision, a proxy the power of attorney. */
  applicant_role?: "parent" | "guardian" | "proxy" | null;
  /** Extension: `false` when the applicant does not live with the child (default `true`: members live together). */
  applicant_lives_with_child?: boolean | null;
  /** The newborn is in full state support. */
  full_state_support?: boolean | null;
}

/** Reasons that bar registration as unemployed (handbook 002, lines 1157-1237). */
export type RegistrationBar =
  | "old_age_pensioner"
  | "missed_appointments"
  | "refused_two_job_offers"
  | "refused_training_twice"
  | "false_documents"
  | "convicted"
  | "employed"
  | "civil_servant"
  | "self_employed"
  | "farm_producer"
  | "irrigated_land"
  | "civil_law_contractor"
  | "military_or_police"
  | "full_time_student"
  | "non_profit_employee"
  | "founder";

/** The facts about one member who seeks the unemployment allowance. */
export interface Unemployment {
  /** The `id` of the member. */
  member: string;
  /** The day of registration at the employment office (default: the evaluation date). */
  registered_on?: IsoDate | null;
  /** Months of insurance contributions in the last 36 months. */
  insured_months_last_36: number;
  /** Looking for a job for the first time. */
  first_time_job_seeker?: boolean | null;
  /** Coming back to work after a break of more than two years. */
  break_over_two_years?: boolean | null;
  /** The last day of the average wage kept on dismissal, if any. */
  severance_until?: IsoDate | null;
  /** Months the allowance was already paid in the last 36 months (default 0). */
  months_paid_last_36?: number | null;
  registration_bars?: RegistrationBar[] | null;
  /** Extension: whether the 12 months of record were unbroken (handbook line 1000); left out, shown as not stated. */
  insured_record_continuous?: boolean | null;
}

/** Extension: one insured event of a law-enforcement officer (Law No. 102 of 2019, art. 74). */
export interface Officer {
  event: "death" | "disability" | "group_raised" | "death_after_disability" | "injury";
  event_date: IsoDate;
  /** The last day of service, if the officer has left it. */
  left_service_on?: IsoDate | null;
  /** For an event after leaving service: it follows from harm or illness of the service period. */
  cause_in_service?: boolean | null;
  /** The monthly pay of the last post (parts 6-10). */
  monthly_pay?: Money | null;
  /** The salary of the post and rank (part 13). */
  post_salary?: Money | null;
  disability_group?: 1 | 2 | 3 | null;
  previous_group?: 1 | 2 | 3 | null;
  injury_severity?: "severe" | "moderate" | "light" | null;
  exclusions?: ("crime" | "unlawful_act_or_deliberate_harm" | "intoxication" | "self_harm")[] | null;
}

/**
 * The household: the input of `evaluate`. Unknown fields are an error, not
 * ignored, so a misspelt field never changes a result quietly.
 */
export interface Household {
  /** The day the rules are evaluated at (default: today in Bishkek, or `options.today`). */
  date?: IsoDate | null;
  /** The settlement's regional coefficient, 1 to 5, as a decimal string (default `"1"`). */
  region_coefficient?: Money | null;
  /** The family lives in a high-mountain area. */
  high_mountain?: boolean | null;
  /** Extension: the day the family signed a social contract, if any. */
  social_contract_signed_on?: IsoDate | null;
  /** Extension: whole years the mother of the youngest children has lived in the high-mountain or remote area («Бала береке»). */
  mother_residence_years?: number | null;
  /** Every person in the household: 1 to 50. */
  members: Member[];
  /** Extension: an officer's insured event. */
  officer?: Officer | null;
  assets?: Assets | null;
  births?: Birth[] | null;
  unemployment?: Unemployment | null;
}

/** Options of `evaluate` and `evaluateJson`. */
export interface EvaluateOptions {
  /**
   * The default evaluation date, used when the household has no `date`.
   * Without it, today's date in Bishkek (UTC+6) from the device's clock.
   * Give it for reproducible results (tests, saved cases).
   */
  today?: IsoDate | null;
}

// ------------------------------- Results ----------------------------------

/** The benefits, in the order of `Result.benefits`. */
export type BenefitId = "birth_payment" | "family_assistance" | "social_benefit" | "unemployment_allowance" | "bala_yrysy" | "high_mountain_help" | "bala_bereke" | "officer_insurance";

/**
 * A benefit's verdict: `needs_information` when a fact a rule needs is
 * missing (or an animal has no conversion rate and the verdict depends on it);
 * the `reasons` name it.
 */
export type Status = "eligible" | "not_eligible" | "needs_information";

/** How often `amount` is paid. */
export type Period = "monthly" | "once";

/** The categories of the monthly social benefit (`MemberAmount.category`). */
export type SocialBenefitCategory =
  | "child_disability"
  | "child_hiv"
  | "child_of_hiv_mother"
  | "childhood_disability_1"
  | "childhood_disability_2"
  | "childhood_disability_3"
  | "general_disability_1"
  | "general_disability_2"
  | "general_disability_3"
  | "hero_mother"
  | "elderly"
  | "elderly_high_mountain"
  | "full_orphan"
  | "parents_unknown"
  | "lost_breadwinner";

/**
 * The figures a rule compared, in a fixed order: amounts and decimals as
 * strings, counts as numbers, dates as `"YYYY-MM-DD"`, lists of codes as
 * arrays. The keys are the variables of the rule's explanation text.
 */
export type Detail = { [key: string]: string | number | boolean | string[] };

/** One rule checked, passed or failed, with the figures and its legal source. */
export interface Reason {
  /**
   * Rule id, e.g. `"family_assistance.income_below_gmi"`. Texts for people
   * are looked up by it in the translation files (message
   * `family_assistance-income_below_gmi`, attributes `.pass`, `.fail`,
   * `.fix`, `.unknown`), not stored here.
   */
  rule: string;
  passed: boolean;
  /** Present (and `true`) when the rule could not be decided for lack of a fact. */
  unknown?: true;
  detail: Detail;
  /** The rule's legal source, then the sources of the dated values it used. */
  source: string;
  /** Extension: the weakest grade of the dated values the rule used; absent when it used none. */
  grade?: Grade;
}

/** How good a value's source is: the act on an official site, a legal database's copy, the handbook, or press reports. */
export type Grade = "official" | "act_text" | "handbook" | "press";

/** Extension: one month of a monthly benefit's schedule, at the rate in force that month. */
export interface MonthPaid {
  from: IsoDate;
  until: IsoDate;
  amount: Money;
}

/** The part of a benefit paid for one member. */
export interface MemberAmount {
  /** The member's `id`. */
  member: string;
  amount: Money;
  /** Social benefit: the category paid (the highest one). */
  category?: SocialBenefitCategory;
  /** Social benefit: the other categories the person also qualifies for. */
  other_categories?: SocialBenefitCategory[];
  /** Social benefit: the loss-of-breadwinner benefit paid on top. */
  breadwinner_supplement?: Money;
}

/** Birth payment: the verdict on one birth event. */
export interface BirthResult {
  /** Index into the input's `births` (0 is the first). */
  birth: number;
  date: IsoDate;
  children: number;
  status: Status;
  amount: Money | null;
  /** The last day an application is in time. */
  deadline: IsoDate;
}

/** One benefit, eligible or not (every known benefit is listed). */
export interface Benefit {
  id: BenefitId;
  status: Status;
  /** Total per `period`; `null` where the rules do not let it be computed (a reason says why). */
  amount: Money | null;
  period: Period;
  per_member: MemberAmount[];
  /** First day of payment (inclusive), where the rules fix it. */
  starts: IsoDate | null;
  /** Last day of payment (inclusive), where the rules fix it. */
  ends: IsoDate | null;
  /** Every rule checked, passed or failed. */
  reasons: Reason[];
  /** Documents to bring, as codes (text: message `document-<code>`). */
  documents: string[];
  /** Where to apply, as a code (text: message `where-<code>`). */
  where: string;
  /** Extension: the last day this benefit's rules were checked against a source. */
  rules_verified_until: IsoDate;
  /** Extension (birth payment): one verdict per birth event; absent when there is none. */
  per_birth?: BirthResult[];
  /** Extension (monthly benefits with a fixed start): each month paid from `starts`, at most 12; `amount` is the first month's. */
  schedule?: MonthPaid[];
}

/** Codes of the warnings a result may carry (text: message `warning-<code>`). */
export type WarningCode =
  | "rules_not_verified"
  | "press_source"
  | "combination_unpublished"
  | "choose_one"
  | "residence_readings_differ";

/**
 * Something the reader of a result should know: rules not verified for the
 * date (`rules`, `verified_until`), or a deciding value resting on press
 * reports (`parameter`, `benefit`, `act`), or two due benefits whose
 * combination is not published (`benefit`, `other`).
 */
export interface Warning {
  code: WarningCode;
  detail: Detail;
}

/** The household's livestock in small-livestock units, for the asset test. */
export interface LivestockSummary {
  /** Units of the animals that have a rate, e.g. `"13.0"`. */
  units: string;
  /** Units per family member, two places; `null` when no member counts. */
  per_member: string | null;
  /** Animal names with no rate in the conversion table. */
  unconverted: string[];
  /** Extension: family assistance's limit of units per member on the date, e.g. `"4.0"`. */
  limit_per_member?: string;
  /** Extension: the convertible animals exceed that limit. */
  over_limit?: boolean;
}

/** The result of `evaluate`: exactly the JSON `ukuk eval` prints, in the same field order. */
export interface Result {
  /** The contract version (1); bumped only on a breaking change. */
  version: number;
  /** The evaluation date. */
  date: IsoDate;
  /** The earliest day up to which every rules file was checked against its source. */
  rules_verified_until: IsoDate;
  warnings: Warning[];
  benefits: Benefit[];
  livestock: LivestockSummary;
  /** Extension: the facts the input leaves open that can change a result; absent when none. */
  questions?: { member?: string; fact: "birth_date" | "sex" | "status" | "pension_right" | "disability_group" | "birth_order" | "mother_residence_years" }[];
}

/** Machine-readable codes of input errors (text in other languages: message `error-<code>`). */
export type ErrorCode =
  | "invalid_json"
  | "wrong_type"
  | "unknown_field"
  | "missing_field"
  | "invalid_date"
  | "date_before_rules"
  | "after_date"
  | "birth_after_date"
  | "application_before_birth"
  | "birth_before_applicant"
  | "severance_before_registration"
  | "amount_not_string"
  | "invalid_amount"
  | "negative"
  | "too_many_decimals"
  | "too_large"
  | "not_whole_number"
  | "invalid_id"
  | "duplicate_id"
  | "unknown_member"
  | "too_many"
  | "no_members"
  | "coefficient_below_one"
  | "invalid_choice"
  | "only_for_foreign"
  | "invalid_country"
  | "hero_mother_male"
  | "year_out_of_range"
  | "zero_children"
  | "invalid_animal"
  | "pension_right_contradicts_income"
  | "internal";

/** One problem in the input. */
export interface InputError {
  /**
   * Where: the JSON path of the offending value, e.g. `"members[1].birth_date"`
   * (`""` is the whole input; `"options.today"` an option of `evaluate`).
   */
  path: string;
  code: ErrorCode;
  /** The problem in English (the contract's message). */
  message: string;
}

/** Input that cannot be evaluated yields only this: every problem at once. */
export interface ErrorList {
  errors: InputError[];
}

/** How far a rules file has been checked against its sources. */
export interface RulesVerified {
  /** The rules file's name, e.g. `"family_assistance"`. */
  rules: string;
  verified_until: IsoDate;
  /** The listing's date is after `verified_until`. */
  stale: boolean;
}

/** One parameter of the law with the value in force on the listing's date. */
export interface RuleParameter {
  /** e.g. `"family_assistance.amount_per_child"`. */
  name: string;
  /** Decimals and dates as strings, whole numbers as numbers, lists of codes, or units by animal. */
  value: string | number | string[] | { [animal: string]: string };
  /** First day of the period in force. */
  from: IsoDate;
  /** Last day of the period, or `null` while it is open. */
  until: IsoDate | null;
  /** The legal source. */
  source: string;
  /** How good the source is. */
  grade: Grade;
  /** The act a press report names (press-graded values). */
  act?: string;
  /** Our reading where the source is unclear. */
  note?: string;
  /** The rules file, e.g. `"rules/family_assistance.toml"`. */
  file: string;
}

/** Every parameter in force on a date (`rules(date)`, like `ukuk rules --date DATE`). */
export interface RulesListing {
  version: number;
  date: IsoDate;
  rules_verified_until: RulesVerified[];
  parameters: RuleParameter[];
  /** Parameters with no value in force on the date (not yet, or no longer). */
  not_in_force: string[];
  /** The benefits the engine computes, in the order of a result. */
  benefits: { id: BenefitId; period: Period; rules: string[]; verified_until: IsoDate }[];
}

/** What `version()` returns. */
export interface VersionInfo {
  /** The contract version: the `version` field of every result. */
  version: number;
  /** The version of this package (ukuk-wasm), e.g. `"0.1.0"`. */
  package: string;
  /** The earliest day up to which every rules file was checked against its source. */
  rules_verified_until: IsoDate;
}

/**
 * Evaluates a household: which benefits it is entitled to, how much, from
 * when, and why, rule by rule.
 *
 * `household` is an object in the shape of the contract, or its JSON text.
 * Returns the result (exactly the JSON `ukuk eval` prints, parsed), or, for
 * input that cannot be evaluated, an `ErrorList` listing every problem. Never
 * throws: test for `"errors" in result`.
 *
 * Everything is computed on this device; nothing is sent anywhere.
 */
export function evaluate(household: Household | string, options?: EvaluateOptions | null): Result | ErrorList;

/**
 * Like `evaluate`, but returns the JSON text: byte for byte what
 * `ukuk eval` prints (two-space indentation, final newline), for a result or
 * for `{"errors": [...]}`. Never throws.
 */
export function evaluateJson(household: string | Household, options?: EvaluateOptions | null): string;

/**
 * Every parameter of the law in force on `date` (default: today in Bishkek),
 * with its source, as `ukuk rules --date DATE` prints it. A date that is not
 * `"YYYY-MM-DD"` gives an `ErrorList` (path `"date"`). Never throws.
 */
export function rules(date?: IsoDate | null): RulesListing | ErrorList;

/** The versions behind this build: contract, package, rules. */
export function version(): VersionInfo;

/**
 * The `detail` of the `ukuk-result` event that `<ukuk-calculator>` fires
 * after each change (bubbling, composed; `ukuk-calculator.js`, README "The
 * calculator in other web pages"): the household as the form built it, and
 * its result (`null` while the answers cannot be evaluated). The result's
 * English citation texts (`reasons[].source`, a `press_source` warning's
 * `act`) are empty strings there: the app does not carry them.
 */
export interface UkukResultDetail {
  input: Household;
  result: Result | null;
}
