//! What every screen is drawn from: the dataset, the URL's view state and the positions in effect.

use crate::analysis::Snapshot;
use crate::text::Text;
use crate::url::{Resolved, ViewState};

/// Everything a screen needs.
pub struct Cx<'a> {
    pub ds: &'a crate::model::Dataset,
    /// The state as the URL gives it (links keep what they do not change).
    pub state: &'a ViewState,
    /// The state resolved against the dataset, with defaults filled in.
    pub view: &'a Resolved,
    /// The positions in effect at `view.date`.
    pub snap: &'a Snapshot,
    /// The positions and provisions the loader repaired, which the views mark.
    pub repaired: &'a crate::model::Repaired,
    /// The words of the page's language.
    pub text: Text,
}
