//! One file per screen. Each reads `Ctx` and renders what the analysis computes.

mod changes;
mod framework;
mod issue;
mod matrix;
mod pair;

use leptos::prelude::*;

use crate::url::View;

/// The screen for a view.
pub fn current(view: View) -> AnyView {
    match view {
        View::Matrix => view! { <matrix::MatrixView /> }.into_any(),
        View::Pair => view! { <pair::PairView /> }.into_any(),
        View::Framework => view! { <framework::FrameworkView /> }.into_any(),
        View::Issue => view! { <issue::IssueView /> }.into_any(),
        View::Changes => view! { <changes::ChangesView /> }.into_any(),
    }
}

/// The plain-language summary that opens every view; it is also the view's accessible description.
#[component]
pub fn Summary(
    /// The text, generated from the model.
    text: String,
) -> impl IntoView {
    view! { <p class="summary" id="view-summary">{text}</p> }
}
