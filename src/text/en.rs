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
    // ---- The views ----
    // Words more than one view uses.
    /// A table's column of issues.
    ViewsIssue = "views.issue" => "Issue",
    /// Two names side by side, as a view's heading: two parties, or two documents.
    ViewsAnd = "views.and" => "{a} and {b}",
    // The matrix (views/matrix.rs).
    MatrixHeading = "matrix.heading" => "Who stands where",
    MatrixParties = "matrix.parties" => "Parties shown:",
    MatrixPartiesSomeHidden = "matrix.parties-some-hidden" => "Parties shown (some hidden):",
    /// After a party's name on its toggle, for screen readers.
    MatrixToggleShown = "matrix.toggle-shown" => " (shown; select to hide)",
    MatrixToggleHidden = "matrix.toggle-hidden" => " (hidden; select to show)",
    MatrixGroundColumn = "matrix.ground-column" => "Common ground",
    MatrixCaption = "matrix.caption" => "Each party's position on each issue, and whether all of them share common ground",
    /// An empty cell, for screen readers: the party's position is not known.
    MatrixUnknown = "matrix.unknown" => "unknown",
    MatrixTableLabel = "matrix.table-label" => "Positions by issue and party; scrolls sideways",
    MatrixHint = "matrix.hint" => "Open a cell for the position in full and its sources. A party opens its pairings; an issue opens its scale.",
    MatrixTooFew = "matrix.too-few" => "Too few known positions",
    /// `{shared}` is what every party accepts, in words ("a ceasefire", "50,000 to 80,000 troops").
    MatrixCommonGround = "matrix.common-ground" => "Common ground: {shared}",
    /// `{open}` is what no party rules out, in words.
    MatrixPossible = "matrix.possible" => "Possible common ground: {open}",
    /// After the possible common ground; `{parties}` is a list of the `{n}` parties whose positions
    /// name only what they reject.
    MatrixRejectedByNoOne = "matrix.rejected-by-no-one" => " · rejected by no one, but {parties} names only red lines| · rejected by no one, but {parties} name only red lines",
    MatrixNoCommonGround = "matrix.no-common-ground" => "No common ground",
    /// After "No common ground": `{outcome}` is the option nearest to it, `{parties}` a list of
    /// the parties that do not accept it.
    MatrixClosest = "matrix.closest" => " · closest: {outcome}, not accepted by {parties}",
    /// After "No common ground", on a figure: `{low}` is the party with the highest minimum,
    /// `{high}` the one with the lowest maximum, which lies below it.
    MatrixGap = "matrix.gap" => " · the gap lies between {low}'s minimum and {high}'s maximum",
    // Two parties (views/pair.rs).
    /// A picker's label; the list follows it, after the space.
    PairFirst = "pair.first" => "First party ",
    PairSecond = "pair.second" => "Second party ",
    PairSwap = "pair.swap" => "⇄ Swap",
    PairCountsLabel = "pair.counts-label" => "Issues by relation",
    /// `{party}` is a party's name.
    PairNoPosition = "pair.no-position" => "{party}: no known position",
    /// A group's heading: `{relation}` is its relation ("Agree", "Conflict"), `{n}` how many issues it has.
    PairGroup = "pair.group" => "{relation} ({n})",
    // One issue (views/issue.rs).
    /// The issue picker's label; the list follows it, after the space.
    IssuePick = "issue.pick" => "Issue ",
    /// After a party's name on an option of the scale, for screen readers.
    IssuePrefers = "issue.prefers" => "prefers",
    IssueCouldAccept = "issue.could-accept" => "could accept",
    IssueRejects = "issue.rejects" => "rejects",
    IssueCommonGround = "issue.common-ground" => "common ground",
    IssuePossible = "issue.possible" => "possible common ground",
    /// The key to an issue whose outcome is a set of items.
    IssueKeySet = "issue.key-set" => "Items, each accepted or refused on its own. ★ prefers · ✓ could accept · ✗ rejects (red line) · not listed: unknown",
    /// The key to an issue whose outcome is one of a scale's options.
    IssueKeyScale = "issue.key-scale" => "The outcomes in order, from one end of the scale to the other. ★ prefers · ✓ could accept · ✗ rejects (red line) · not listed: unknown",
    IssueHistory = "issue.history" => "Positions over time, with sources",
    /// A position in a party's history: the one in effect at the date shown, or one after or before it.
    IssueInEffect = "issue.in-effect" => "in effect",
    IssueLater = "issue.later" => "later",
    IssueEarlier = "issue.earlier" => "earlier",
    IssueDocuments = "issue.documents" => "What the documents say",
    // Documents (views/framework.rs).
    FrameworkHeading = "framework.heading" => "Documents, provision by provision",
    FrameworkNone = "framework.none" => "This dataset has no documents.",
    /// The pickers' labels; the list follows each, after the space.
    FrameworkPick = "framework.pick" => "Document ",
    FrameworkPickOther = "framework.pick-other" => "Compare with ",
    /// The second picker's option for no second document.
    FrameworkNothing = "framework.nothing" => "(nothing)",
    /// A provision that names no outcome.
    FrameworkNoOutcome = "framework.no-outcome" => "no outcome stated",
    /// A provision whose text the sides read differently; their versions are listed below it.
    FrameworkDisputed = "framework.disputed" => "disputed; each side's version below",
    /// A document put forward by no party named in the dataset.
    FrameworkUnattributed = "framework.unattributed" => "unattributed",
    /// After the document's date: `{status}` is one of the six below, `{by}` who put it forward.
    FrameworkMeta = "framework.meta" => " · {status} · put forward by {by}",
    FrameworkSigned = "framework.signed" => "signed",
    FrameworkAgreed = "framework.agreed" => "agreed",
    FrameworkDraft = "framework.draft" => "draft",
    FrameworkProposal = "framework.proposal" => "proposal",
    FrameworkLeaked = "framework.leaked" => "leaked",
    /// A document that is outside commentary, not a text of the talks.
    FrameworkCommentary = "framework.commentary" => "commentary",
    /// `{date}` is the date shown.
    FrameworkFitCaption = "framework.fit-caption" => "How the provisions fit each party's position as of {date}",
    FrameworkFitLabel = "framework.fit-label" => "How the provisions fit each party",
    FrameworkParty = "framework.party" => "Party",
    FrameworkCompatible = "framework.compatible" => "✓ Compatible",
    FrameworkConflict = "framework.conflict" => "✗ Conflict",
    FrameworkUnknown = "framework.unknown" => "? Unknown",
    /// Two documents compared: `{a}` and `{b}` are their names, `{a-date}` and `{b-date}` their
    /// dates, `{n}` the issues either sets an outcome on, `{same}` those both set the same one on.
    FrameworkCompared = "framework.compared" => "{a} ({a-date}) and {b} ({b-date}) touch {n} issue between them; they set the same outcome on {same}.|{a} ({a-date}) and {b} ({b-date}) touch {n} issues between them; they set the same outcome on {same}.",
    FrameworkCompareCaption = "framework.compare-caption" => "Provision by provision, on the same issues",
    FrameworkCompareLabel = "framework.compare-label" => "The two documents by issue",
    FrameworkVerdict = "framework.verdict" => "Verdict",
    /// Two documents set the same outcome on an issue, a different one, or only one sets one.
    FrameworkSame = "framework.same" => "= same",
    FrameworkDifferent = "framework.different" => "≠ different",
    FrameworkOnlyOne = "framework.only-one" => "only one sets an outcome",
    // Changes (views/changes.rs).
    /// The heading in the document's title; `{from}` and `{to}` are dates written YYYY-MM-DD.
    ChangesTitle = "changes.title" => "Changes from {from} to {to}",
    ChangesHeading = "changes.heading" => "What changed",
    /// The pickers' labels; the list of dates follows each, after the space.
    ChangesFrom = "changes.from" => "From ",
    ChangesTo = "changes.to" => "To ",
    /// A party's position before and after the period, and the columns of relations before and after it.
    ChangesBefore = "changes.before" => "Before",
    ChangesAfter = "changes.after" => "After",
    ChangesNoPosition = "changes.no-position" => "No known position",
    /// A change's heading: `{party}` is the party, `{issue}` the issue (a link).
    ChangesPartyOnIssue = "changes.party-on-issue" => "{party} on {issue}",
    ChangesMoved = "changes.moved" => "Positions that moved",
    ChangesRelations = "changes.relations" => "Relations that changed",
    ChangesParties = "changes.parties" => "Parties",
    // The deal builder (views/deal.rs).
    DealHeading = "deal.heading" => "Deal builder",
    /// The base picker's label; the list follows it, after the space.
    DealStartFrom = "deal.start-from" => "Start from ",
    DealEmpty = "deal.empty" => "(an empty package)",
    /// An issue the package leaves open, as an option of its picker.
    DealOpen = "deal.open" => "(open)",
    /// After an item of a set, for screen readers.
    DealInPackage = "deal.in-package" => " (in the package)",
    DealNotInPackage = "deal.not-in-package" => " (not in the package)",
    /// `{n}` is the number of open issues the suggestions fill.
    DealSuggest = "deal.suggest" => "Suggest: fill the {n} open issue|Suggest: fill the {n} open issues",
    DealMakeChange = "deal.make-change" => "Make this change",
    DealWho = "deal.who" => "Who could sign it",
    DealIssues = "deal.issues" => "The package, issue by issue",
    DealCompared = "deal.compared" => "Compared with the documents",
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
