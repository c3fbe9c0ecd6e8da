//! The English catalogue, and the keys every catalogue has: each line is a key, its name in a
//! catalogue file, and the English message. A message is a whole sentence; `{name}` marks an
//! argument, which may be a number, a name, or an element such as a link or a date. A message
//! that counts gives its forms for one and other, separated by `|`; `{n}` is the number.

use super::message::Catalogue;

/// Declares the keys, their names and the English messages from one table, so that they cannot
/// drift apart: `Key` (one variant a line), `Key::NAMES` and `EN`, in the order of the table.
/// `EN` is every message in one string with the end of each (`Catalogue`), made at compile time.
macro_rules! catalogue {
    ($($(#[$doc:meta])* $key:ident = $name:literal => $msg:literal,)+) => {
        /// A message, by meaning.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Key {
            $($(#[$doc])* $key,)+
        }

        impl Key {
            /// Every key's name in a catalogue file, in the order of the table.
            pub const NAMES: &'static [&'static str] = &[$($name),+];
        }

        const ENDS: [u16; Key::NAMES.len()] = Catalogue::ends([$($msg.len()),+]);

        pub(super) static EN: Catalogue = Catalogue { text: concat!($($msg),+), ends: &ENDS };
    };
}

catalogue! {
    // ---- Numbers and dates ----
    NumberNoLimit = "number.no-limit" => "no limit",
    NumberTooLarge = "number.too-large" => "a very large number",
    /// A date in running text; `{month}` is a name below, in the form a date takes.
    DateLong = "date.long" => "{day} {month} {year}",
    /// A month on its own with its year ("February 2025 has 28 days").
    DateMonthYear = "date.month-year" => "{month} {year}",
    DateNotOfTheForm = "date.not-of-the-form" => "it is not of the form YYYY-MM-DD",
    DateNoSuchMonth = "date.no-such-month" => "there is no month {month}",
    DateNoDayZero = "date.no-day-zero" => "there is no day 0",
    /// `{month}` is a month with its year, "February 2025".
    DateMonthHasDays = "date.month-has-days" => "{month} has {n} day|{month} has {n} days",
    Month1 = "month.1" => "January",
    Month2 = "month.2" => "February",
    Month3 = "month.3" => "March",
    Month4 = "month.4" => "April",
    Month5 = "month.5" => "May",
    Month6 = "month.6" => "June",
    Month7 = "month.7" => "July",
    Month8 = "month.8" => "August",
    Month9 = "month.9" => "September",
    Month10 = "month.10" => "October",
    Month11 = "month.11" => "November",
    Month12 = "month.12" => "December",
    /// The months as named on their own (Ukrainian and Russian: the nominative, where a date takes the genitive).
    MonthAlone1 = "month-alone.1" => "January",
    MonthAlone2 = "month-alone.2" => "February",
    MonthAlone3 = "month-alone.3" => "March",
    MonthAlone4 = "month-alone.4" => "April",
    MonthAlone5 = "month-alone.5" => "May",
    MonthAlone6 = "month-alone.6" => "June",
    MonthAlone7 = "month-alone.7" => "July",
    MonthAlone8 = "month-alone.8" => "August",
    MonthAlone9 = "month-alone.9" => "September",
    MonthAlone10 = "month-alone.10" => "October",
    MonthAlone11 = "month-alone.11" => "November",
    MonthAlone12 = "month-alone.12" => "December",
    // ---- The site's chrome ----
    AppName = "app.name" => "Common Ground",
    NavViews = "nav.views" => "Views",
    TabMatrix = "tab.matrix" => "Matrix",
    TabPair = "tab.pair" => "Two parties",
    TabFramework = "tab.framework" => "Documents",
    TabIssue = "tab.issue" => "One issue",
    TabChanges = "tab.changes" => "Changes",
    TabDeal = "tab.deal" => "Deal builder",
    /// The date slider's label; `{date}` is the date shown.
    TimeAsOf = "time.as-of" => "Positions as of {date}",
    TimeAsOfLatest = "time.as-of-latest" => "Positions as of {date} (latest)",
    TimeEarlier = "time.earlier" => "Earlier date",
    TimeLater = "time.later" => "Later date",
    TimeLatest = "time.latest" => "Latest",
    /// The footer's first line; `{newest}` and `{reviewed}` are dates, `{download}` a link.
    FooterVersion = "footer.version" => "Dataset version {version}: positions to {newest}, reviewed {reviewed}. {download}. Licence: {licence}.",
    /// The same, for a dataset without positions.
    FooterVersionNoPositions = "footer.version-no-positions" => "Dataset version {version}: reviewed {reviewed}. {download}. Licence: {licence}.",
    FooterDownload = "footer.download" => "Download the data (JSON)",
    /// The status markers' key; each `{…}` is the marker itself.
    FooterLegend = "footer.legend" => "Markers: {official} official statement or text, {reported} reported by media, {inferred} inferred by the editors.",
    FooterNotes = "footer.notes" => "How to read this dataset",
    // ---- The dataset's problems, for its authors ----
    ProblemsErrors = "problems.errors" => "{n} error|{n} errors",
    ProblemsWarnings = "problems.warnings" => "{n} warning|{n} warnings",
    ProblemsOneKind = "problems.one-kind" => "{problems} in the dataset file (for its authors)",
    ProblemsBothKinds = "problems.both-kinds" => "{errors} and {warnings} in the dataset file (for its authors)",
    ProblemsErrorsHeading = "problems.errors-heading" => "Errors",
    ProblemsErrorsWhat = "problems.errors-what" => "These parts of the file were left out, with whatever refers to them; everything else is shown.",
    ProblemsWarningsHeading = "problems.warnings-heading" => "Warnings",
    ProblemsWarningsWhat = "problems.warnings-what" => "These parts are shown, read as each message says; the views mark them ⚠ repaired.",
    /// After a problem's path: the record it is in, and the message.
    ProblemInRecord = "problems.in-record" => " ({record}): {message}",
    ProblemPlain = "problems.plain" => ": {message}",
    // ---- The embed and the share box ----
    /// The embed's header; `{heading}` is the view's title, `{date}` how far the data reaches.
    EmbedTitle = "embed.title" => "{heading} · data to {date} · {source}",
    EmbedOpen = "embed.open" => "Open in Common Ground ↗",
    /// The embed snippet's frame title.
    EmbedFrameTitle = "embed.frame-title" => "{heading} (Common Ground)",
    ShareSummary = "share.summary" => "Share or embed this view",
    ShareLink = "share.link" => "Link to this view",
    ShareCopy = "share.copy" => "Copy",
    ShareSheet = "share.sheet" => "Share…",
    ShareEmbed = "share.embed" => "Embed code (iframe and resize script)",
    // ---- The page ----
    /// The document title: the view's heading and the dataset's title.
    PageTitle = "page.title" => "{heading} · {dataset}",
    PageTourStep = "page.tour-step" => "{tour}, step {step} of {steps}",
    PageNothingToShow = "page.nothing-to-show" => "This dataset has no parties or issues to show.",
    PageLoading = "page.loading" => "Loading the positions…",
    FailureTitle = "failure.title" => "Data not loaded · Common Ground",
    FailureHeading = "failure.heading" => "Common Ground could not load its data",
    /// `{command}` is the validator's command line, as code.
    FailureHelp = "failure.help" => "If you maintain this page, check the file with {command}.",
    /// The validator's command line: code, the same in every language.
    FailureCommand = "failure.command" => "cargo run --bin validate -- FILE",
    // ---- Classroom: tours and print ----
    TourUnknown = "tour.unknown" => "There is no tour \"{tour}\" in this dataset.",
    /// `{n}` is the number of steps the tour has, `{step}` the step shown instead.
    TourNoSuchStep = "tour.no-such-step" => "This tour has {n} step; showing step {step}.|This tour has {n} steps; showing step {step}.",
    TourLeavePresentation = "tour.leave-presentation" => "Leave presentation",
    TourViewAlone = "tour.view-alone" => "This view on its own",
    TourPrevious = "tour.previous" => "◀ Previous",
    TourNext = "tour.next" => "Next ▶",
    /// Where a step stands in its tour: "3 / 9".
    TourCount = "tour.count" => "{step} / {steps}",
    TourMenu = "tour.menu" => "Tours for a class:",
    /// A tour in the footer; `{tour}` and `{handout}` are links.
    TourMenuItem = "tour.menu-item" => "{tour} ({n} step; {handout})|{tour} ({n} steps; {handout})",
    TourHandoutLink = "tour.handout-link" => "handout to print",
    TourHandoutTitle = "tour.handout-title" => "{tour} (handout)",
    TourStepTitle = "tour.step-title" => "Step {step} of {steps}",
    /// After a handout step's title; `{from}`, `{to}` and `{date}` are dates.
    TourStepDates = "tour.step-dates" => " · from {from} to {to}",
    TourStepDate = "tour.step-date" => " · positions as of {date}",
    PrintAsOf = "print.as-of" => "Positions as of {date}",
    PrintAsOfEachStep = "print.as-of-each-step" => "Positions as of each step's date",
    /// The printed header's second line; `{when}` is one of the two above, `{reviewed}` a date.
    PrintDataset = "print.dataset" => "{when}. Dataset version {version}, reviewed {reviewed}.",
    PrintTitle = "print.title" => "Common Ground · {dataset}",
    PrintPermalink = "print.permalink" => "Permalink: {link}",
    PrintSources = "print.sources" => "Sources",
    PrintSourcesLoading = "print.sources-loading" => "The sources were still loading when this page was drawn: print again to list them.",
    // ---- Why a dataset file could not be used; `{file}` is its path ----
    DataFetch = "data.fetch" => "The dataset {file} could not be fetched: {error}.",
    DataHttp = "data.http" => "The dataset {file} could not be loaded: the server answered {status}.",
    DataTooBig = "data.too-big" => "The dataset {file} was not loaded: it is over {megabytes} MB, and this page reads files of up to 8 MB.",
    DataHtml = "data.html" => "The dataset {file} is an HTML page, not a dataset: check the path (a missing file often gives a \"not found\" page).",
    DataEmpty = "data.empty" => "The dataset {file} is empty.",
    DataUnreadable = "data.unreadable" => "The dataset {file} could not be read: {error}.",
    DataTooDeep = "data.too-deep" => "The dataset {file} could not be read: it is nested too deeply to be a dataset: {error}.",
    DataNothingToShow = "data.nothing-to-show" => "The dataset {file} has no valid parties or issues to show.",
    // ---- For a dataset's authors: its diagnostics (kept together and last: they may load on demand) ----
    // In these messages `{value}` is a value from the file, already in quotes; `{issue}` an issue's id;
    // `{found}` one of the kinds of JSON value below. Words in backticks in the file's format (field
    // names, ids, the keywords a field takes) stay as they are in every language.
    /// Why a file cannot load at all. `{line}` and `{column}` are places in the file (digits, not
    /// amounts); `{error}` is the JSON parser's own description, in English.
    LoadSyntax = "load.syntax" => "not valid JSON at line {line}, column {column}: {error}",
    /// `{path}` is a JSON path; `{problem}` one of the messages below.
    LoadAt = "load.at" => "{path}: {problem}",
    /// The same, for a problem with the file as a whole.
    LoadTopLevel = "load.top-level" => "(top level): {problem}",
    LoadNoSchema = "load.no-schema" => "missing: the file must say which schema it follows, as \"schema\": 1",
    /// `{schema}` is the schema number this app reads; `{found}` what the file gives instead.
    LoadSchema = "load.schema" => "schema: this app reads schema {schema}, but the file says {found}",
    LoadNoList = "load.no-list" => "missing: expected an array",
    /// The kinds of JSON value, as `{found}` in "expected …, found {found}".
    JsonNull = "json.null" => "null",
    JsonBoolean = "json.boolean" => "a boolean",
    JsonNumber = "json.number" => "a number",
    JsonString = "json.string" => "a string",
    JsonArray = "json.array" => "an array",
    JsonObject = "json.object" => "an object",
    DiagExpectedObject = "diagnostic.expected-object" => "expected an object, found {found}",
    DiagExpectedArray = "diagnostic.expected-array" => "expected an array, found {found}",
    DiagExpectedString = "diagnostic.expected-string" => "expected a string, found {found}",
    DiagExpectedText = "diagnostic.expected-text" => "expected a string or an object of strings by language, found {found}",
    DiagExpectedQuantity = "diagnostic.expected-quantity" => "expected a number or \"unlimited\", found {found}",
    DiagExpectedOutcome = "diagnostic.expected-outcome" => "expected an option id, a number or a list of item ids, found {found}",
    /// `{shape}` is the JSON of a colour for each theme, as written in the file.
    DiagExpectedColour = "diagnostic.expected-colour" => "expected a colour string or {shape}, found {found}",
    /// A field the file needs is not there.
    DiagMissing = "diagnostic.missing" => "missing",
    /// `{fields}` lists the field names the element may have.
    DiagUnknownField = "diagnostic.unknown-field" => "unknown field; expected one of {fields}",
    /// Outside every element, a problem's field is ignored; `{problem}` is one of the messages above.
    DiagIgnored = "diagnostic.ignored" => "{problem}; ignored",
    DiagMetaFields = "diagnostic.meta-fields" => "expected an object with title, version, reviewed and licence",
    DiagDateForm = "diagnostic.date-form" => "{value} is not an ISO 8601 date (YYYY-MM-DD)",
    /// `{reason}` is one of the date messages at the top (`date.…`).
    DiagDateNotReal = "diagnostic.date-not-real" => "{value} is not a real date: {reason}",
    /// `{problem}` is one of the two date messages above.
    DiagReviewedDefault = "diagnostic.reviewed-default" => "{problem}; shown as 1 January 1970",
    DiagNoEnglish = "diagnostic.no-english" => "has no English (\"en\") version; shown in the first language given",
    /// The words listed are the keywords the field takes, as written in the file.
    DiagUnknownStatus = "diagnostic.unknown-status" => "unknown status {value}; expected official, reported or inferred; read as inferred",
    DiagUnknownFrameworkStatus = "diagnostic.unknown-framework-status" => "unknown status {value}; expected signed, agreed, draft, proposal, leaked or commentary; read as proposal",
    DiagUnknownPartyKind = "diagnostic.unknown-party-kind" => "unknown kind {value}; expected belligerent, mediator, guarantor, bloc or other; read as other",
    DiagUnknownIssueKind = "diagnostic.unknown-issue-kind" => "unknown kind {value}; expected options, quantity or set",
    DiagUnknownParty = "diagnostic.unknown-party" => "unknown party {value}",
    DiagUnknownTopic = "diagnostic.unknown-topic" => "unknown topic {value}",
    DiagUnknownIssue = "diagnostic.unknown-issue" => "unknown issue {value}",
    DiagInvalidId = "diagnostic.invalid-id" => "{value} is not a valid id (lowercase letters, digits and -)",
    DiagDuplicateId = "diagnostic.duplicate-id" => "duplicate id {value}; the first one is used",
    DiagNotAColour = "diagnostic.not-a-colour" => "{value} is not a colour of the form #rrggbb; shown in grey",
    /// `{kind}` is the issue's kind as written in the file: `options` or `set`.
    DiagNeedsAnOption = "diagnostic.needs-an-option" => "an issue of kind {kind} needs at least one option",
    DiagQuantityOptions = "diagnostic.quantity-options" => "an issue of kind quantity has no options; they are ignored",
    DiagQuantityUnit = "diagnostic.quantity-unit" => "an issue of kind quantity needs a unit; numbers are shown without one",
    DiagNotWeb = "diagnostic.not-web" => "{value} is not an http(s) address",
    DiagNoSource = "diagnostic.no-source" => "has no source; every position and provision needs at least one",
    DiagNotAnOption = "diagnostic.not-an-option" => "{value} is not an option of {issue}",
    DiagOutcomeOptions = "diagnostic.outcome-options" => "{issue} is of kind options, so this must be an option id",
    DiagOutcomeQuantity = "diagnostic.outcome-quantity" => "{issue} is of kind quantity, so this must be a number or \"unlimited\"",
    DiagOutcomeSet = "diagnostic.outcome-set" => "{issue} is of kind set, so this must be a list of item ids",
    DiagNotAQuantity = "diagnostic.not-a-quantity" => "{value} is not a number or \"unlimited\"",
    DiagQuantityNotAList = "diagnostic.quantity-not-a-list" => "{issue} is a quantity: use min and max instead",
    /// `{min}` and `{max}` are numbers.
    DiagMinAboveMax = "diagnostic.min-above-max" => "min {min} is above max {max}",
    /// `{value}` and `{min}` are numbers.
    DiagPreferredBelowMin = "diagnostic.preferred-below-min" => "preferred value {value} is below min {min}; min is read as {value}",
    /// `{value}` and `{max}` are numbers (`{value}` may be "no limit").
    DiagPreferredAboveMax = "diagnostic.preferred-above-max" => "preferred value {value} is above max {max}; max is read as {value}",
    /// `{field}` is a field's name in the file: `min` or `max`.
    DiagOnlyQuantity = "diagnostic.only-quantity" => "{field} applies only to quantity issues",
    DiagAcceptableAndRejected = "diagnostic.acceptable-and-rejected" => "{value} is both acceptable and rejected",
    DiagPreferredAndRejected = "diagnostic.preferred-and-rejected" => "{value} is both preferred and rejected",
    DiagPreferredNotAcceptable = "diagnostic.preferred-not-acceptable" => "preferred outcome {value} is not among the acceptable ones; it is counted as acceptable",
    /// `{earlier}` is the path of the earlier position, `{date}` a date as written in the file (YYYY-MM-DD).
    DiagDuplicatePosition = "diagnostic.duplicate-position" => "duplicate position: {earlier} already gives this party's position on this issue as of {date}",
    /// "no outcome stated" quotes what the documents view shows for such a provision: write it as that view does.
    DiagNoOutcome = "diagnostic.no-outcome" => "states neither an outcome nor alternatives; shown as \"no outcome stated\"",
    DiagNoSteps = "diagnostic.no-steps" => "has no steps; a tour needs at least one",
    /// `{value}` is the step's permalink; `{notice}` what the app would say opening it.
    DiagStepView = "diagnostic.step-view" => "{value} is not a view this dataset can open: {notice}",
}

impl Key {
    /// The months' names as a date writes them, January first.
    pub const MONTHS: [Key; 12] = [
        Key::Month1,
        Key::Month2,
        Key::Month3,
        Key::Month4,
        Key::Month5,
        Key::Month6,
        Key::Month7,
        Key::Month8,
        Key::Month9,
        Key::Month10,
        Key::Month11,
        Key::Month12,
    ];

    /// The months' names on their own, January first.
    pub const MONTHS_ALONE: [Key; 12] = [
        Key::MonthAlone1,
        Key::MonthAlone2,
        Key::MonthAlone3,
        Key::MonthAlone4,
        Key::MonthAlone5,
        Key::MonthAlone6,
        Key::MonthAlone7,
        Key::MonthAlone8,
        Key::MonthAlone9,
        Key::MonthAlone10,
        Key::MonthAlone11,
        Key::MonthAlone12,
    ];
}
