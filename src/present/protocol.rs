//! The names `present` writes into the page and `ui` looks for: the renderer's protocol.
//!
//! The screens are pure data and the browser shell finds its way around them by these ids and
//! attributes alone, so both sides take them from here rather than repeating the strings.

/// The id of the date slider: `ui` turns its changes into a `date=` in the URL.
pub const AS_OF: &str = "as-of";

/// The id of the date shown beside the slider, which `ui` updates while the slider moves.
pub const AS_OF_DATE: &str = "as-of-date";

/// The slider's dates, space-separated ISO dates, one per step of the slider.
pub const DATES: &str = "data-dates";

/// The id of every view's heading: keyboard focus moves there after following a link.
pub const VIEW_HEADING: &str = "view-h";

/// Marks a link (`<a href="?…">`) or a picker (`<select>` of such links) that `ui` opens in the
/// page instead of loading a new one.
pub const GO: &str = "data-go";

/// An element's name among its siblings: a re-render matches it to the old element of the same
/// key and tag rather than to the one in the same place (see `present::patch`).
pub const KEY: &str = "data-key";

// ---- Newsroom: the share box and the embed ----

/// A button that copies the value of the element whose id it holds.
pub const COPY: &str = "data-copy";

/// The button that opens the system share sheet; `ui` shows it only where there is one.
pub const SHARE: &str = "data-share";

/// The share box's permalink field.
pub const SHARE_LINK: &str = "share-link";

/// The share box's embed-code field.
pub const SHARE_EMBED: &str = "share-embed";

// ---- Classroom: print ----

/// The attribute that carries a listed source's full address, which print numbers as a footnote.
pub const SOURCE: &str = "data-src";

/// The class of what a source list shows while its sources are still to come.
pub const WAIT: &str = "src-wait";
