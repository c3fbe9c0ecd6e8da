//! One file per screen. Each returns its heading (for the document title) and its section.

mod changes;
mod deal;
mod framework;
mod issue;
mod matrix;
mod pair;

use super::cx::Cx;
use super::node::El;
use crate::url::View;

/// The heading and the section for the current view.
pub fn screen(cx: &Cx) -> (String, El) {
    match cx.view.view {
        View::Matrix => matrix::matrix(cx),
        View::Pair => pair::pair(cx),
        View::Framework => framework::framework(cx),
        View::Issue => issue::issue(cx),
        View::Changes => changes::changes(cx),
        View::Deal => deal::deal(cx),
    }
}
