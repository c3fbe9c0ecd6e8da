//! The English catalogue, and the keys every catalogue has: each line is a key, its name in a
//! catalogue file, and the English message. A message is a whole sentence; `{name}` marks an
//! argument, which may be a number, a name, or an element such as a link or a date. A message
//! that counts gives its forms for one and other, separated by `|`; `{n}` is the number.

use super::message::Catalogue;

/// Declares the keys, their names and the English messages from one table, so that they cannot
/// drift apart: `Key` (one variant a line), `Key::NAMES` and the English catalogues, in the order
/// of the table. The table has two parts: the messages every reader sees, compiled into the app
/// (`EN`), and those shown only when something is wrong (a dataset's diagnostics, a file that
/// cannot be read, a link with a part the app cannot use), which the browser loads when it needs
/// them (`EN_ON_DEMAND`, compiled in everywhere else). Each is
/// every message in one string, each ended by a line break (`Catalogue`), made at compile time.
macro_rules! catalogue {
    (
        readers { $($(#[$doc:meta])* $key:ident = $name:literal => $msg:literal,)+ }
        on_demand { $($(#[$adoc:meta])* $akey:ident = $aname:literal => $amsg:literal,)+ }
    ) => {
        /// A message, by meaning.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Key {
            $($(#[$doc])* $key,)+
            $($(#[$adoc])* $akey,)+
        }

        impl Key {
            /// Every key's name in a catalogue file, in the order of the table.
            pub const NAMES: &'static [&'static str] = &[$($name,)+ $($aname,)+];

            /// Every key, in the order of the table.
            pub const ALL: &'static [Key] = &[$(Key::$key,)+ $(Key::$akey,)+];

            /// The first key loaded on demand in the browser; the keys before it are compiled in.
            pub const ON_DEMAND: usize = [$($name),+].len();
        }

        pub(super) static EN: Catalogue = Catalogue::new(concat!($($msg, "\n"),+));

        /// The messages loaded on demand, from `Key::ON_DEMAND` on.
        #[allow(dead_code)] // not read in the browser, which loads them
        pub(super) static EN_ON_DEMAND: Catalogue =
            Catalogue::new(concat!($($amsg, "\n"),+));
    };
}

catalogue! {
readers {
    // ---- Numbers and dates ----
    NumberNoLimit = "number.no-limit" => "no limit",
    NumberTooLarge = "number.too-large" => "a very large number",
    /// A date in running text; `{month}` is a name below, in the form a date takes.
    DateLong = "date.long" => "{day} {month} {year}",
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
    // ---- The site's chrome ----
    AppName = "app.name" => "Common Ground",
    /// In place of the app when a bug stops it; `{error}` is the bug's own message, in English.
    AppStopped = "app.stopped" => "Common Ground stopped because of a bug ({error}). Reloading the page may help.",
    NavViews = "nav.views" => "Views",
    /// The language switch's name for assistive technology; each language is named in its own.
    NavLanguages = "nav.languages" => "Language",
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
    // ---- Computed results: relations, gaps, fits, movements (words.rs), parts and charts ----
    // -- Lists of names (parties, issues): `{names}` is the first ones joined with ", " --
    /// The last name joined on: "Russia, China and Ukraine".
    ListAnd = "list.and" => "{names} and {last}",
    /// A list cut short; `{n}` counts the names left out.
    ListMore = "list.more" => "{names}, and {n} more",
    // -- Outcomes, and what parties share --
    /// A figure with the issue's unit; `{number}` is written already, `{unit}` is the dataset's word.
    AmountWithUnit = "amount.with-unit" => "{number} {unit}",
    SharedNothing = "shared.nothing" => "nothing",
    /// A shared range: `{min}` is a bare number, `{max}` a figure with its unit.
    SharedBetween = "shared.between" => "between {min} and {max}",
    /// `{amount}` is a figure with its unit, as in all that follow.
    SharedAtLeast = "shared.at-least" => "at least {amount}",
    SharedAtMost = "shared.at-most" => "at most {amount}",
    SharedAnyValue = "shared.any-value" => "any value",
    // -- A stance in a few words; the clauses are joined with "; " --
    /// `{outcomes}` are labels joined with "; ", or a figure, as in all four.
    StancePrefers = "stance.prefers" => "prefers {outcomes}",
    /// With nothing preferred; for a figure, `{outcomes}` is a range ("at most 85,000 troops").
    StanceAccepts = "stance.accepts" => "accepts {outcomes}",
    /// After what it prefers.
    StanceAlsoAccepts = "stance.also-accepts" => "also accepts {outcomes}",
    StanceRejects = "stance.rejects" => "rejects {outcomes}",
    StanceNothing = "stance.nothing" => "no comparable position",
    MatrixNoneComparable = "matrix.summary.none" => "As of {date}, no issue has known positions from two or more of the parties shown.",
    /// `{n}` issues have two positions or more known (one form in English), `{ground}` of them
    /// common ground; `{possible}` and `{none}` are the clauses below, or empty.
    MatrixSummary = "matrix.summary" => "As of {date}, the parties with known positions share common ground on {ground} of the {n} issues where at least two positions are known{possible}{none}.",
    MatrixPossibleOn = "matrix.summary.possible-on" => "; it is possible but not confirmed on {issues}",
    MatrixNoneOn = "matrix.summary.none-on" => "; there is none on {issues}",
    // -- Charts: names, captions and labels --
    /// A mark's accessible name: `{short}` is the party's short name the chart shows, and must
    /// come first and whole, so that a reader using speech can say what they see.
    ChartMark = "chart.mark" => "{short}, {party}: {stance}",
    /// Over the gap between the tightest ranges on a numeric axis.
    ChartGap = "chart.gap" => "gap: {amount}",
    ChartStripName = "chart.strip.name" => "{issue}: where each party stands",
    ChartStripTooFew = "chart.strip.too-few" => "Too few known positions for common ground.",
    ChartStripCommonGround = "chart.strip.common-ground" => "✓ Common ground: {shared}.",
    ChartStripPossible = "chart.strip.possible" => "◇ Possible common ground: {outcomes}.",
    ChartStripNoGround = "chart.strip.no-ground" => "✗ No common ground.",
    ChartOverviewHeading = "chart.overview.heading" => "At a glance",
    ChartOverviewKey = "chart.overview.key" => "A row per party along each scale: ★ prefers, bar: could accept, ✗ rejects; shaded ✓: common ground, ◇: possible.",
    // -- Pieces of the screens --
    StatusOfficial = "status.official" => "official",
    StatusReported = "status.reported" => "reported",
    StatusInferred = "status.inferred" => "inferred",
    RepairedTitle = "repaired.title" => "Read with a correction: see the problems in the dataset file at the foot of the page",
    /// After the ⚠ mark.
    Repaired = "repaired" => "repaired",
    SourcesNone = "sources.none" => "No source given.",
    SourcesCount = "sources.count" => "Source ({n})|Sources ({n})",
    SourcesLoading = "sources.loading" => "Loading the sources…",
    /// Before a disputed fact's note.
    Contested = "contested" => "Contested: ",
    /// Under a position: `{date}` since when it holds, `{status}` one of the three above, `{stance}` a stance.
    PositionMeta = "position.meta" => "Since {date} · {status} · In the model: {stance}",
    // ---- The embed and the share box ----
    /// The embed's header; `{heading}` is the view's title, `{date}` how far the data reaches.
    EmbedTitle = "embed.title" => "{heading} · data to {date} · {source}",
    EmbedOpen = "embed.open" => "Open in Common Ground ↗",
    /// The embed snippet's frame title.
    EmbedFrameTitle = "embed.frame-title" => "{heading} (Common Ground)",
    ShareSummary = "share.summary" => "Share or embed this view",
    ShareLink = "share.link" => "Link to this view",
    ShareCopy = "share.copy" => "Copy",
    /// The copy button once it has copied.
    ShareCopied = "share.copied" => "Copied",
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
    // ---- Classroom: tours and print ----
    TourMenu = "tour.menu" => "Tours for a class:",
    /// A tour in the footer; `{tour}` and `{handout}` are links.
    TourMenuItem = "tour.menu-item" => "{tour} ({n} step; {handout})|{tour} ({n} steps; {handout})",
    TourHandoutLink = "tour.handout-link" => "handout to print",
    PrintAsOf = "print.as-of" => "Positions as of {date}",
    PrintAsOfEachStep = "print.as-of-each-step" => "Positions as of each step's date",
    /// The printed header's second line; `{when}` is one of the two above, `{reviewed}` a date.
    PrintDataset = "print.dataset" => "{when}. Dataset version {version}, reviewed {reviewed}.",
    PrintTitle = "print.title" => "Common Ground · {dataset}",
    PrintPermalink = "print.permalink" => "Permalink: {link}",
    PrintSources = "print.sources" => "Sources",
    PrintSourcesLoading = "print.sources-loading" => "The sources were still loading when this page was drawn: print again to list them.",
    // ---- Why a dataset file could not be used; `{file}` is its path ----
    /// A `?data=` file from another site, refused before it is asked for.
    UrlDataElsewhere = "url.data-elsewhere" => "The dataset \"{file}\" was not loaded: it is not on this page's site, and this page loads data only from its own site and the sites its builders allowed.",
    DataFetch = "data.fetch" => "The dataset {file} could not be fetched: {error}.",
    DataHttp = "data.http" => "The dataset {file} could not be loaded: the server answered {status}.",
}
on_demand {
    // ==== The views' words beyond the default view's, and the classroom's: in the browser, loaded
    // when a page first needs one (the default view never does: tests/native/words.rs) ====
    // ---- Computed results: relations, gaps, fits, movements (words.rs), parts and charts ----
    /// A set issue's outcome that picks no item.
    OutcomeNone = "outcome.none" => "none",
    // -- Why two positions conflict --
    GapSteps = "gap.steps" => "{n} step apart on the scale|{n} steps apart on the scale",
    /// `{unlimited}` is the issue's own word for no limit ("permanent").
    GapOnlyUnlimited = "gap.only-unlimited" => "one side accepts only “{unlimited}”",
    GapAmount = "gap.amount" => "a gap of {amount}",
    GapDisjoint = "gap.disjoint" => "no item both accept",
    GapRedLinesItems = "gap.red-lines.items" => "one side rejects every item the other accepts",
    GapRedLinesOutcomes = "gap.red-lines.outcomes" => "one side rejects every outcome the other accepts",
    GapAllRejectedItems = "gap.all-rejected.items" => "between them they reject every item",
    GapAllRejectedOutcomes = "gap.all-rejected.outcomes" => "between them they reject every outcome",
    // -- Relations between two parties, in a short phrase --
    RelationAgree = "relation.agree" => "agree",
    RelationUnknown = "relation.unknown" => "unknown",
    /// `{shared}` is what both accept ("Neutrality", "at most 100,000 troops").
    RelationOverlapOn = "relation.overlap-on" => "overlap on {shared}",
    /// `{why}` is one of the gaps above, or a red line below.
    RelationConflictWhy = "relation.conflict-why" => "conflict: {why}",
    /// `{why}` is "neither rules out …" below.
    RelationPossibleWhy = "relation.possible-why" => "possible: {why}",
    /// After the relation's badge: what both accept.
    RelationOn = "relation.on" => "on {shared}",
    /// `{outcomes}` are the dataset's labels, joined with "; ".
    RelationNeitherRulesOut = "relation.neither-rules-out" => "neither rules out {outcomes}",
    /// `{rejecter}` names only red lines, which cover the one item `{accepter}` accepts, `{outcome}`.
    RedLinesOnlyItem = "red-lines.only-item" => "{rejecter} rejects {outcome}, the only item {accepter} accepts",
    RedLinesOnlyOutcome = "red-lines.only-outcome" => "{rejecter} rejects {outcome}, the only outcome {accepter} accepts",
    /// `{outcomes}`: every item `{accepter}` accepts, labels joined with "; ".
    RedLinesEveryItem = "red-lines.every-item" => "{rejecter} rejects every item {accepter} accepts ({outcomes})",
    RedLinesEveryOutcome = "red-lines.every-outcome" => "{rejecter} rejects every outcome {accepter} accepts ({outcomes})",
    /// The relations' names beside their icons (the pair view's counts, badges and groups).
    RelationLabelConflict = "relation-label.conflict" => "Conflict",
    RelationLabelOverlap = "relation-label.overlap" => "Overlap",
    RelationLabelAgree = "relation-label.agree" => "Agree",
    RelationLabelPossible = "relation-label.possible" => "Possible",
    RelationLabelUnknown = "relation-label.unknown" => "Unknown",
    // -- How a document's provision fits a party --
    FitCompatible = "fit.compatible" => "compatible",
    FitRedLine = "fit.red-line" => "red line",
    FitOutsideBy = "fit.outside-by" => "outside by {amount}",
    FitTextUnlimited = "fit.text-unlimited" => "outside: the text says “{unlimited}”",
    FitPartyUnlimited = "fit.party-unlimited" => "outside: accepts only “{unlimited}”",
    FitUnknown = "fit.unknown" => "unknown",
    // -- How a relation moved between two dates, within its kind --
    /// `{from}` is the number of steps before, `{n}` after.
    MovedStepsNarrowed = "moved.steps-narrowed" => "gap narrowed from {from} to {n} step on the scale|gap narrowed from {from} to {n} steps on the scale",
    MovedStepsWidened = "moved.steps-widened" => "gap widened from {from} to {n} step on the scale|gap widened from {from} to {n} steps on the scale",
    /// `{from}` is a bare number, `{to}` a figure with its unit.
    MovedAmountNarrowed = "moved.amount-narrowed" => "gap narrowed from {from} to {to}",
    MovedAmountWidened = "moved.amount-widened" => "gap widened from {from} to {to}",
    /// `{now}` and `{was}` are gaps, as above.
    MovedGapNarrowed = "moved.gap-narrowed" => "gap narrowed: now {now}; was {was}",
    MovedGapWidened = "moved.gap-widened" => "gap widened: now {now}; was {was}",
    MovedGapChanged = "moved.gap-changed" => "now {now}; was {was}",
    /// `{from}` and `{to}` are shared ranges or outcomes, as above.
    MovedRangeGrew = "moved.range-grew" => "shared range grew from {from} to {to}",
    MovedRangeShrank = "moved.range-shrank" => "shared range shrank from {from} to {to}",
    MovedRangeChanged = "moved.range-changed" => "shared range changed from {from} to {to}",
    MovedItemsGrew = "moved.items-grew" => "shared items grew from {from} to {to}",
    MovedItemsShrank = "moved.items-shrank" => "shared items shrank from {from} to {to}",
    MovedItemsChanged = "moved.items-changed" => "shared items changed from {from} to {to}",
    MovedOutcomesGrew = "moved.outcomes-grew" => "shared outcomes grew from {from} to {to}",
    MovedOutcomesShrank = "moved.outcomes-shrank" => "shared outcomes shrank from {from} to {to}",
    MovedOutcomesChanged = "moved.outcomes-changed" => "shared outcomes changed from {from} to {to}",
    MovedOpenGrew = "moved.open-grew" => "what neither rules out grew from {from} to {to}",
    MovedOpenShrank = "moved.open-shrank" => "what neither rules out shrank from {from} to {to}",
    MovedOpenChanged = "moved.open-changed" => "what neither rules out changed from {from} to {to}",
    // -- Each view's opening paragraph; `{date}` is a date, names and lists are the dataset's --
    PairNoneKnown = "pair.summary.none-known" => "The dataset has no comparable positions of both {a} and {b} as of {date}.",
    /// `{n}` issues have both positions known (one form in English), `{conflicts}` of them in
    /// conflict; `{agree}` and `{overlap}` are the clauses below, or empty.
    PairSummary = "pair.summary" => "As of {date}, {a} and {b} conflict on {conflicts} of the {n} issues where both positions are known{agree}{overlap}.",
    /// `{issues}` is a list of issue names, as below.
    PairAgreeOn = "pair.summary.agree-on" => "; they agree on {issues}",
    PairOverlapOn = "pair.summary.overlap-on" => "; they overlap on {issues}",
    PairPossible = "pair.summary.possible" => " On {n} issue no outcome both accept is known, but some are ruled out by neither: {issues}.| On {n} issues no outcome both accept is known, but some are ruled out by neither: {issues}.",
    PairUnknown = "pair.summary.unknown" => " On {n} issue the position of one or both is not known.| On {n} issues the position of one or both is not known.",
    /// `{document}` is its name, `{date}` its date; `{n}` counts its provisions.
    FrameworkProvisions = "framework.summary.provisions" => "{document} ({date}) has {n} provision mapped to issues.|{document} ({date}) has {n} provisions mapped to issues.",
    /// How many provisions fit one party, and how many conflict with it.
    FrameworkPartyFit = "framework.summary.party-fit" => "{party}: {compatible} compatible, {conflict} in conflict",
    FrameworkNoBearing = "framework.summary.no-bearing" => " As of {date}, no party's known positions bear on them.",
    /// `{parties}` is each party's fit, as above, joined with "; ".
    FrameworkAgainst = "framework.summary.against" => " Against positions as of {date}: {parties}.",
    FrameworkDisputed = "framework.summary.disputed" => " {n} provision is disputed, with each side's version shown.| {n} provisions are disputed, with each side's version shown.",
    IssueNoneKnown = "issue.summary.none-known" => "As of {date}, no party's position on {issue} is known.",
    /// `{known}` is the one party with a known position.
    IssueOnlyOne = "issue.summary.only-one" => "As of {date}, only {known} has a known position on {issue}.",
    /// `{known}` lists the parties with a known position; `{outcomes}` is what they all accept.
    IssueAllAccept = "issue.summary.all-accept" => "As of {date}, {known} can all accept: {outcomes}.",
    /// `{outcomes}` are labels joined with "; ", as below.
    IssuePossibleItems = "issue.summary.possible-items" => "As of {date}, {known} share no item all of them accept on {issue}, but none of them rules out: {outcomes}.",
    IssuePossibleOutcomes = "issue.summary.possible-outcomes" => "As of {date}, {known} share no outcome all of them accept on {issue}, but none of them rules out: {outcomes}.",
    IssueNoGround = "issue.summary.no-ground" => "As of {date}, {known} share no acceptable outcome on {issue}.",
    IssueRejectsOnlyItems = "issue.summary.rejects-only-items" => " {party} names no item it accepts, only what it rejects: {outcomes}.",
    IssueRejectsOnlyOutcomes = "issue.summary.rejects-only-outcomes" => " {party} names no outcome it accepts, only what it rejects: {outcomes}.",
    IssueNotKnown = "issue.summary.not-known" => " Not known: {parties}.",
    /// `{from}` and `{to}` are dates.
    ChangesNone = "changes.summary.none" => "No position changed between {from} and {to}.",
    /// `{positions}`, `{issues}` and `{relations}` are the counted phrases below, `{parties}` a list
    /// of names, `{moved}` the clause below or empty.
    ChangesSummary = "changes.summary" => "Between {from} and {to}, {positions} on {issues}, by {parties}; {relations}{moved}.",
    ChangesPositions = "changes.summary.positions" => "{n} position changed|{n} positions changed",
    /// Issues as counted after "on", in the changes view's summary and its chart's name.
    ChangesIssues = "changes.issues" => "{n} issue|{n} issues",
    ChangesRelations = "changes.summary.relations" => "{n} relation between parties changed as a result|{n} relations between parties changed as a result",
    /// Of the relations that changed, those that kept their kind.
    ChangesMoved = "changes.summary.moved" => ", and {n} moved within their kind",
    /// A mark's name, or a document's, with its date.
    ChartAtDate = "chart.at-date" => "{name}, {date}",
    /// Beside a conflict's bar: `{gap}` steps apart, out of the scale's `{n}`.
    ChartGapSteps = "chart.gap-steps" => "{gap} of {n} step|{gap} of {n} steps",
    ChartNoSharedItem = "chart.no-shared-item" => "no shared item",
    ChartAllRuledOut = "chart.all-ruled-out" => "all ruled out",
    /// `{from}` is a year, `{to}` a date.
    ChartOverTimeName = "chart.over-time.name" => "{issue}: each party's position over time, {from} to {to}",
    ChartLanesQuantity = "chart.over-time.lanes-quantity" => "the higher the line, the larger the figure",
    ChartLanesSet = "chart.over-time.lanes-set" => "the higher the line, the more items it accepts",
    /// `{top}` and `{bottom}` are the scale's first and last outcomes.
    ChartLanesScale = "chart.over-time.lanes-scale" => "the top of each lane is “{top}”, the bottom “{bottom}”",
    /// `{lanes}` is one of the three above.
    ChartOverTimeCaption = "chart.over-time.caption" => "One lane per party; {lanes}; the shaded band: what it could accept. ● a position with a preferred outcome, ○ one with only acceptable outcomes, ✗ one that only rules outcomes out, ? one that names none; each opens the issue as of its date. ▼ and dashed lines: the documents; the solid line: the date shown.",
    ChartPairName = "chart.pair.name" => "{a} and {b}: issues by relation, and how far apart their conflicts are",
    /// Each kind's count on the pair chart's bar ("conflict 11"), joined with ", " as `{counts}` below.
    ChartPairConflict = "chart.pair.conflict" => "conflict {n}",
    ChartPairOverlap = "chart.pair.overlap" => "overlap {n}",
    ChartPairAgree = "chart.pair.agree" => "agree {n}",
    ChartPairPossible = "chart.pair.possible" => "possible {n}",
    ChartPairUnknown = "chart.pair.unknown" => "unknown {n}",
    /// `{n}` counts the conflicts drawn below the bar.
    ChartPairCaption = "chart.pair.caption" => "The bar: {counts}. Below it, the {n} conflict, furthest apart first: how many of the scale's steps apart, or the gap in the issue's unit.|The bar: {counts}. Below it, the {n} conflicts, furthest apart first: how many of the scale's steps apart, or the gap in the issue's unit.",
    /// `{positions}`, `{issues}` and `{parties}` are counted phrases: below, and `changes.issues`.
    ChartChangesName = "chart.changes.name" => "{positions} on {issues} by {parties}",
    ChartChangedPositions = "chart.changes.positions" => "{n} changed position|{n} changed positions",
    ChartChangesParties = "chart.changes.parties" => "{n} party|{n} parties",
    /// `{name}` is the chart's name, above.
    ChartChangesCaption = "chart.changes.caption" => "{name}: ● a position that changed, ◆ a new one, ○ one no longer in effect; each opens the issue at the date of the position it stands for.",
    ChartChangeNow = "chart.changes.now" => "{party} on {issue}: now {stance}",
    ChartChangeGone = "chart.changes.gone" => "{party} on {issue}: no position in effect",
    // -- The deal builder --
    StandingSigns = "deal.standing.signs" => "Could sign as it stands",
    StandingGaps = "deal.standing.gaps" => "Could sign, with gaps",
    StandingLeftOut = "deal.standing.left-out" => "Not as it stands",
    StandingRedLines = "deal.standing.red-lines" => "Red lines crossed",
    StandingUnknown = "deal.standing.unknown" => "Not known",
    /// A party's verdict on a package, clause by clause, joined with "; ": `{n}` issues, named in `{issues}`.
    DealCrosses = "deal.verdict.crosses" => "crosses {n} of its red lines: {issues}",
    DealLeftOut = "deal.verdict.left-out" => "{n} not among what it accepts: {issues}",
    DealAccepts = "deal.verdict.accepts" => "accepts {n}: {issues}",
    DealSilent = "deal.verdict.silent" => "says nothing of {n}: {issues}",
    /// A party's verdict on an empty package.
    DealVerdictNothing = "deal.verdict.nothing" => "nothing in the package yet.",
    /// The package against a document, clause by clause, joined with "; ", as above.
    PlanDiffers = "deal.plan.differs" => "a different outcome on {n}: {issues}",
    PlanSame = "deal.plan.same" => "the same on {n}: {issues}",
    PlanSilent = "deal.plan.silent" => "silent on {n}: {issues}",
    PlanSettles = "deal.plan.settles" => "settles {n} you left open: {issues}",
    PlanNothingInCommon = "deal.plan.nothing-in-common" => "nothing in common with the package",
    /// `{diff}` is the clauses above.
    PlanDiff = "deal.plan" => "{document} ({date}): {diff}.",
    DealEmpty = "deal.summary.empty" => "The package is empty: pick an outcome for any issue, start from a document, or fill it with suggestions, against positions as of {date}.",
    DealPicks = "deal.summary.picks" => "A package of {n} pick, against positions as of {date}.|A package of {n} picks, against positions as of {date}.",
    SuggestionCommonOne = "deal.suggestion.common-one" => "the only party with a position accepts it",
    SuggestionCommon = "deal.suggestion.common" => "common ground, which every party with a position accepts",
    SuggestionPossible = "deal.suggestion.possible" => "possible common ground: no party rules it out",
    SuggestionMost = "deal.suggestion.most" => "no common ground: of the choices, the one the most parties accept and the fewest rule out",
    /// `{why}` is one of the four above; `{accepted}` of the `{n}` parties with positions accept
    /// it (one form in English); `{red}` and `{out}` are the clauses below, or empty.
    Suggested = "deal.suggestion" => "Suggested: {outcome} — {why}; accepted by {accepted} of {n} parties with positions{red}{out}.",
    SuggestionRedLine = "deal.suggestion.red-line" => "; red line for {parties}",
    SuggestionLeftOut = "deal.suggestion.left-out" => "; not among what these accept: {parties}",
    /// `{others}` is the clause below, or empty.
    OneChange = "deal.one-change" => "One change: {issue}: {outcome} instead would let {party} sign{others}, without losing any party that could. ",
    OneChangeOthers = "deal.one-change.others" => ", and {parties} too",
    // ---- The views ----
    /// Two names side by side, as a view's heading: two parties, or two documents.
    ViewsAnd = "views.and" => "{a} and {b}",
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
    FrameworkDisputedProvision = "framework.disputed" => "disputed; each side's version below",
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
    ChangesMovedHeading = "changes.moved" => "Positions that moved",
    ChangesRelationsHeading = "changes.relations" => "Relations that changed",
    ChangesParties = "changes.parties" => "Parties",
    // The deal builder (views/deal.rs).
    DealHeading = "deal.heading" => "Deal builder",
    /// The base picker's label; the list follows it, after the space.
    DealStartFrom = "deal.start-from" => "Start from ",
    DealEmptyPackage = "deal.empty" => "(an empty package)",
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
    TourLeavePresentation = "tour.leave-presentation" => "Leave presentation",
    TourViewAlone = "tour.view-alone" => "This view on its own",
    TourPrevious = "tour.previous" => "◀ Previous",
    TourNext = "tour.next" => "Next ▶",
    /// Where a step stands in its tour: "3 / 9".
    TourCount = "tour.count" => "{step} / {steps}",
    TourHandoutTitle = "tour.handout-title" => "{tour} (handout)",
    TourStepTitle = "tour.step-title" => "Step {step} of {steps}",
    /// After a handout step's title; `{from}`, `{to}` and `{date}` are dates.
    TourStepDates = "tour.step-dates" => " · from {from} to {to}",
    TourStepDate = "tour.step-date" => " · positions as of {date}",
    // ==== Shown only when something is wrong ====
    // ---- What is wrong with the address, and the summary of a dataset's problems; each shows
    // only when something is wrong, so the browser loads them on demand too ----
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
    TourUnknown = "tour.unknown" => "There is no tour \"{tour}\" in this dataset.",
    /// `{n}` is the number of steps the tour has, `{step}` the step shown instead.
    TourNoSuchStep = "tour.no-such-step" => "This tour has {n} step; showing step {step}.|This tour has {n} steps; showing step {step}.",
    UrlBadPartyId = "url.bad-party-id" => "\"{value}\" is not a valid party id, so it was ignored.",
    UrlBadFrameworkId = "url.bad-framework-id" => "\"{value}\" is not a valid framework id, so it was ignored.",
    UrlBadIssueId = "url.bad-issue-id" => "\"{value}\" is not a valid issue id, so it was ignored.",
    UrlNoSuchView = "url.no-such-view" => "There is no view called \"{value}\"; showing the matrix.",
    /// `{key}` is the parameter, as written in the URL: date, from or to.
    UrlBadDate = "url.bad-date" => "\"{value}\" is not a date of the form YYYY-MM-DD, so {key} was ignored.",
    /// auto, true and false are the parameter's values, as written in the URL.
    UrlBadDark = "url.bad-dark" => "dark must be auto, true or false, not \"{value}\".",
    UrlBadLang = "url.bad-lang" => "lang must be en, uk or ru, not \"{value}\".",
    /// `{key}` is the parameter, as written in the URL: embed, controls or present.
    UrlBadSwitch = "url.bad-switch" => "{key} must be 1 or 0, not \"{value}\".",
    UrlBadDataPath = "url.bad-data-path" => "\"{value}\" is not a usable dataset path, so it was ignored.",
    UrlBadPicks = "url.bad-picks" => "\"{value}\" is not a list of picks, so it was ignored.",
    /// `{id}` is the id asked for; `{party}` the party shown instead on the left of the pair view.
    UrlNoSuchPartyFirst = "url.no-such-party-first" => "There is no party \"{id}\" in this dataset; the first side shows {party} instead.",
    /// The same, for the right of the pair view.
    UrlNoSuchPartySecond = "url.no-such-party-second" => "There is no party \"{id}\" in this dataset; the second side shows {party} instead.",
    UrlNoSuchPartyLeftOut = "url.no-such-party-left-out" => "There is no party \"{id}\" in this dataset, so it was left out.",
    UrlNoSuchFramework = "url.no-such-framework" => "There is no document \"{id}\" in this dataset.",
    /// `{issue}` is the issue shown instead.
    UrlNoSuchIssue = "url.no-such-issue" => "There is no issue \"{id}\" in this dataset; showing {issue} instead.",
    /// `{from}` and `{to}` are dates as written in the URL (YYYY-MM-DD).
    UrlDatesSwapped = "url.dates-swapped" => "The start date {from} is after the end date {to}, so they were swapped.",
    UrlNoSuchPick = "url.no-such-pick" => "\"{value}\" is not an issue and outcome of this dataset, so that pick was dropped.",
    DataTooBig = "data.too-big" => "The dataset {file} was not loaded: it is over {megabytes} MB, and this page reads files of up to 8 MB.",
    DataHtml = "data.html" => "The dataset {file} is an HTML page, not a dataset: check the path (a missing file often gives a \"not found\" page).",
    DataEmpty = "data.empty" => "The dataset {file} is empty.",
    DataUnreadable = "data.unreadable" => "The dataset {file} could not be read: {error}.",
    DataTooDeep = "data.too-deep" => "The dataset {file} could not be read: it is nested too deeply to be a dataset: {error}.",
    DataNothingToShow = "data.nothing-to-show" => "The dataset {file} has no valid parties or issues to show.",
    // ---- Why a date in a file is not a date ----
    /// A month on its own with its year ("February 2025 has 28 days").
    DateMonthYear = "date.month-year" => "{month} {year}",
    DateNotOfTheForm = "date.not-of-the-form" => "it is not of the form YYYY-MM-DD",
    DateNoSuchMonth = "date.no-such-month" => "there is no month {month}",
    DateNoDayZero = "date.no-day-zero" => "there is no day 0",
    /// `{month}` is a month with its year, "February 2025".
    DateMonthHasDays = "date.month-has-days" => "{month} has {n} day|{month} has {n} days",
    /// The months as named on their own, in "{month} {year}" (Ukrainian and Russian: the
    /// nominative, where a date takes the genitive); only a date problem uses them.
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
    // ---- For a dataset's authors: why a file cannot load, and its diagnostics (in the browser,
    // loaded on demand from text/en.txt: `Key::ON_DEMAND`) ----
    // In these messages `{value}` is a value from the file, already in quotes; `{issue}` an issue's id;
    // `{found}` one of the kinds of JSON value below. Words in backticks in the file's format (field
    // names, ids, the keywords a field takes) stay as they are in every language.
    /// Why a file cannot load at all. `{line}` and `{column}` are places in the file (digits, not
    /// amounts); `{error}` is the JSON parser's own description, in English.
    LoadSyntax = "load.syntax" => "not valid JSON at line {line}, column {column}: {error}",
    /// Why the text is not JSON, as `{error}` above: `{found}` is a character, `{after}` what
    /// the line has before it, both in quotes.
    JsonUnexpected = "json.unexpected" => "unexpected {found} after {after}",
    JsonEndsEarly = "json.ends-early" => "the file ends before its last value is complete",
    JsonTooDeep = "json.too-deep" => "arrays and objects inside one another more than 128 deep",
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
