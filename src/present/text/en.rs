//! The English catalogue, and the keys every catalogue has: each line is a key, its name in a
//! catalogue file, and the English message. A message is a whole sentence; `{name}` marks an
//! argument, which may be a number, a name, or an element such as a link or a date.

use super::message::{count, Msg};

/// Declares the keys, their names and the English messages from one table, so that they cannot
/// drift apart: `Key` (one variant a line), `Key::NAMES` and `EN`, in the order of the table.
macro_rules! catalogue {
    ($($(#[$doc:meta])* $key:ident = $name:literal => $msg:expr,)+) => {
        /// A message, by meaning.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Key {
            $($(#[$doc])* $key,)+
        }

        impl Key {
            /// Every key's name in a catalogue file, in the order of the table.
            pub const NAMES: &'static [&'static str] = &[$($name),+];
        }

        pub(super) static EN: &[Msg] = &[$($msg),+];
    };
}

catalogue! {
    // ---- The site's chrome ----
    AppName = "app.name" => Msg::Text("Common Ground"),
    NavViews = "nav.views" => Msg::Text("Views"),
    TabMatrix = "tab.matrix" => Msg::Text("Matrix"),
    TabPair = "tab.pair" => Msg::Text("Two parties"),
    TabFramework = "tab.framework" => Msg::Text("Documents"),
    TabIssue = "tab.issue" => Msg::Text("One issue"),
    TabChanges = "tab.changes" => Msg::Text("Changes"),
    TabDeal = "tab.deal" => Msg::Text("Deal builder"),
    /// The date slider's label; `{date}` is the date shown.
    TimeAsOf = "time.as-of" => Msg::Text("Positions as of {date}"),
    TimeAsOfLatest = "time.as-of-latest" => Msg::Text("Positions as of {date} (latest)"),
    TimeEarlier = "time.earlier" => Msg::Text("Earlier date"),
    TimeLater = "time.later" => Msg::Text("Later date"),
    TimeLatest = "time.latest" => Msg::Text("Latest"),
    /// The footer's first line; `{newest}` and `{reviewed}` are dates, `{download}` a link.
    FooterVersion = "footer.version" => Msg::Text(
        "Dataset version {version}: positions to {newest}, reviewed {reviewed}. {download}. Licence: {licence}."
    ),
    /// The same, for a dataset without positions.
    FooterVersionNoPositions = "footer.version-no-positions" => Msg::Text(
        "Dataset version {version}: reviewed {reviewed}. {download}. Licence: {licence}."
    ),
    FooterDownload = "footer.download" => Msg::Text("Download the data (JSON)"),
    /// The status markers' key; each `{…}` is the marker itself.
    FooterLegend = "footer.legend" => Msg::Text(
        "Markers: {official} official statement or text, {reported} reported by media, {inferred} inferred by the editors."
    ),
    FooterNotes = "footer.notes" => Msg::Text("How to read this dataset"),
    // ---- The dataset's problems, for its authors ----
    ProblemsErrors = "problems.errors" => count("{n} error", "{n} errors"),
    ProblemsWarnings = "problems.warnings" => count("{n} warning", "{n} warnings"),
    ProblemsOneKind = "problems.one-kind" => Msg::Text("{problems} in the dataset file (for its authors)"),
    ProblemsBothKinds = "problems.both-kinds" => Msg::Text("{errors} and {warnings} in the dataset file (for its authors)"),
    ProblemsErrorsHeading = "problems.errors-heading" => Msg::Text("Errors"),
    ProblemsErrorsWhat = "problems.errors-what" => Msg::Text(
        "These parts of the file were left out, with whatever refers to them; everything else is shown."
    ),
    ProblemsWarningsHeading = "problems.warnings-heading" => Msg::Text("Warnings"),
    ProblemsWarningsWhat = "problems.warnings-what" => Msg::Text(
        "These parts are shown, read as each message says; the views mark them ⚠ repaired."
    ),
    /// After a problem's path: the record it is in, and the message.
    ProblemInRecord = "problems.in-record" => Msg::Text(" ({record}): {message}"),
    ProblemPlain = "problems.plain" => Msg::Text(": {message}"),
    // ---- The embed and the share box ----
    /// The embed's header; `{heading}` is the view's title, `{date}` how far the data reaches.
    EmbedTitle = "embed.title" => Msg::Text("{heading} · data to {date} · {source}"),
    EmbedOpen = "embed.open" => Msg::Text("Open in Common Ground ↗"),
    /// The embed snippet's frame title.
    EmbedFrameTitle = "embed.frame-title" => Msg::Text("{heading} (Common Ground)"),
    ShareSummary = "share.summary" => Msg::Text("Share or embed this view"),
    ShareLink = "share.link" => Msg::Text("Link to this view"),
    ShareCopy = "share.copy" => Msg::Text("Copy"),
    ShareSheet = "share.sheet" => Msg::Text("Share…"),
    ShareEmbed = "share.embed" => Msg::Text("Embed code (iframe and resize script)"),
    // ---- The page ----
    /// The document title: the view's heading and the dataset's title.
    PageTitle = "page.title" => Msg::Text("{heading} · {dataset}"),
    PageTourStep = "page.tour-step" => Msg::Text("{tour}, step {step} of {steps}"),
    PageNothingToShow = "page.nothing-to-show" => Msg::Text("This dataset has no parties or issues to show."),
    PageLoading = "page.loading" => Msg::Text("Loading the positions…"),
    FailureTitle = "failure.title" => Msg::Text("Data not loaded · Common Ground"),
    FailureHeading = "failure.heading" => Msg::Text("Common Ground could not load its data"),
    /// `{command}` is the validator's command line, as code.
    FailureHelp = "failure.help" => Msg::Text("If you maintain this page, check the file with {command}."),
    /// The validator's command line: code, the same in every language.
    FailureCommand = "failure.command" => Msg::Text("cargo run --bin validate -- FILE"),
    // ---- Why a dataset file could not be used; `{file}` is its path ----
    DataFetch = "data.fetch" => Msg::Text("The dataset {file} could not be fetched: {error}."),
    DataHttp = "data.http" => Msg::Text("The dataset {file} could not be loaded: the server answered {status}."),
    DataTooBig = "data.too-big" => Msg::Text(
        "The dataset {file} was not loaded: it is over {megabytes} MB, and this page reads files of up to 8 MB."
    ),
    DataHtml = "data.html" => Msg::Text(
        "The dataset {file} is an HTML page, not a dataset: check the path (a missing file often gives a \"not found\" page)."
    ),
    DataEmpty = "data.empty" => Msg::Text("The dataset {file} is empty."),
    DataUnreadable = "data.unreadable" => Msg::Text("The dataset {file} could not be read: {error}."),
    DataTooDeep = "data.too-deep" => Msg::Text(
        "The dataset {file} could not be read: it is nested too deeply to be a dataset: {error}."
    ),
    DataNothingToShow = "data.nothing-to-show" => Msg::Text("The dataset {file} has no valid parties or issues to show."),
}
